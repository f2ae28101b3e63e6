package org.gridflex.it;

import static org.gridflex.it.GridFlexServer.array;
import static org.gridflex.it.GridFlexServer.get;
import static org.gridflex.it.GridFlexServer.object;
import static org.gridflex.it.GridFlexServer.post;
import static org.gridflex.it.PlanningIT.DAY;
import static org.gridflex.it.PlanningIT.await;
import static org.gridflex.it.PlanningIT.awaitSchedules;
import static org.gridflex.it.PlanningIT.newAssetId;
import static org.gridflex.it.PlanningIT.registerAsset;
import static org.gridflex.it.PlanningIT.seedKey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.jms.JMSConsumer;
import jakarta.jms.Message;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.IntToDoubleFunction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The fleet optimizer through its real interfaces: a TSO's planning data arrives on the seed topics, a run is
 * requested over REST (or JMS, or by the TSO's Quartz schedule), solved, and its schedules, read back over REST and
 * from AssetPowerSchedule_v1, respect every limit the data set.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FleetOptimizerIT {

    private static final double EPS = 1e-6;
    private static final String TSO = "TRANSNETBW";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return GridFlexServer.ear();
    }

    /** A schedule of 96 quarter-hours of the next day with the named value(s) per slot. */
    private static String day(String assetFields, String first, IntToDoubleFunction a, String second, IntToDoubleFunction b) {
        StringBuilder points = new StringBuilder();
        for (int t = 0; t < 96; t++) {
            Instant s = DAY.plus(Duration.ofMinutes(15L * t));
            points.append(t == 0 ? "" : ",").append("{\"start\":\"").append(s).append("\",\"end\":\"")
                    .append(s.plus(Duration.ofMinutes(15))).append("\",\"").append(first).append("\":")
                    .append(a.applyAsDouble(t));
            if (second != null) {
                points.append(",\"").append(second).append("\":").append(b.applyAsDouble(t));
            }
            points.append('}');
        }
        return "{" + assetFields + "\"points\":[" + points + "]}";
    }

    private static String asset(String id) {
        return "\"assetIdentifierCodingScheme\":\"PL\",\"assetIdentifier\":\"" + id + "\",";
    }

    private static boolean cheap(int slot) {
        return slot < 32;
    }

    private static boolean curtailed(int slot) {
        return slot >= 40 && slot < 48;
    }

    @Test
    void aRunRespectsCapacityCurtailmentReservationRampStateOfEnergyCongestionAndAllocations() throws Exception {
        String g = newAssetId();
        String s = newAssetId();
        String l = newAssetId();
        registerAsset(TSO, g, "GENERATOR", 0, 10, 0);
        registerAsset(TSO, s, "STORAGE", -2, 2, 4);
        registerAsset(TSO, l, "FLEXIBLE_LOAD", -3, 0, 0);
        try (PlanningJms jms = PlanningJms.feed()) {
            jms.publish("AssetCapacityForecast_v1", seedKey(g), day(asset(g), "minMw", t -> 0, "maxMw", t -> 10), null);
            jms.publish("AssetCurtailmentSchedule_v1", seedKey(g),
                    day(asset(g), "maxMw", t -> curtailed(t) ? 6 : 10, null, null), null);
            jms.publish("AssetFlexReservation_v1", seedKey(g), day(asset(g), "upMw", t -> 1, "downMw", t -> 0), null);
            jms.publish("AssetRampRateForecast_v1", seedKey(g),
                    day(asset(g), "upMwPerMin", t -> 0.2, "downMwPerMin", t -> 0.2), null);
            jms.publish("AssetStrikePrices_v1", null, day(asset(g), "eurPerMwh", t -> 20, null, null), null);
            for (String id : new String[] {g, s}) {
                jms.publish("AligneAssetSalesPlanAggregated_v1", "\"HERMES\"",
                        day(asset(id), "mw", t -> 0, "eurPerMwh", t -> cheap(t) ? 10 : 120), null);
            }
            jms.publish("AssetEnergyCapacityForecast_v1", seedKey(s),
                    day(asset(s), "minMwh", t -> 0.5, "maxMwh", t -> 4), null);
            jms.publish("AssetStateOfEnergy_v1", null, "{" + asset(s) + "\"measuredAt\":\"" + DAY.minusSeconds(60)
                    + "\",\"stateOfEnergyPercentage\":50}", null);
            jms.publish("CongestionRestrictions_v1", null, day("\"congestionArea\":\"TNBW-" + g + "\",\"assets\":[{"
                    + asset(g).replaceAll(",$", "") + "},{" + asset(s).replaceAll(",$", "") + "}],",
                    "maxInjectionMw", t -> 7, "maxWithdrawalMw", t -> 1.5), null);
        }
        HttpResponse<String> allocation = post("tso-transnetbw", "/api/planning/tenants/" + TSO + "/market-allocations",
                "{\"allocationId\":\"alloc-" + l + "\"," + asset(l) + "\"points\":[{\"start\":\"" + DAY + "\",\"end\":\""
                        + DAY.plus(Duration.ofHours(1)) + "\",\"mw\":-1,\"eurPerMwh\":40}]}");
        assertEquals(202, allocation.statusCode(), allocation.body());

        awaitSchedules(TSO, g, "AssetStrikePrices_v1", 1);
        awaitSchedules(TSO, g, "AssetRampRateForecast_v1", 1);
        awaitSchedules(TSO, g, "AssetFlexReservation_v1", 1);
        awaitSchedules(TSO, g, "AssetCurtailmentSchedule_v1", 1);
        awaitSchedules(TSO, s, "AssetStateOfEnergy_v1", 1);
        awaitSchedules(TSO, s, "AssetEnergyCapacityForecast_v1", 1);
        awaitSchedules(TSO, s, "AligneAssetSalesPlanAggregated_v1", 1);
        awaitSchedules(TSO, l, "AssetMarketAllocation_v1", 1);
        await(() -> array(get("admin", "/api/planning/tenants/" + TSO + "/market-allocations?from=" + DAY + "&to="
                + DAY.plus(Duration.ofDays(1)))).toString().contains("alloc-" + l) ? Boolean.TRUE : null, "allocation");

        try (PlanningJms jms = PlanningJms.feed();
                JMSConsumer published = jms.subscribe("AssetPowerSchedule_v1", "TenantId = '" + TSO + "'")) {
            HttpResponse<String> requested = post("tso-transnetbw", "/api/planning/tenants/" + TSO + "/optimizer/runs", "");
            assertEquals(202, requested.statusCode(), requested.body());
            String runId = object(requested).getString("runId");
            JsonObject run = await(() -> {
                JsonObject r = object(get("tso-transnetbw", "/api/planning/tenants/" + TSO + "/optimizer/runs/" + runId));
                return r.getString("status").equals("QUEUED") || r.getString("status").equals("RUNNING") ? null : r;
            }, "the optimizer run");
            assertEquals("SOLVED", run.getString("status"), run.toString());
            assertEquals(DAY.toString(), run.getString("horizonStart"));

            Map<String, JsonObject> plans = new HashMap<>();
            for (JsonValue v : array(get("tso-transnetbw", "/api/planning/tenants/" + TSO + "/optimizer/runs/" + runId
                    + "/schedules"))) {
                plans.put(v.asJsonObject().getString("assetKey"), v.asJsonObject());
            }
            double[] gp = series(plans.get("PL:" + g), "powerMw");
            double[] gmax = series(plans.get("PL:" + g), "feasibleMaxMw");
            double[] sp = series(plans.get("PL:" + s), "powerMw");
            double[] soe = series(plans.get("PL:" + s), "stateOfEnergyMwh");
            double[] lp = series(plans.get("PL:" + l), "powerMw");
            double cheapStorage = 0;
            double generatorWhenCheap = 0;
            double generatorWhenDear = 0;
            for (int t = 0; t < 96; t++) {
                double band = curtailed(t) ? 6 - 1 : 10 - 1; // curtailment or capacity, minus the reserved 1 MW up
                assertEquals(band, gmax[t], EPS, "feasible band of the generator in slot " + t);
                assertTrue(gp[t] >= -EPS && gp[t] <= band + EPS, "generator within its band in slot " + t + ": " + gp[t]);
                if (t > 0) {
                    assertTrue(Math.abs(gp[t] - gp[t - 1]) <= 0.2 * 15 + EPS, "ramp in slot " + t);
                }
                assertTrue(sp[t] >= -2 - EPS && sp[t] <= 2 + EPS, "storage power in slot " + t);
                assertTrue(soe[t] >= 0.5 - EPS && soe[t] <= 4 + EPS, "state of energy in slot " + t + ": " + soe[t]);
                assertTrue(gp[t] + sp[t] <= 7 + EPS && gp[t] + sp[t] >= -1.5 - EPS, "congestion in slot " + t);
                assertTrue(lp[t] >= -3 - EPS && lp[t] <= EPS, "load within its band in slot " + t);
                if (t < 4) {
                    assertTrue(lp[t] <= -1 + EPS, "the bought MW is withdrawn in slot " + t + ": " + lp[t]);
                }
                if (cheap(t)) {
                    cheapStorage += sp[t];
                    // the last slots before the price step may pre-ramp (3 MW a slot) to be at full power in time
                    generatorWhenCheap += t < 29 ? gp[t] : 0;
                } else {
                    generatorWhenDear += gp[t];
                }
            }
            assertTrue(cheapStorage < 0, "the store charges while energy is cheap");
            assertEquals(0, generatorWhenCheap, 1e-3, "no production below the strike price (except pre-ramping)");
            assertTrue(generatorWhenDear > 100, "production above the strike price: " + generatorWhenDear);

            Set<String> announced = new HashSet<>();
            for (int i = 0; i < 200 && announced.size() < 3; i++) {
                Message m = PlanningJms.receive(published, Duration.ofSeconds(5));
                if (m == null) {
                    break;
                }
                if (runId.equals(m.getStringProperty("RunId"))) {
                    String body = m.getBody(String.class);
                    for (String id : new String[] {g, s, l}) {
                        if (body.contains("\"assetIdentifier\":\"" + id + "\"")) {
                            announced.add(id);
                        }
                    }
                }
            }
            assertEquals(3, announced.size(), "AssetPowerSchedule_v1 with TenantId for each asset of the run");

            JsonObject portfolio = object(get("tso-transnetbw", "/api/planning/tenants/" + TSO + "/portfolio?from=" + DAY
                    + "&to=" + DAY.plus(Duration.ofDays(1))));
            assertEquals(runId, portfolio.getString("runId"));
            JsonArray slots = portfolio.getJsonArray("slots");
            assertEquals(96, slots.size());
            double all = plans.values().stream().mapToDouble(p -> series(p, "powerMw")[50]).sum();
            assertEquals(all, slots.getJsonObject(50).getJsonNumber("scheduledMw").doubleValue(), 1e-3);
            // this test's -1 MW, plus any allocation an earlier run of the suite left in the TSO's database
            assertTrue(slots.getJsonObject(0).getJsonNumber("marketAllocationMw").doubleValue() <= -1 + EPS);
        }
    }

    private static double[] series(JsonObject plan, String field) {
        assertNotNull(plan, "a schedule for the asset");
        JsonArray values = plan.getJsonArray(field);
        double[] out = new double[values.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = values.getJsonNumber(i).doubleValue();
        }
        return out;
    }

    @Test
    void aTriggerOnTheQueueQueuesARunAndAnUnknownTsoIsDeadLettered() throws Exception {
        try (PlanningJms feed = PlanningJms.feed(); PlanningJms admin = new PlanningJms("admin");
                JMSConsumer dlq = admin.queue("PlanningDLQ", "GridFlexPlanningTopic = 'FleetOptimizerRuns'")) {
            feed.publishTo("FleetOptimizerRuns", "AMPRION", "dispatcher");
            feed.publishTo("FleetOptimizerRuns", "NOSUCHTSO", "dispatcher");
            await(() -> array(get("tso-amprion", "/api/planning/tenants/AMPRION/optimizer/runs")).stream()
                    .anyMatch(r -> r.asJsonObject().getString("triggeredBy").equals("jms:dispatcher")) ? Boolean.TRUE : null,
                    "a run triggered over JMS");
            Message dead = PlanningJms.receive(dlq, PlanningIT.PATIENCE);
            assertNotNull(dead, "the trigger for an unknown TSO in PlanningDLQ");
            assertTrue(dead.getStringProperty("GridFlexDeadLetterReason").contains("Unknown TSO NOSUCHTSO"));
        }
    }

    @Test
    void theTsosQuartzScheduleTriggersItsRuns() throws Exception {
        // the test server schedules RTE every 5 s (gridflex.optimizer.cron.RTE in arquillian.xml)
        JsonArray runs = await(() -> {
            JsonArray r = array(get("tso-rte", "/api/planning/tenants/RTE/optimizer/runs?max=50"));
            long scheduled = r.stream().filter(v -> v.asJsonObject().getString("triggeredBy").startsWith("jms:schedule@"))
                    .count();
            return scheduled >= 2 ? r : null;
        }, "two scheduled runs of RTE");
        assertTrue(runs.stream().allMatch(v -> v.asJsonObject().getString("tenantId").equals("RTE")));
        // AMPRION keeps the default schedule, hourly at :30: at most one of its runs can fall into this test (when
        // the test runs across :30), while RTE's 5-second schedule made two or more
        long amprionScheduled = array(get("tso-amprion", "/api/planning/tenants/AMPRION/optimizer/runs?max=50")).stream()
                .filter(v -> v.asJsonObject().getString("triggeredBy").startsWith("jms:schedule@")).count();
        assertTrue(amprionScheduled <= 1, "AMPRION keeps its hourly schedule: " + amprionScheduled + " scheduled runs");
    }

    @Test
    void anotherTsosOperatorCannotReadOrStartRuns() throws Exception {
        assertEquals(403, get("tso-elia", "/api/planning/tenants/" + TSO + "/optimizer/runs").statusCode());
        assertEquals(403, post("tso-elia", "/api/planning/tenants/" + TSO + "/optimizer/runs", "").statusCode());
        assertEquals(403, get("tso-elia", "/api/planning/tenants/" + TSO + "/portfolio?from=" + DAY + "&to="
                + DAY.plusSeconds(3600)).statusCode());
        assertEquals(404, get("tso-elia", "/api/planning/tenants/ELIA/optimizer/runs/no-such-run").statusCode());
    }
}
