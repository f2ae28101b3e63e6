/** Tenancy: which TSOs are served and which database each one's data lives in. */
package org.gridflex.tenancy;
