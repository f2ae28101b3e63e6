package org.gridflex.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.jms.JMSConsumer;
import jakarta.jms.Message;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * With the postgres profile every TSO has its own PostgreSQL database: looks into them directly, as a DBA would,
 * after a device published an offer over MQTT.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PostgresTenantDatabasesIT {

    private static final String HOST = System.getProperty("gridflex.it.db.host", "127.0.0.1");
    private static final String PORT = System.getProperty("gridflex.it.db.port", "5432");
    private static final String USER = System.getProperty("gridflex.it.db.user", "postgres");
    private static final String PASSWORD = System.getProperty("gridflex.it.db.password", "postgres");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return GridFlexServer.ear();
    }

    @Test
    void offerOfEliaLandsInTheGridflexEliaDatabaseOnly() throws Exception {
        String deviceId = "pg-" + UUID.randomUUID().toString().substring(0, 8);
        String password = GridFlexServer.registerDevice(deviceId, "ELIA", 25);
        Instant period = DeviceMqtt.nextPeriod();
        try (DeviceMqtt device = DeviceMqtt.connect(deviceId, password)) {
            device.publishOffer(DeviceMqtt.offer("ELIA", period, "UP", 9.5, 70, 1));
        }
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (offersOf("gridflex_elia", deviceId) == 0 && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertEquals(1, offersOf("gridflex_elia", deviceId), "the offer is a row of ELIA's own database");
        assertEquals(0, offersOf("gridflex_tennetnl", deviceId), "TENNETNL's database does not have it");
        assertEquals(1, rows("gridflex_shared", "SELECT COUNT(*) FROM DEVICE WHERE DEVICE_ID = ?", deviceId),
                "the device itself is in the shared registry");
    }

    @Test
    void planningMessagesOfTwoTsosLandEachInItsOwnPostgresDatabase() throws Exception {
        String elia = PlanningIT.newAssetId();
        String tennet = PlanningIT.newAssetId();
        PlanningIT.registerAsset("ELIA", elia, "GENERATOR", 0, 10, 0);
        PlanningIT.registerAsset("TENNETNL", tennet, "GENERATOR", 0, 10, 0);
        try (PlanningJms jms = PlanningJms.feed()) {
            jms.publish("AssetCapacityForecast_v1", PlanningIT.seedKey(elia), PlanningIT.capacity(elia, PlanningIT.DAY, 4, 0, 8), null);
            jms.publish("AssetCapacityForecast_v1", PlanningIT.seedKey(tennet), PlanningIT.capacity(tennet, PlanningIT.DAY, 4, 0, 8), null);
        }
        String schedules = "SELECT COUNT(*) FROM PLANNING_SCHEDULE WHERE SUBJECT = ?";
        long deadline = System.nanoTime() + 20_000_000_000L;
        while ((rows("gridflex_elia", schedules, "PL:" + elia) == 0 || rows("gridflex_tennetnl", schedules, "PL:" + tennet) == 0)
                && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertEquals(1, rows("gridflex_elia", schedules, "PL:" + elia), "ELIA's schedule is in ELIA's database");
        assertEquals(0, rows("gridflex_tennetnl", schedules, "PL:" + elia), "and not in TENNETNL's");
        assertEquals(1, rows("gridflex_tennetnl", schedules, "PL:" + tennet), "TENNETNL's schedule is in TENNETNL's database");
        assertEquals(0, rows("gridflex_elia", schedules, "PL:" + tennet), "and not in ELIA's");
        assertEquals(1, rows("gridflex_shared", "SELECT COUNT(*) FROM TENANT_ASSET WHERE ID = ? AND TENANT = 'ELIA'", "PL:" + elia),
                "the TenantAsset lookup is in the shared database");
        assertEquals(1, rows("gridflex_elia", "SELECT COUNT(*) FROM PLANNING_ASSET WHERE ID = ?", "PL:" + elia));
        assertEquals(0, rows("gridflex_tennetnl", "SELECT COUNT(*) FROM PLANNING_ASSET WHERE ID = ?", "PL:" + elia));
    }

    /**
     * A device's answer whose activation another transaction holds (here a DBA's {@code SELECT ... FOR UPDATE}; in
     * production the other answer consumer or the missed-activation sweep) neither holds up the answers of other
     * devices nor is lost: it is recorded once the row is free.
     */
    @Test
    void anAnswerWhoseActivationIsLockedWaitsAloneAndIsRecordedOnceTheLockGoes() throws Exception {
        ActivationIT.Trio trio = ActivationIT.Trio.registered("LCK");
        try (ActivationIT.Follower c = ActivationIT.Follower.connect(trio.cheap(), ActivationIT.password(trio.cheap()));
                ActivationIT.Follower m = ActivationIT.Follower.connect(trio.mid(), ActivationIT.password(trio.mid()));
                ActivationIT.Follower d =
                        ActivationIT.Follower.connect(trio.dear(), ActivationIT.password(trio.dear()))) {
            String setpoint = setpointFor(trio.bundledRequest(DeviceMqtt.nextPeriod()));
            JsonObject toCheap = c.next();
            JsonObject toMid = m.next();
            JsonObject toDear = d.next();

            try (Connection dba = dbaOfElia()) {
                try (PreparedStatement lock = dba.prepareStatement(
                        "SELECT ACTIVATION_ID FROM DEVICE_ACTIVATION WHERE ACTIVATION_ID IN (?, ?) FOR UPDATE")) {
                    lock.setString(1, toCheap.getString("activationId"));
                    lock.setString(2, toMid.getString("activationId"));
                    try (ResultSet r = lock.executeQuery()) {
                        int locked = 0;
                        while (r.next()) {
                            locked++;
                        }
                        assertEquals(2, locked, "the two activations are rows of ELIA's database");
                    }
                }
                c.answer(toCheap, 1_000);
                m.answer(toMid, 2_000);
                d.answer(toDear, 3_000);
                // the batch commits what it could record and puts the locked answers back for later
                assertEquals("ACKED", awaitStatus(setpoint, trio.dear(), "ACKED", Duration.ofSeconds(10)),
                        "the free activation's answer is recorded while the others are locked");
                Thread.sleep(1_500);
                assertEquals("SENT", statusOf(setpoint, trio.cheap()), "a locked activation cannot have been written");
                assertEquals("SENT", statusOf(setpoint, trio.mid()));
                dba.rollback();
            }
            assertEquals("ACKED", awaitStatus(setpoint, trio.cheap(), "ACKED", ActivationIT.PATIENCE),
                    "recorded once the lock is gone");
            assertEquals("ACKED", awaitStatus(setpoint, trio.mid(), "ACKED", ActivationIT.PATIENCE));
            for (JsonValue v : GridFlexServer.array(GridFlexServer.get("tso-elia", setpoint))) {
                JsonObject a = v.asJsonObject();
                assertEquals(0, a.getInt("duplicates"), "each answer recorded once: " + a);
                String device = a.getString("deviceId");
                long expected = device.equals(trio.cheap()) ? 1_000 : device.equals(trio.mid()) ? 2_000 : 3_000;
                assertEquals(expected, a.getJsonNumber("baselineW").longValue(), a.toString());
            }
        }
    }

    /**
     * An answer whose activation stays locked longer than the node's patience (10 s on the test server,
     * {@code gridflex.activation.answer-patience-seconds}) goes to the dead-letter queue with the reason, where an
     * operator can read it; it is not recorded, and the other devices' answers are recorded meanwhile.
     */
    @Test
    void anAnswerWhoseActivationStaysLockedIsDeadLetteredWithTheReason() throws Exception {
        ActivationIT.Trio trio = ActivationIT.Trio.registered("DLQ");
        try (ActivationIT.Follower c = ActivationIT.Follower.connect(trio.cheap(), ActivationIT.password(trio.cheap()));
                ActivationIT.Follower m = ActivationIT.Follower.connect(trio.mid(), ActivationIT.password(trio.mid()));
                ActivationIT.Follower d =
                        ActivationIT.Follower.connect(trio.dear(), ActivationIT.password(trio.dear()));
                PlanningJms admin = new PlanningJms("admin");
                JMSConsumer deadLetters =
                        admin.queue("GridFlexDLQ", "GridFlexDeviceAddress LIKE '%" + trio.cheap() + "%'")) {
            String setpoint = setpointFor(trio.bundledRequest(DeviceMqtt.nextPeriod()));
            JsonObject toCheap = c.next();
            JsonObject toMid = m.next();
            JsonObject toDear = d.next();
            try (Connection dba = dbaOfElia()) {
                try (PreparedStatement lock = dba.prepareStatement(
                        "SELECT ACTIVATION_ID FROM DEVICE_ACTIVATION WHERE ACTIVATION_ID = ? FOR UPDATE")) {
                    lock.setString(1, toCheap.getString("activationId"));
                    try (ResultSet r = lock.executeQuery()) {
                        assertTrue(r.next(), "the activation is a row of ELIA's database");
                    }
                }
                c.answer(toCheap, 1_000);
                m.answer(toMid, 2_000);
                d.answer(toDear, 3_000);
                assertEquals("ACKED", awaitStatus(setpoint, trio.mid(), "ACKED", Duration.ofSeconds(10)));
                assertEquals("ACKED", awaitStatus(setpoint, trio.dear(), "ACKED", Duration.ofSeconds(10)));
                Message dead = PlanningJms.receive(deadLetters, Duration.ofSeconds(40));
                assertNotNull(dead, "the locked answer is dead-lettered once the patience is over");
                String reason = dead.getStringProperty("GridFlexDeadLetterReason");
                assertTrue(reason.contains("locked") && reason.contains(trio.cheap()), reason);
                assertTrue(dead.getBody(byte[].class).length > 0, "the device's answer as it sent it");
                dba.rollback();
            }
            Thread.sleep(1_500);
            assertEquals("SENT", statusOf(setpoint, trio.cheap()), "a dead-lettered answer is not recorded");
            assertNull(PlanningJms.receive(deadLetters, Duration.ofSeconds(1)), "dead-lettered once");
        }
    }

    /** Sends the request's bundle a 12 kW setpoint valid 60 s; returns the path of the setpoint's answers. */
    private static String setpointFor(String requestId) throws Exception {
        HttpResponse<String> sent = GridFlexServer.post("tso-elia", "/api/activation/tenants/ELIA/setpoints",
                "{\"requestId\":\"" + requestId + "\",\"setpointKw\":12,\"validitySeconds\":60}");
        assertEquals(202, sent.statusCode(), sent.body());
        return "/api/activation/tenants/ELIA/setpoints/" + GridFlexServer.object(sent).getString("setpointId");
    }

    /** A DBA's connection to ELIA's database, in a transaction of its own (row locks last until its rollback). */
    private static Connection dbaOfElia() throws Exception {
        Connection dba = DriverManager.getConnection("jdbc:postgresql://" + HOST + ":" + PORT + "/gridflex_elia", USER,
                PASSWORD);
        dba.setAutoCommit(false);
        return dba;
    }

    private static String statusOf(String setpoint, String deviceId) throws Exception {
        return GridFlexServer.array(GridFlexServer.get("tso-elia", setpoint)).stream().map(JsonValue::asJsonObject)
                .filter(a -> a.getString("deviceId").equals(deviceId)).findFirst().orElseThrow().getString("status");
    }

    private static String awaitStatus(String setpoint, String deviceId, String wanted, Duration patience) throws Exception {
        long deadline = System.nanoTime() + patience.toNanos();
        String status = statusOf(setpoint, deviceId);
        while (!status.equals(wanted) && System.nanoTime() < deadline) {
            Thread.sleep(100);
            status = statusOf(setpoint, deviceId);
        }
        return status;
    }

    private static int offersOf(String database, String deviceId) throws Exception {
        return rows(database, "SELECT COUNT(*) FROM OFFER WHERE DEVICE_ID = ?", deviceId);
    }

    private static int rows(String database, String sql, String deviceId) throws Exception {
        String url = "jdbc:postgresql://" + HOST + ":" + PORT + "/" + database;
        try (Connection c = DriverManager.getConnection(url, USER, PASSWORD);
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, deviceId);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }
}
