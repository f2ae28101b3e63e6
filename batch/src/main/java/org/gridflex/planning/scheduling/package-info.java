/** Scheduled planning work: the per-TSO Quartz cron schedules that trigger fleet optimizer runs once per cluster. */
package org.gridflex.planning.scheduling;
