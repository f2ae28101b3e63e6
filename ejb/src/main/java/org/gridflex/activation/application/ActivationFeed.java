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
 * device answers on the node it is connected to, its TSO's operator may follow on another. Each answer, once its
 * transaction committed, goes into the replicated cache {@code activation-answers} (a relay: entries expire after
 * 30 s); every node's listener pushes it to that node's followers as the JSON of {@link DeviceActivationView}.
 */
@ApplicationScoped
public class ActivationFeed {

    private static final Jsonb JSON = JsonbBuilder.create();
    /** Cache values: the TSO, this separator, the answer's JSON (plain strings cross the cluster). */
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
    void answered(@Observes(during = TransactionPhase.AFTER_SUCCESS) ActivationAnswered answer) {
        relay.putAsync(answer.activation().activationId(),
                answer.tenantId() + SEPARATOR + JSON.toJson(answer.activation()));
    }

    public void subscribe(Consumer<Answer> subscriber) {
        subscribers.add(subscriber);
    }

    public void unsubscribe(Consumer<Answer> subscriber) {
        subscribers.remove(subscriber);
    }

    private void relayed(String value) {
        int split = value.indexOf(SEPARATOR);
        subscribers.tell(new Answer(value.substring(0, split), value.substring(split + 1)));
    }
}
