package org.gridflex.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
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
