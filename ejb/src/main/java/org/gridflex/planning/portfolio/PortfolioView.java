package org.gridflex.planning.portfolio;

import java.util.List;

/** A TSO's portfolio over a time window, from its latest solved optimizer run (null when none). */
public record PortfolioView(String tenantId, String runId, List<PortfolioSlot> slots) {
}
