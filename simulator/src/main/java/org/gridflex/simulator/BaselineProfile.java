package org.gridflex.simulator;

import java.time.Instant;
import java.util.SplittableRandom;

/**
 * The power a device would draw or feed without any activation, in watts: a slow sine around its own mean (a period
 * of 20 to 60 minutes, an amplitude of 10 to 30 %) plus a little noise, so that successive baselines of one device look
 * like a real meter's and differ between devices. Derived from the device's random source, hence repeatable per seed.
 */
final class BaselineProfile {

    private final double meanW;
    private final double amplitudeW;
    private final double periodSeconds;
    private final double phase;
    private final double noiseW;
    private final SplittableRandom noise;

    BaselineProfile(SplittableRandom random) {
        this.meanW = 2_000 + random.nextDouble() * 18_000;
        this.amplitudeW = meanW * (0.1 + random.nextDouble() * 0.2);
        this.periodSeconds = 1_200 + random.nextDouble() * 2_400;
        this.phase = random.nextDouble() * 2 * Math.PI;
        this.noiseW = meanW * 0.01;
        this.noise = random.split();
    }

    synchronized long baselineW(Instant at) {
        double t = at.getEpochSecond() + at.getNano() / 1e9;
        double wave = Math.sin(2 * Math.PI * t / periodSeconds + phase);
        return Math.round(meanW + amplitudeW * wave + (noise.nextDouble() * 2 - 1) * noiseW);
    }
}
