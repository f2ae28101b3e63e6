package org.gridflex.simulator;

import com.hivemq.client.mqtt.MqttClientExecutorConfig;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.gridflex.activation.model.RootSignatureChecks;
import org.gridflex.simulator.SimulationCounters.Count;

/**
 * The virtual devices of one process: registers them if asked, connects them at a bounded rate (a node, like any
 * broker, copes far better with a steady ramp than with thousands of CONNECTs at once), prints progress while they run
 * and disconnects them cleanly at the end. Thread count is fixed whatever the fleet size: {@code nettyThreads} for all
 * MQTT traffic, {@code verifyThreads} for signatures, one offer timer and one progress printer.
 */
final class VirtualFleet {

    private final SimulatorSettings settings;
    private final PrintStream log;
    private final SimulationCounters counters;
    private volatile List<VirtualDevice> devices = List.of();
    private final List<CompletableFuture<Void>> connections = new ArrayList<>();
    private final AtomicLong startNanos = new AtomicLong();
    private volatile boolean stopping;
    private HttpClient http;
    private ExecutorService eventLoop;
    private ExecutorService verification;
    private ScheduledExecutorService offerClock;
    private ScheduledExecutorService progress;

    VirtualFleet(SimulatorSettings settings, PrintStream log) {
        this.settings = settings;
        this.log = log;
        this.counters = new SimulationCounters(Duration.ofSeconds(settings.warmupSeconds()));
    }

    /** Registers (if asked) and connects every device; returns once each has connected or failed, or on {@link #stop}. */
    void start() throws InterruptedException {
        startNanos.set(System.nanoTime());
        counters.add(Count.DEVICES, settings.devices());
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        progress = Executors.newSingleThreadScheduledExecutor(daemon("simulator-progress"));
        progress.scheduleAtFixedRate(this::printProgress, settings.progressSeconds(), settings.progressSeconds(),
                TimeUnit.SECONDS);

        NodeActivationKeys keys = new NodeActivationKeys(http, settings.api(), Clock.systemUTC());
        try {
            log.printf("%d activation key(s) from %s/activation/keys%n", keys.fetchNow().get(15, TimeUnit.SECONDS),
                    settings.api());
        } catch (Exception e) {
            log.printf("warning: no activation keys from %s/activation/keys yet (%s); asking again on the first"
                    + " activation%n", settings.api(), e.getCause() == null ? e : e.getCause());
        }

        List<DeviceCredentials> credentials = new ArrayList<>(settings.devices());
        for (int n = 0; n < settings.devices(); n++) {
            credentials.add(DeviceCredentials.derive(settings.deviceId(n), settings.seed()));
        }
        List<DeviceRegistration.Outcome> outcomes = settings.register() ? register(credentials) : null;

        eventLoop = Executors.newFixedThreadPool(settings.nettyThreads(), daemon("mqtt-event-loop"));
        MqttClientExecutorConfig mqttExecutors = MqttClientExecutorConfig.builder()
                .nettyExecutor(eventLoop).nettyThreads(settings.nettyThreads()).build();
        verification = Executors.newFixedThreadPool(settings.verifyThreads(), daemon("activation-verifier"));
        offerClock = Executors.newSingleThreadScheduledExecutor(daemon("offer-clock"));
        FleetServices services = new FleetServices(settings, mqttExecutors, offerClock, verification,
                new ActivationVerifier(keys, settings.checkRootsOnce() ? new RootSignatureChecks(4096) : null), counters, () -> stopping);

        List<VirtualDevice> fleet = new ArrayList<>(settings.devices());
        for (int n = 0; n < settings.devices(); n++) {
            DeviceRegistration.Outcome outcome = outcomes == null ? null : outcomes.get(n);
            if (outcome == DeviceRegistration.Outcome.FAILED
                    || (outcome == DeviceRegistration.Outcome.ALREADY_REGISTERED && !settings.reuse())) {
                continue;
            }
            fleet.add(new VirtualDevice(credentials.get(n), settings.sourceFor(n), settings.seed(), services));
        }
        devices = List.copyOf(fleet);
        if (outcomes != null && devices.size() < settings.devices()) {
            log.printf("%,d device(s) left out: registration failed%s%n", settings.devices() - devices.size(),
                    settings.reuse() ? "" : " or already registered (reuse=true logs in with them)");
        }
        ramp();
    }

