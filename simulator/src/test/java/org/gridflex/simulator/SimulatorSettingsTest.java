package org.gridflex.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SimulatorSettingsTest {

    @Test
    void withoutArgumentsTheDefaultsApply() {
        SimulatorSettings s = SimulatorSettings.parse();
        assertEquals(URI.create("http://127.0.0.1:8080/gridflex/api"), s.api());
        assertEquals("127.0.0.1", s.mqttHost());
        assertEquals(1883, s.mqttPort());
        assertEquals(1000, s.devices());
        assertEquals(0, s.first());
        assertEquals("sim", s.prefix());
        assertEquals("ELIA", s.tenant());
        assertFalse(s.register());
        assertFalse(s.reuse());
        assertTrue(s.sources().isEmpty());
        assertEquals(2, s.nettyThreads());
        assertEquals(500, s.rampPerSecond());
        assertTrue(s.offers());
        assertEquals(3, s.updates());
        assertEquals(0, s.seconds());
        assertEquals(5, s.progressSeconds());
        assertNull(s.out());
        assertEquals(1, s.seed());
    }

    @Test
    void everyArgumentIsRead() {
        SimulatorSettings s = SimulatorSettings.parse("api=http://node:8180/gridflex/api/", "mqtt=node:1884",
                "devices=15_000", "first=30000", "prefix=load", "tenant=TENNETNL", "register=true", "reuse=yes",
                "sources=127.0.0.1,127.0.0.2", "nettyThreads=4", "verifyThreads=3", "rampPerSecond=1000",
                "offers=false", "updates=9", "seconds=120", "progressSeconds=10", "out=target/r.csv", "seed=7");
        assertEquals(URI.create("http://node:8180/gridflex/api"), s.api());
        assertEquals("node", s.mqttHost());
        assertEquals(1884, s.mqttPort());
        assertEquals(15_000, s.devices());
        assertEquals(30_000, s.first());
        assertEquals("TENNETNL", s.tenant());
        assertTrue(s.register());
        assertTrue(s.reuse());
        assertEquals(4, s.nettyThreads());
        assertEquals(3, s.verifyThreads());
        assertEquals(1000, s.rampPerSecond());
        assertFalse(s.offers());
        assertEquals(9, s.updates());
        assertEquals(120, s.seconds());
        assertEquals(10, s.progressSeconds());
        assertEquals(Path.of("target/r.csv"), s.out());
        assertEquals(7, s.seed());
        assertEquals("load-030000", s.deviceId(0));
        assertEquals("load-030001", s.deviceId(1));
    }

    @Test
    void devicesOfSeveralProcessesSpreadOverTheSourcesByTheirGlobalIndex() throws Exception {
        SimulatorSettings s = SimulatorSettings.parse("sources=127.0.0.1, 127.0.0.2,127.0.0.3", "first=1");
        assertEquals(InetAddress.getByName("127.0.0.2"), s.sourceFor(0));
        assertEquals(InetAddress.getByName("127.0.0.3"), s.sourceFor(1));
        assertEquals(InetAddress.getByName("127.0.0.1"), s.sourceFor(2));
        assertNull(SimulatorSettings.parse().sourceFor(0), "no sources: the system picks");
    }

    @Test
    void unknownOrOutOfRangeArgumentsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> SimulatorSettings.parse("device=10"));
        assertThrows(IllegalArgumentException.class, () -> SimulatorSettings.parse("devices"));
        assertThrows(IllegalArgumentException.class, () -> SimulatorSettings.parse("devices=ten"));
        assertThrows(IllegalArgumentException.class, () -> SimulatorSettings.parse("updates=10"));
        assertThrows(IllegalArgumentException.class, () -> SimulatorSettings.parse("nettyThreads=0"));
        assertThrows(IllegalArgumentException.class, () -> SimulatorSettings.parse("register=maybe"));
        assertThrows(IllegalArgumentException.class, () -> SimulatorSettings.parse("mqtt=1883"));
        assertThrows(IllegalArgumentException.class, () -> SimulatorSettings.parse("prefix=a/b"));
    }
}
