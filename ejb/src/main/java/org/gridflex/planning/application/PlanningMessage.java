package org.gridflex.planning.application;

import java.time.Instant;
import org.gridflex.planning.model.PlanningTopic;

/** A planning message as received: its topic, Kafka-style key (JSON text or null), body and production time. */
public record PlanningMessage(PlanningTopic topic, String key, String body, Instant producedAt) {
}
