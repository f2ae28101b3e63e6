package org.gridflex.activation.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.function.Consumer;
import org.gridflex.cluster.Followers;
import org.gridflex.cluster.ReplicatedChanges;
import org.infinispan.Cache;

/**
 * Devices' answers for live followers (the WebSocket feed of a TSO's activations), on every node of the cluster: a
 * device answers on the node it is connected to, its TSO's operator may follow on another. The answers of a recorded
 * batch, once its transaction committed, go into the replicated cache {@code activation-answers} as one entry (a
 * relay: entries expire after 30 s; an entry per answer cost a replicated write and an expiry each, thousands a
 * second); every node's listener pushes each answer to that node's followers as the JSON of
 * {@link DeviceActivationView}.
 */
@ApplicationScoped
public class ActivationFeed {

    private static final Jsonb JSON = JsonbBuilder.create();
    /**
     * Cache values: the TSO, then each answer's JSON, each after this separator (plain strings cross the cluster; the
     * JSON of an answer has no raw line break).
     */
    private static final char SEPARATOR = '\n';

    /** An answer for followers: the TSO and the JSON to send. */
    public record Answer(String tenantId, String json) {
    }

    @Resource(lookup = "java:jboss/infinispan/cache/gridflex/activation-answers")
    Cache<String, String> relay;

    private final Followers<Answer> subscribers = new Followers<>("activation answers feed");
    private ReplicatedChanges listener;

    @PostConstruct
    void listen() {
        // every answer written on any node, this one's included
        listener = ReplicatedChanges.follow(relay, "activation answers feed", false, (id, value) -> relayed(value), null);
    }

    @PreDestroy
    void stopListening() {
        if (listener != null) {
            listener.stop(relay);
        }
    }

    /** Asynchronous: the answer's consumer does not wait for the other nodes. */
    void answered(@Observes(during = TransactionPhase.AFTER_SUCCESS) ActivationsAnswered answers) {
        StringBuilder value = new StringBuilder(answers.tenantId());
        for (DeviceActivationView answer : answers.activations()) {
            value.append(SEPARATOR).append(JSON.toJson(answer));
        }
        // the first activation's id is unique for the batch: an activation is answered first only once
        relay.putAsync(answers.activations().get(0).activationId(), value.toString());
    }

    public void subscribe(Consumer<Answer> subscriber) {
        subscribers.add(subscriber);
    }

    public void unsubscribe(Consumer<Answer> subscriber) {
        subscribers.remove(subscriber);
    }

    private void relayed(String value) {
        String[] parts = value.split(String.valueOf(SEPARATOR));
        for (int i = 1; i < parts.length; i++) {
            subscribers.tell(new Answer(parts[0], parts[i]));
        }
    }
}
