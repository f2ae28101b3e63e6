package org.gridflex.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU used so far by this process, by the server process (from /proc, in clock ticks) and by the whole machine, to
 * turn two samples into cores busy over a window.
 */
record CpuSample(long nanos, long self, double server, double machineBusy, double ticksPerSecond) {

    static CpuSample take(long serverPid) {
        long self = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
        double server = 0;
        double busy = 0;
        try {
            if (serverPid > 0) {
                String stat = Files.readString(Path.of("/proc/" + serverPid + "/stat"));
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                server = Long.parseLong(f[11]) + Long.parseLong(f[12]);
            }
            String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            for (int i = 1; i < cpu.length; i++) {
                if (i != 4 && i != 5) {
                    busy += Long.parseLong(cpu[i]);
                }
            }
        } catch (IOException | RuntimeException e) {
            // not on Linux: no server or machine figures
        }
        return new CpuSample(System.nanoTime(), self, server, busy, 100.0);
    }
}
