package org.gridflex.market.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gridflex.market.application.BundlerRounds;

/** Which node of the cluster ran each recent bundler round (administrators). */
@Path("market/bundler/rounds")
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Market")
public class BundlerRoundResource {

    @Inject
    BundlerRounds rounds;

    @GET
    @Operation(summary = "Recent bundler rounds", description = "Role admin. For each of the last rounds (5 s each): the "
            + "node that claimed it in the cluster and whether this node ran it. Each round runs on exactly one node.")
    public List<BundlerRounds.RoundRecord> recent(@QueryParam("last") @DefaultValue("12") int last) {
        return rounds.recent(Math.max(1, Math.min(last, 720)));
    }
}
