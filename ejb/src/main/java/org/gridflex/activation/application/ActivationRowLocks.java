package org.gridflex.activation.application;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.gridflex.activation.model.DeviceActivation;

/**
 * Locks activation rows without waiting for them. The answer intake and the missed-activation sweep both change
 * activations in batches; a batch that waited for rows another batch held could wait until the database's lock
 * timeout when the node fell behind, and its rollback then put the whole batch back. With {@code SKIP LOCKED} a
 * batch takes what is free now and leaves the rest to its caller.
 */
final class ActivationRowLocks {

    private ActivationRowLocks() {
    }

    /**
     * Locks (for update, in the caller's transaction) those of the given activations that no other transaction holds.
     *
     * @return the ids locked; an id missing from it is either held elsewhere or not an activation at all
     */
    static Set<String> lockFree(EntityManager em, Collection<String> ids) {
        // SKIP LOCKED: standard on PostgreSQL, and H2 2.x has it too; JPQL has no way to say it. Only the primary key
        // in the condition, so both databases look the rows up by it.
        return ids(em, ids, " FOR UPDATE SKIP LOCKED");
    }

    /**
     * The activations {@link #lockFree} locked, read fresh from the database (the persistence context may hold an older
     * state of a row another transaction changed meanwhile).
     */
    static List<DeviceActivation> loadLocked(EntityManager em, Set<String> locked) {
        if (locked.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery(DeviceActivation.BY_IDS, DeviceActivation.class)
                .setParameter("ids", List.copyOf(locked)).setHint("eclipselink.refresh", "true").getResultList();
    }

    /** Those of the given ids that are activations, read without a lock (and without loading an entity). */
    static Set<String> existing(EntityManager em, Collection<String> ids) {
        return ids(em, ids, "");
    }

    private static Set<String> ids(EntityManager em, Collection<String> ids, String lock) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        Query query = em.createNativeQuery("SELECT ACTIVATION_ID FROM DEVICE_ACTIVATION WHERE ACTIVATION_ID IN ("
                + String.join(",", Collections.nCopies(ids.size(), "?")) + ")" + lock);
        int position = 1;
        for (String id : ids) {
            query.setParameter(position++, id);
        }
        Set<String> found = new HashSet<>();
        for (Object id : query.getResultList()) {
            found.add((String) id);
        }
        return found;
    }
}
