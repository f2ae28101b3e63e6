package org.gridflex.planning.scheduling;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.logging.Logger;
import org.gridflex.planning.application.PlanningSettings;
import org.gridflex.tenancy.TenantId;
import org.gridflex.tenancy.TenantRegistry;
import org.quartz.CronScheduleBuilder;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.impl.StdSchedulerFactory;

/**
 * One Quartz cron schedule per TSO (gridflex.optimizer.cron, per-TSO override gridflex.optimizer.cron.&lt;TSO&gt;, "off"
 * to disable) that triggers the TSO's fleet optimizer run. Quartz keeps its jobs in memory on each node; the
 * cluster-wide once-only comes from {@link OptimizerTriggers}' claim, so no Quartz tables are needed.
 */
@Singleton
@Startup
public class FleetOptimizerSchedule {

    private static final Logger LOG = Logger.getLogger(FleetOptimizerSchedule.class.getName());
    static final String TENANT = "tenant";

    @Inject
    TenantRegistry tenants;

    @Inject
    PlanningSettings settings;

    @Inject
    OptimizerTriggers triggers;

    private Scheduler scheduler;
    private final Map<String, String> schedules = new TreeMap<>();

    @PostConstruct
    void start() {
        try {
            scheduler = new StdSchedulerFactory(quartzProperties()).getScheduler();
            scheduler.setJobFactory((bundle, owner) -> optimizerJob());
            for (TenantId tenant : tenants.all()) {
                String cron = settings.optimizerCron(tenant.value());
                if ("off".equalsIgnoreCase(cron)) {
                    continue;
                }
                JobDetail job = JobBuilder.newJob(OptimizerJob.class).withIdentity("optimizer-" + tenant)
                        .usingJobData(TENANT, tenant.value()).build();
                Trigger trigger = TriggerBuilder.newTrigger().withIdentity("optimizer-" + tenant)
                        .withSchedule(CronScheduleBuilder.cronSchedule(cron).inTimeZone(java.util.TimeZone.getTimeZone("UTC"))
                                .withMisfireHandlingInstructionDoNothing())
                        .build();
                scheduler.scheduleJob(job, trigger);
                schedules.put(tenant.value(), cron);
            }
            scheduler.start();
            LOG.info(() -> "Fleet optimizer schedules (UTC): " + schedules);
        } catch (SchedulerException e) {
            throw new IllegalStateException("Cannot start the fleet optimizer schedules", e);
        }
    }

    /** TSO → cron expression of its optimizer schedule on this node. */
    public Map<String, String> schedules() {
        return Map.copyOf(schedules);
    }

    private Job optimizerJob() {
        return context -> triggers.fire(new TenantId(context.getMergedJobDataMap().getString(TENANT)),
                context.getScheduledFireTime().toInstant());
    }

    private static Properties quartzProperties() {
        Properties p = new Properties();
        p.setProperty(StdSchedulerFactory.PROP_SCHED_INSTANCE_NAME, "gridflex-optimizer-schedules");
        p.setProperty(StdSchedulerFactory.PROP_THREAD_POOL_CLASS, ManagedQuartzThreadPool.class.getName());
        p.setProperty(StdSchedulerFactory.PROP_THREAD_EXECUTOR_CLASS, ManagedQuartzThreadExecutor.class.getName());
        p.setProperty(StdSchedulerFactory.PROP_JOB_STORE_CLASS, "org.quartz.simpl.RAMJobStore");
        return p;
    }

    @PreDestroy
    void stop() {
        try {
            if (scheduler != null) {
                scheduler.shutdown(false);
            }
        } catch (SchedulerException e) {
            LOG.warning(() -> "Stopping the optimizer schedules: " + e.getMessage());
        }
    }

    /** Marker type for the job details; the job factory supplies the instance that calls {@link OptimizerTriggers}. */
    public interface OptimizerJob extends Job {
    }
}
