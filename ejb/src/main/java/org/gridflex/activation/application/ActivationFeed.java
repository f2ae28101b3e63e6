package org.gridflex.activation.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.infinispan.Cache;
import org.infinispan.notifications.Listener;
import org.infinispan.notifications.cachelistener.annotation.CacheEntryCreated;
import org.infinispan.notifications.cachelistener.event.CacheEntryCreatedEvent;

/**
 * Devices' answers for live followers (the WebSocket feed of a TSO's activations), on every node of the cluster: a
 * device answers on the node it is connected to, its TSO's operator may follow on another. Each answer, once its
 * transaction committed, goes into the replicated cache {@code activation-answers} (a relay: entries expire after
 * 30 s); every node's listener pushes it to that node's followers as the JSON of {@link DeviceActivationView}.
 */
@ApplicationScoped
public class ActivationFeed {

    private static final Logger LOG = Logger.getLogger(ActivationFeed.class.getName());
    private static final Jsonb JSON = JsonbBuilder.create();
    /** Cache values: the TSO, this separator, the answer's JSON (plain strings cross the cluster). */
    private static final char SEPARATOR = '\n';

    /** An answer for followers: the TSO and the JSON to send. */
    public record Answer(String tenantId, String json) {
    }

    @Resource(lookup = "java:jboss/infinispan/cache/gridflex/activation-answers")
    Cache<String, String> relay;

    private final Set<Consumer<Answer>> subscribers = new CopyOnWriteArraySet<>();
    private RelayListener listener;

    @PostConstruct
    void listen() {
        listener = new RelayListener(this, Thread.currentThread().getContextClassLoader());
        relay.addListener(listener);
    }

    @PreDestroy
    void stopListening() {
        if (listener != null) {
            relay.removeListener(listener);
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
        Answer answer = new Answer(value.substring(0, split), value.substring(split + 1));
        for (Consumer<Answer> subscriber : subscribers) {
            try {
                subscriber.accept(answer);
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "An answer subscriber failed; it is dropped", e);
                subscribers.remove(subscriber);
            }
        }
    }

    /** Sees every answer written on any node (its own included), after the fact and off the writer's thread. */
    @Listener(sync = false, observation = Listener.Observation.POST)
    public static class RelayListener {

        private final ActivationFeed feed;
        private final ClassLoader deployment;

        RelayListener(ActivationFeed feed, ClassLoader deployment) {
            this.feed = feed;
            this.deployment = deployment;
        }

        @CacheEntryCreated
        public void created(CacheEntryCreatedEvent<String, String> event) {
            if (event.getValue() == null) {
                return;
            }
            Thread thread = Thread.currentThread();
            ClassLoader previous = thread.getContextClassLoader();
            thread.setContextClassLoader(deployment);
            try {
                feed.relayed(event.getValue());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "An answer could not be pushed to this node's followers", e);
            } finally {
                thread.setContextClassLoader(previous);
            }
        }
    }
}
