package org.gridflex.planning.optimizer;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.gridflex.planning.optimization.FleetOptimizer;
import org.gridflex.planning.optimization.FleetProblem;
import org.gridflex.planning.optimization.FleetSolution;
import org.gridflex.tenancy.TenantId;

/** Carries out one queued optimizer run: take it and read its inputs, solve outside any transaction, store the outcome. */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class FleetOptimization {

    private static final Logger LOG = Logger.getLogger(FleetOptimization.class.getName());

    @Inject
    OptimizerRunRecords records;

    public void execute(TenantId tenant, String runId) {
        FleetProblem problem;
        try {
            problem = records.start(tenant, runId);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Optimizer run " + runId + " of " + tenant + " could not read its inputs", e);
            records.fail(tenant, runId, "Inputs could not be read: " + e.getMessage());
            return;
        }
        if (problem == null) {
            LOG.fine(() -> "Optimizer run " + runId + " of " + tenant + " is not queued any more");
            return;
        }
        try {
            FleetSolution solution = new FleetOptimizer().optimize(problem);
            RunView done = records.finish(tenant, runId, problem, solution);
            LOG.info(() -> "Optimizer run " + runId + " of " + tenant + ": " + done.status() + ", " + done.assetCount()
                    + " assets, " + done.components() + " components, build " + done.buildMillis() + " ms, solve "
                    + done.solveMillis() + " ms");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Optimizer run " + runId + " of " + tenant + " failed", e);
            records.fail(tenant, runId, "Failed: " + e.getMessage());
        }
    }
}