    private List<DeviceRegistration.Outcome> register(List<DeviceCredentials> credentials) throws InterruptedException {
        long t0 = System.nanoTime();
        AtomicInteger done = new AtomicInteger();
        List<DeviceRegistration.Outcome> outcomes = new DeviceRegistration(http, settings.api(), settings.tenant(),
                id -> settings.gridArea(Integer.parseInt(id.substring(id.lastIndexOf('-') + 1)) - settings.first()))
                .registerAll(credentials, done::incrementAndGet);
        for (DeviceRegistration.Outcome o : outcomes) {
            counters.increment(switch (o) {
                case CREATED -> Count.REGISTERED;
                case ALREADY_REGISTERED -> Count.ALREADY_REGISTERED;
                case FAILED -> Count.REGISTRATION_FAILED;
            });
        }
        log.printf("registered %,d devices over REST (%,d already registered, %,d failed) in %.1f s%n",
                counters.get(Count.REGISTERED), counters.get(Count.ALREADY_REGISTERED),
                counters.get(Count.REGISTRATION_FAILED), (System.nanoTime() - t0) / 1e9);
        return outcomes;
    }

    /**
     * Starts one CONNECT every {@code 1/rampPerSecond} s, with at most a fifth of a second's worth (at least 16)
     * unanswered, so that a slow broker slows the ramp instead of piling up connections that would all time out. (Two
     * seconds' worth was too many: Artemis admits a new MQTT subscriber in time linear in its number of queues, some tens
     * a second at 12,000 devices on two cores, so 2,000 waiting CONNECTs ran past the client's 10 s CONNACK timeout.)
     */
    private void ramp() throws InterruptedException {
        long t0 = System.nanoTime();
        double intervalNanos = 1e9 / settings.rampPerSecond();
        Semaphore unanswered = new Semaphore(Math.max(16, settings.rampPerSecond() / 5));
        List<VirtualDevice> fleet = devices;
        for (int i = 0; i < fleet.size() && !stopping; i++) {
            long wait = t0 + (long) (i * intervalNanos) - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            unanswered.acquire();
            VirtualDevice device = fleet.get(i);
            CompletableFuture<Void> connection = device.connect().whenComplete((ok, failure) -> {
                unanswered.release();
                if (failure != null) {
                    counters.increment(Count.CONNECT_FAILED);
                    if (counters.get(Count.CONNECT_FAILED) <= 10) {
                        log.println("connect " + device.deviceId() + " failed: " + rootCause(failure));
                    }
                }
            });
            synchronized (connections) {
                connections.add(connection);
            }
        }
        CompletableFuture<?>[] all;
        synchronized (connections) {
            all = connections.toArray(CompletableFuture[]::new);
        }
        try {
            CompletableFuture.allOf(all).exceptionally(someFailed -> null).get(60, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException | TimeoutException e) {
            log.println("some connections still unanswered after 60 s: " + e);
        }
        log.printf("ramp-up: %,d connected, %,d failed in %.1f s (%,d/s asked)%n", counters.get(Count.CONNECTED),
                counters.get(Count.CONNECT_FAILED), (System.nanoTime() - t0) / 1e9, settings.rampPerSecond());
    }

    SimulationReport report() {
        return counters.snapshot();
    }

    SimulationCounters counters() {
        return counters;
    }

    long elapsedSeconds() {
        return TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - startNanos.get());
    }

    /** Stops offering and ramping, disconnects every device (DISCONNECT, not a dropped socket) and the shared threads. */
    void stop() {
        stopping = true;
        if (offerClock != null) {
            offerClock.shutdownNow();
        }
        CompletableFuture<?>[] disconnects = devices.stream().map(VirtualDevice::disconnect)
                .toArray(CompletableFuture[]::new);
        try {
            CompletableFuture.allOf(disconnects).get(20, TimeUnit.SECONDS);
        } catch (Exception e) {
            log.println("not every device disconnected within 20 s: " + e);
        }
        if (progress != null) {
            progress.shutdownNow();
        }
        if (verification != null) {
            verification.shutdown();
            try {
                verification.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (eventLoop != null) {
            eventLoop.shutdownNow();
        }
    }

    private void printProgress() {
        try {
            log.println(counters.snapshot().progressLine(elapsedSeconds()));
        } catch (RuntimeException e) {
            log.println("progress: " + e);
        }
    }

    private static Throwable rootCause(Throwable t) {
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    private static ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
