package org.gridflex.cluster;

import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The live followers on this node of one feed (WebSocket sessions, mostly); one that fails is dropped. */
public final class Followers<T> {

    private static final Logger LOG = Logger.getLogger(Followers.class.getName());

    private final String feed;
    private final Set<Consumer<T>> followers = new CopyOnWriteArraySet<>();

    public Followers(String feed) {
        this.feed = feed;
    }

    public void add(Consumer<T> follower) {
        followers.add(follower);
    }

    public void remove(Consumer<T> follower) {
        followers.remove(follower);
    }

    public void tell(T news) {
        for (Consumer<T> follower : followers) {
            try {
                follower.accept(news);
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "A follower of the " + feed + " failed; it is dropped", e);
                followers.remove(follower);
            }
        }
    }
}
