package org.gridflex.simulator;

import com.hivemq.client.mqtt.MqttClientExecutorConfig;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.BooleanSupplier;

/**
 * What every virtual device of a process shares, so that the thread count does not grow with the fleet: the MQTT
 * event loop ({@code nettyThreads}), one timer thread for all offer slots, a few threads that check signatures (kept off
 * the event loop so a burst of activations does not delay other devices' network traffic) and the counters.
 */
record FleetServices(SimulatorSettings settings, MqttClientExecutorConfig mqttExecutors,
        ScheduledExecutorService offerClock, Executor verification, ActivationVerifier verifier,
        SimulationCounters counters, BooleanSupplier stopping) {
}
