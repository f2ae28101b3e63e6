package org.gridflex.simulator;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The device simulator (issue 4): runs N virtual devices against a GridFlex node. Each device registers over REST if
 * asked, connects over MQTT 3.1.1 with its own credentials, offers upward flexibility for the traded delivery period
 * with revisions, and answers every activation with its baseline once the node's Ed25519 signature checks out (or
 * refuses it with the reason). At the end, and on Ctrl-C, it prints the counts and the activation latency percentiles.
 *
 * <pre>
 * java -cp simulator/target/gridflex-simulator.jar:simulator/target/lib/* org.gridflex.simulator.DeviceSimulator key=value...
 * java -cp ... org.gridflex.simulator.DeviceSimulator merge result-0.csv result-1.csv ... [out=total.csv]
 * </pre>
 *
 * Arguments, all optional:
 * <ul>
 * <li>{@code api=http://127.0.0.1:8080/gridflex/api}: the node's REST API (device registration, activation keys)</li>
 * <li>{@code mqtt=127.0.0.1:1883}: the node's MQTT listener, host:port</li>
 * <li>{@code devices=1000}: how many virtual devices this process runs</li>
 * <li>{@code first=0}: index of the first device, so that several processes run disjoint ranges</li>
 * <li>{@code prefix=sim}: device ids are {@code <prefix>-<index, 6 digits>}, e.g. {@code sim-000001}</li>
 * <li>{@code tenant=ELIA}: the TSO the devices are registered with and offer to</li>
 * <li>{@code register=false}: register each device first ({@code POST {api}/devices} as {@code device-admin})</li>
 * <li>{@code reuse=false}: a device that is already registered (409) is used anyway; its password derives from
 * {@code seed}, so this is right for devices an earlier run with the same seed registered</li>
 * <li>{@code sources=}: comma-separated local addresses the connections come from, in turn (e.g.
 * {@code 127.0.0.1,127.0.0.2}); each gives about 28,000 ephemeral ports towards one broker. Empty: the system picks</li>
 * <li>{@code nettyThreads=2}: MQTT event-loop threads shared by all devices</li>
 * <li>{@code verifyThreads=<cores>}: threads that check activation signatures</li>
 * <li>{@code checkRootsOnce=true}: the devices of this process share the outcome of each signature check over a
 * setpoint's root (every device still hashes its own activation and proof up to the root); {@code false}: every
 * device checks the Ed25519 signature itself, as separate hardware would, at about 1 ms of CPU each with the JDK's
 * Ed25519, which on one machine competes with the node for the CPU</li>
 * <li>{@code rampPerSecond=500}: new connections per second during ramp-up</li>
 * <li>{@code offers=true}: offer flexibility for the traded period (the next 10-minute period)</li>
 * <li>{@code updates=3}: revisions per period after the first offer (0..9: at most 10 versions per period)</li>
 * <li>{@code seconds=0}: run time after ramp-up; 0 runs until Ctrl-C</li>
 * <li>{@code progressSeconds=5}: interval of the progress line</li>
 * <li>{@code out=}: a result file (CSV) with the final figures, for {@code merge}</li>
 * <li>{@code warmupSeconds=0}: activations issued within n seconds of the first one this process verifies (by issuedAt)
 * are verified and answered, but their latency is not measured (they are counted apart)</li>
 * <li>{@code areaSize=0}: 0 puts every device in grid area {@code AREA-1}; k puts k consecutive devices (by global
 * index) in each area {@code SIM-AREA-<index / k>}</li>
 * <li>{@code seed=1}: seeds device passwords, offer terms, baselines and schedules (same seed, same run)</li>
 * </ul>
 */
public final class DeviceSimulator {

    private final VirtualFleet fleet;
    private final Path out;
    private boolean finished;

    private DeviceSimulator(SimulatorSettings settings) {
        this.fleet = new VirtualFleet(settings, System.out);
        this.out = settings.out();
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("merge")) {
            merge(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        SimulatorSettings settings;
        try {
            settings = SimulatorSettings.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        System.out.printf("%,d devices %s-%06d.. against %s and mqtt %s:%d (%d event-loop threads, ramp %,d/s%s)%n",
                settings.devices(), settings.prefix(), settings.first(), settings.api(), settings.mqttHost(),
                settings.mqttPort(), settings.nettyThreads(), settings.rampPerSecond(),
                settings.sources().isEmpty() ? "" : ", " + settings.sources().size() + " source addresses");
        DeviceSimulator simulator = new DeviceSimulator(settings);
        // Ctrl-C: the hook disconnects the devices and prints the figures; it waits if the main thread already does
        Runtime.getRuntime().addShutdownHook(new Thread(simulator::finish, "simulator-shutdown"));
        simulator.fleet.start();
        if (settings.seconds() > 0) {
            Thread.sleep(settings.seconds() * 1_000);
        } else {
            Thread.currentThread().join();
        }
        simulator.finish();
        System.exit(0);
    }

    /** Once, whoever comes first (end of the run or Ctrl-C): disconnect, print, write the result file. */
    private synchronized void finish() {
        if (finished) {
            return;
        }
        finished = true;
        fleet.stop();
        SimulationReport report = fleet.report();
        report.print(System.out);
        if (out != null) {
            try {
                report.write(out);
                System.out.println("figures written to " + out);
            } catch (IOException e) {
                System.err.println("cannot write " + out + ": " + e);
            }
        }
        System.out.flush();
    }

    private static void merge(String[] args) throws IOException {
        List<Path> files = new ArrayList<>();
        Path out = null;
        for (String arg : args) {
            if (arg.startsWith("out=")) {
                out = Path.of(arg.substring(4));
            } else {
                files.add(Path.of(arg));
            }
        }
        if (files.isEmpty()) {
            System.err.println("merge needs result files: merge a.csv b.csv ... [out=total.csv]");
            System.exit(2);
        }
        SimulationReport total = null;
        for (Path file : files) {
            SimulationReport one = SimulationReport.read(file);
            total = total == null ? one : total.plus(one);
        }
        total.print(System.out);
        if (out != null) {
            total.write(out);
        }
    }
}
