package org.gridflex.activation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;

/**
 * Devices' answers as they are recorded on this node, for live followers (the WebSocket feed of a TSO's activations):
 * each answer once its transaction committed, as the JSON of {@link DeviceActivationView}.
 */
@ApplicationScoped
public class ActivationFeed {

    private static final Jsonb JSON = JsonbBuilder.create();

    /** An answer for followers: the TSO and the JSON to send. */
    public record Answer(String tenantId, String json) {
    }

    private final Set<Consumer<Answer>> subscribers = new CopyOnWriteArraySet<>();

    void answered(@Observes(during = TransactionPhase.AFTER_SUCCESS) ActivationAnswered answer) {
        Answer message = new Answer(answer.tenantId(), JSON.toJson(answer.activation()));
        subscribers.forEach(s -> s.accept(message));
    }

    public void subscribe(Consumer<Answer> subscriber) {
        subscribers.add(subscriber);
    }

    public void unsubscribe(Consumer<Answer> subscriber) {
        subscribers.remove(subscriber);
    }
}
