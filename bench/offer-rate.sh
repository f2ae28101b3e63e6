#!/usr/bin/env bash
# Sustained rate of offer updates accepted over MQTT into one GridFlex node (target: at least 20,000 per second).
#
# Builds if needed, starts a GridFlex server in the background (fresh data directory, a free MQTT port, a port offset
# so that a ./run.sh server on 8080 is not disturbed), runs the load generator org.gridflex.bench.OfferRateBenchmark
# for a fixed time, prints the figures and stops the server (also on failure or Ctrl-C).
#
#   bench/offer-rate.sh                         1000 devices, 150 s of load (90 s warm-up), 1 generator process
#   DEVICES=2000 SECONDS_OF_LOAD=120 PROCS=2 INFLIGHT=8 bench/offer-rate.sh
#
# Environment (defaults): DEVICES=1000 SECONDS_OF_LOAD=150 WARMUP=90 INFLIGHT=1 PROCS=1 IO_THREADS=2 ACK_QOS=1
#   PORT_OFFSET=500 (HTTP 8580) SERVER_HEAP="-Xms2g -Xmx4g" GENERATOR_HEAP=-Xmx1g REBUILD=0 (1: always mvn install)
#   PROFILE=0 (1: a JFR recording of the server over the load, and thread dumps, in bench/target/offer-rate/; dumps:
#   only the thread dumps) THREADS=0 (1: the server's CPU per thread over 20 s of the load, thread-cpu.txt there)
set -euo pipefail
cd "$(dirname "$0")/.."

devices=${DEVICES:-1000}
seconds=${SECONDS_OF_LOAD:-150}
warmup=${WARMUP:-90}
inflight=${INFLIGHT:-1}
procs=${PROCS:-1}
io_threads=${IO_THREADS:-2}
ack_qos=${ACK_QOS:-1}
offset=${PORT_OFFSET:-500}
server_heap=${SERVER_HEAP:--Xms2g -Xmx4g}
generator_heap=${GENERATOR_HEAP:--Xmx1g}
max_versions=1000000

work=bench/target/offer-rate
# shellcheck source=bench/bench-server.sh
source bench/bench-server.sh
bench_server_build
echo "  -Dgridflex.market.max-offer-versions=$max_versions: the market's revision limit per offer and period"
echo "  (10 by default) is lifted so that it does not cap the measurement"
bench_server_start "$work" "$offset" offer-rate-bench "$server_heap" -Dgridflex.market.max-offer-versions=$max_versions

bench_profile_after $((warmup + 15)) offer-rate
bench_thread_cpu_after $((warmup + 15))

cp="bench/target/gridflex-bench.jar:bench/target/lib/*"
per_proc=$((devices / procs))
start_at=0
if ((procs > 1)); then
    # every generator starts its load at the same moment, after all have registered and connected their devices
    start_at=$(( $(date +%s%3N) + 30000 + devices * 40 ))
fi
results=()
for ((i = 0; i < procs; i++)); do
    out="$work/generator-$i.csv"
    results+=("$out")
    # shellcheck disable=SC2086
    java $generator_heap -cp "$cp" org.gridflex.bench.OfferRateBenchmark \
        api="$api" mqtt=127.0.0.1:$mqtt_port devices=$per_proc first=$((i * per_proc)) prefix=rate \
        seconds="$seconds" warmup="$warmup" inflight="$inflight" threads="$io_threads" ackQos="$ack_qos" \
        startAt=$start_at serverPid="$server_pid" out="$out" \
        > >(if ((procs > 1)); then sed "s/^/[gen $i] /"; else cat; fi) 2>&1 &
    bench_child_pids+=($!)
done
failed=0
for p in "${bench_child_pids[@]}"; do
    wait "$p" || failed=1
done
bench_child_pids=()
if ((failed)); then
    echo "a generator failed" >&2
    exit 1
fi
if ((procs > 1)); then
    java -cp "$cp" org.gridflex.bench.OfferRateBenchmark merge warmup="$warmup" "${results[@]}"
fi
echo
echo "server-side refusal counters: $(curl -s -u admin:admin-pw "$api/market/offer-rejections")"
echo "server.log ERROR lines: $(grep -c "ERROR" "$base/log/server.log" || true) (log in $base/log/server.log)"
echo "reproduce: DEVICES=$devices SECONDS_OF_LOAD=$seconds WARMUP=$warmup INFLIGHT=$inflight PROCS=$procs" \
    "IO_THREADS=$io_threads ACK_QOS=$ack_qos bench/offer-rate.sh"
