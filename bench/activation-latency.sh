#!/usr/bin/env bash
# Activation latency from setpoint received to device received, for DEVICES simulated devices on one GridFlex node
# (target: p99 under 50 ms on loopback), and the server's heap per connected device.
#
# Starts a GridFlex server of its own (fresh databases, HTTP 8780), runs the device simulator (simulator/simulate.sh:
# one JVM per 15,000 devices) with AREA_SIZE devices per grid area, each registering, connecting over MQTT and
# offering for the open period; then org.gridflex.bench.ActivationLoadBenchmark makes one flex request per area and,
# once the bundler has bundled them, sends a setpoint to every bundle every EVERY seconds over REST (SHARE of the
# bundle activated). The simulated devices verify every activation's signature, answer with a baseline and record
# the latency (device receipt minus the activation's issuedAt, one machine clock).
#
#   bench/activation-latency.sh                              2,000 devices, 60 s of setpoints
#   DEVICES=10000 SECONDS_OF_LOAD=120 bench/activation-latency.sh
#
# The first WARMUP seconds of setpoints are not measured (neither by the devices nor on the REST side): the server's
# JIT compilers take most of the 2 cores then (C2 used 14 of 25 CPU-seconds in a 20 s window 30 s into a cold run).
#
# Environment (defaults): DEVICES=2000 AREA_SIZE=100 SECONDS_OF_LOAD=60 WARMUP=60 EVERY=3 SHARE=0.5 PORT_OFFSET=700
#   SERVER_HEAP="-Xms2g -Xmx3g" RAMP=500 REBUILD=0
#   PROFILE=0 (1: 20 s of JFR, settings=profile, of the server from 20 s after the warm-up, and three thread dumps,
#   in bench/target/activation-latency/)
#   THREADS=0 (1: the server's CPU per thread over 20 s from 20 s after the warm-up, bench/thread-cpu.py, in
#   bench/target/activation-latency/thread-cpu.txt)
#   QUEUES=0 (1: the depth of DeviceBaselines and DeviceOffers every 10 s, in bench/target/activation-latency/queues.txt)
set -euo pipefail
cd "$(dirname "$0")/.."

devices=${DEVICES:-2000}
area_size=${AREA_SIZE:-100}
seconds=${SECONDS_OF_LOAD:-60}
warmup=${WARMUP:-60}
every=${EVERY:-3}
share=${SHARE:-0.5}
offset=${PORT_OFFSET:-700}
server_heap=${SERVER_HEAP:--Xms2g -Xmx3g}
areas=$(( (devices + area_size - 1) / area_size ))

work=bench/target/activation-latency
# shellcheck source=bench/bench-server.sh
source bench/bench-server.sh
bench_server_build
if [[ ! -f simulator/target/gridflex-simulator.jar ]]; then
    mvn -B -q -pl simulator -am package -DskipTests
fi
bench_server_start "$work" "$offset" activation-bench "$server_heap" "-Dgridflex.optimizer.cron=off"

heap_used_kb() {
    jcmd "$server_pid" GC.run >/dev/null
    sleep 2
    jcmd "$server_pid" GC.heap_info | sed -n 's/.*total [0-9]*K, used \([0-9]*\)K.*/\1/p' | head -1
}
heap_before=$(heap_used_kb)
echo "server heap used after a full GC, no devices: $((heap_before / 1024)) MB"

DEVICES=$devices SECONDS_OF_RUN=$((warmup + seconds + 120)) API="$api" MQTT="127.0.0.1:$mqtt_port" PREFIX=act \
    RAMP=${RAMP:-500} OUT_DIR="$work/simulator" simulator/simulate.sh register=true reuse=true offers=true updates=0 \
    areaSize="$area_size" warmupSeconds="$warmup" > "$work/simulator.out" 2>&1 &
bench_child_pids+=($!)
sim_pid=$!

cp="bench/target/gridflex-bench.jar:bench/target/lib/*"
java -Xmx256m -cp "$cp" org.gridflex.bench.ActivationLoadBenchmark api="$api" areas="$areas" offers="$devices" \
    seconds=0 everySeconds="$every" share="$share" >/dev/null 2>&1 || true
heap_after=$(heap_used_kb)
echo "server heap used after a full GC, $devices devices connected with offers: $((heap_after / 1024)) MB" \
    "($(( (heap_after - heap_before) * 1024 / devices )) bytes per device)"
echo "server RSS: $(awk '/VmRSS/ {print $2 / 1024 " MB"}' /proc/"$server_pid"/status), open files:" \
    "$(ls /proc/"$server_pid"/fd | wc -l)"

bench_profile_after $((warmup + 20)) activation
bench_queue_depths
bench_thread_cpu_after $((warmup + 20))
java -Xmx256m -cp "$cp" org.gridflex.bench.ActivationLoadBenchmark api="$api" areas="$areas" offers="$devices" \
    seconds="$seconds" warmupSeconds="$warmup" everySeconds="$every" share="$share" checkAnswers=true
echo "waiting for the simulator to finish"
wait "$sim_pid" || true
bench_child_pids=()
tail -25 "$work/simulator.out"
echo "server.log ERROR lines: $(grep -c "ERROR" "$base/log/server.log" || true) (log in $base/log/server.log)"
echo "reproduce: DEVICES=$devices AREA_SIZE=$area_size SECONDS_OF_LOAD=$seconds WARMUP=$warmup EVERY=$every SHARE=$share" \
    "bench/activation-latency.sh"
