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
#   PROFILE=0 (1: a JFR recording of the server over the load, and thread dumps, in bench/target/offer-rate/)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

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

server=server-config/target/server
work=bench/target/offer-rate
base=$work/server-base
http_port=$((8080 + offset))
api=http://127.0.0.1:$http_port/gridflex/api

if [[ "${REBUILD:-0}" == 1 || ! -f ear/target/gridflex.ear || ! -f bench/target/gridflex-bench.jar \
      || ! -d bench/target/lib || ! -d $server/modules ]]; then
    echo "building: mvn -B -q install -DskipTests"
    mvn -B -q install -DskipTests
fi

# A free MQTT port (1883 is often a local Mosquitto).
mqtt_port=18830
while (exec 3<>/dev/tcp/127.0.0.1/$mqtt_port) 2>/dev/null; do
    mqtt_port=$((mqtt_port + 1))
done
if (exec 3<>/dev/tcp/127.0.0.1/$http_port) 2>/dev/null; then
    echo "port $http_port is taken; set PORT_OFFSET to another value" >&2
    exit 1
fi

# A fresh server base directory: the configured standalone/configuration, empty databases and journal, the EAR.
rm -rf "$work"
mkdir -p "$base/deployments" "$base/log"
cp -r $server/standalone/configuration "$base/configuration"
rm -rf "$base/configuration/standalone_xml_history"
cp ear/target/gridflex.ear "$base/deployments/gridflex.ear"

ulimit -n "$(ulimit -Hn)" 2>/dev/null || true

server_pid=
wrapper_pid=
generator_pids=()
stop() {
    local status=$?
    trap - EXIT INT TERM
    for p in "${generator_pids[@]}"; do
        kill "$p" 2>/dev/null || true
    done
    if [[ -z "$server_pid" && -f "$work/server.pid" ]]; then
        server_pid=$(cat "$work/server.pid")
    fi
    if [[ -n "$server_pid" ]] && kill -0 "$server_pid" 2>/dev/null; then
        echo "stopping the server (pid $server_pid)"
        kill "$server_pid" 2>/dev/null || true
        for _ in $(seq 1 30); do
            kill -0 "$server_pid" 2>/dev/null || break
            sleep 1
        done
        kill -9 "$server_pid" 2>/dev/null || true
    fi
    if [[ -n "$wrapper_pid" ]]; then
        kill "$wrapper_pid" 2>/dev/null || true
    fi
    exit "$status"
}
trap stop EXIT INT TERM

echo "starting GridFlex: HTTP $http_port, MQTT $mqtt_port, heap '$server_heap', base dir $base"
echo "  -Dgridflex.market.max-offer-versions=$max_versions: the market's revision limit per offer and period"
echo "  (10 by default) is lifted so that it does not cap the measurement"
multicast="230.0.$((RANDOM % 250 + 1)).$((RANDOM % 250 + 1))"
JBOSS_JAVA_SIZING="$server_heap" LAUNCH_JBOSS_IN_BACKGROUND=1 JBOSS_PIDFILE="$root/$work/server.pid" \
    "$server/bin/standalone.sh" -c standalone-gridflex.xml -b 127.0.0.1 \
    -Djboss.server.base.dir="$root/$base" \
    -Djboss.socket.binding.port-offset="$offset" \
    -Djboss.node.name=offer-rate-bench \
    -Djboss.bind.address.private=127.0.0.1 \
    -Djboss.default.multicast.address="$multicast" \
    -Dgridflex.mqtt.port="$mqtt_port" \
    -Dgridflex.market.max-offer-versions=$max_versions \
    >"$work/server.out" 2>&1 &
wrapper_pid=$!

deadline=$((SECONDS + 300))
until curl -sf "$api/node" >/dev/null 2>&1; do
    if ! kill -0 "$wrapper_pid" 2>/dev/null; then
        echo "the server exited; see $work/server.out" >&2
        exit 1
    fi
    if [[ -f "$base/deployments/gridflex.ear.failed" ]]; then
        echo "the deployment failed:" >&2
        cat "$base/deployments/gridflex.ear.failed" >&2
        exit 1
    fi
    if ((SECONDS > deadline)); then
        echo "the server did not answer on $api/node within 300 s; see $work/server.out" >&2
        exit 1
    fi
    sleep 2
done
server_pid=$(cat "$work/server.pid")
echo "server up (pid $server_pid): $(curl -s "$api/node")"

if [[ "${PROFILE:-0}" == 1 ]]; then
    (
        sleep $((warmup + 15))
        jcmd "$server_pid" JFR.start name=offer-rate duration=20s settings=profile \
            filename="$root/$work/server.jfr" >/dev/null 2>&1 || true
        for i in 1 2 3; do
            jcmd "$server_pid" Thread.print >"$root/$work/threads-$i.txt" 2>/dev/null || true
            sleep 5
        done
    ) &
fi

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
    generator_pids+=($!)
done
failed=0
for p in "${generator_pids[@]}"; do
    wait "$p" || failed=1
done
generator_pids=()
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
