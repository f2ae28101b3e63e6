package org.gridflex.planning.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.gridflex.planning.model.AssetKey;
import org.gridflex.planning.model.PlanningSchedule;
import org.gridflex.planning.model.PlanningTopic;
import org.gridflex.tenancy.TenantEntityManagers;
import org.gridflex.tenancy.TenantId;

/** Reads a TSO's stored planning schedules. */
@Stateless
public class PlanningQueries {

    @Inject
    TenantEntityManagers databases;

    public List<ScheduleView> ofAsset(TenantId tenant, AssetKey asset, PlanningTopic topic, Instant from, Instant to) {
        return databases.forTenant(tenant)
                .createNamedQuery(PlanningSchedule.OF_SUBJECT_OVERLAPPING, PlanningSchedule.class)
                .setParameter("subject", asset.toString()).setParameter("from", from).setParameter("to", to)
                .getResultList().stream()
                .filter(s -> topic == null || s.topic() == topic)
                .map(ScheduleView::of).toList();
    }

    public List<ScheduleView> ofTopic(TenantId tenant, PlanningTopic topic, Instant from, Instant to) {
        return databases.forTenant(tenant)
                .createNamedQuery(PlanningSchedule.OF_TOPIC_OVERLAPPING, PlanningSchedule.class)
                .setParameter("topic", topic.topicName()).setParameter("from", from).setParameter("to", to)
                .getResultList().stream().map(ScheduleView::of).toList();
    }

    public ScheduleView schedule(TenantId tenant, String id) {
        PlanningSchedule schedule = databases.forTenant(tenant).find(PlanningSchedule.class, id);
        if (schedule == null) {
            throw new PlanningNotFoundException("No schedule " + id + " at " + tenant);
        }
        return ScheduleView.of(schedule);
    }
}
