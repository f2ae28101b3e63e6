package org.gridflex.market.model;

import java.util.function.Predicate;

/**
 * Who may see and change a flex request within its TSO (the tenant check comes first): the TSO's operators and
 * administrators see all of the TSO's requests; a DSO operator (role {@code dso.<DSO>}) only the requests made for
 * that DSO.
 */
public final class FlexRequestAccess {

    public static final String DSO_ROLE_PREFIX = "dso.";

    private FlexRequestAccess() {
    }

    public static boolean actsForWholeTso(Predicate<String> callerInRole) {
        return callerInRole.test("tso") || callerInRole.test("admin");
    }

    public static boolean mayUse(Predicate<String> callerInRole, String requesterDso) {
        if (actsForWholeTso(callerInRole)) {
            return true;
        }
        return requesterDso != null && callerInRole.test(DSO_ROLE_PREFIX + requesterDso);
    }
}
