#!/usr/bin/env bash
# Activation latency across one federation hop (issue 4: target p99 under 150 ms): a TSO's installation issues the
# setpoints, the simulated devices are connected to a second installation, a DSO's, linked to it as a peer.
#
# Starts two GridFlex servers of its own (fresh base directories and databases; TSO HTTP 9180, DSO HTTP 9280), made
# into two federated installations the way the integration test's build makes them
# (arquillian-tests/src/build-tools/FederationInstallations.java: a new activation key each, each other's peer with
# public key, host, port and link password, the broker bridge from server-config's templates/federation-peer.cli,
# applied offline with jboss-cli). The device simulator (simulator/simulate.sh) registers DEVICES devices at the DSO
# installation, connects them there over MQTT and offers; the offers are shared to the TSO installation over the
# bridge. org.gridflex.bench.ActivationLoadBenchmark then makes one flex request per grid area at the TSO
# installation and sends every bundle a setpoint every EVERY seconds over REST (SHARE of it). Each activation goes
# over the Artemis core bridge to the DSO installation, is verified there against the TSO's key, signed again and
# delivered on the device's topic; the devices verify it against the DSO installation's published keys, answer with a
# baseline and record the latency (device receipt minus the activation's issuedAt, set at the TSO installation; one
# machine clock). The baselines travel back; the driver reads every setpoint back at the TSO installation and counts
# the answers recorded there. Both installations' federation counters are printed at the end.
#
#   bench/federation-latency.sh                              2,000 devices, 60 s of setpoints
#   DEVICES=10000 RAMP=1000 bench/federation-latency.sh
#
# The first WARMUP seconds of setpoints are not measured, by the devices nor by the driver (both servers' JIT).
#
# Environment (defaults): DEVICES=2000 AREA_SIZE=100 SECONDS_OF_LOAD=60 WARMUP=60 EVERY=3 SHARE=0.5 TSO_PORT_OFFSET=1100
#   DSO_PORT_OFFSET=1200 TSO_MQTT_PORT_FROM=19110 DSO_MQTT_PORT_FROM=19210 TSO_HEAP="-Xms1g -Xmx2g"
#   DSO_HEAP="-Xms2g -Xmx3g" RAMP=500 REBUILD=0 (1: mvn -B -q package -DskipTests first)
#   PROFILE=0 (1: a 30 s JFR recording of each server from 15 s into the measured setpoints, in bench/target/federation-latency)
set -euo pipefail
cd "$(dirname "$0")/.."

devices=${DEVICES:-2000}
area_size=${AREA_SIZE:-100}
seconds=${SECONDS_OF_LOAD:-60}
warmup=${WARMUP:-60}
every=${EVERY:-3}
share=${SHARE:-0.5}
tso_offset=${TSO_PORT_OFFSET:-1100}
dso_offset=${DSO_PORT_OFFSET:-1200}
tso_heap=${TSO_HEAP:--Xms1g -Xmx2g}
dso_heap=${DSO_HEAP:--Xms2g -Xmx3g}
areas=$(( (devices + area_size - 1) / area_size ))
tso_name=bench-tso
dso_name=bench-dso

work=bench/target/federation-latency
# shellcheck source=bench/bench-server.sh
source bench/bench-server.sh
bench_server_build
server_home=server-config/target/server
rm -rf "$work"

# Both base directories must exist before either server starts: each needs the other's public key and port.
MQTT_PORT_FROM=${TSO_MQTT_PORT_FROM:-19110} bench_server_prepare "$work/tso" "$tso_offset"
tso_api=$api tso_http=$http_port tso_mqtt=$mqtt_port tso_base=$base
MQTT_PORT_FROM=${DSO_MQTT_PORT_FROM:-19210} bench_server_prepare "$work/dso" "$dso_offset"
dso_api=$api dso_http=$http_port dso_mqtt=$mqtt_port dso_base=$base
if ((tso_mqtt == dso_mqtt)); then
    echo "both installations would take MQTT port $tso_mqtt: set TSO_MQTT_PORT_FROM and DSO_MQTT_PORT_FROM apart" >&2
    exit 1
fi

echo "linking $tso_name and $dso_name as federation peers (own keys, bridges, link accounts)"
java arquillian-tests/src/build-tools/FederationInstallations.java \
    server-config/src/main/cli/templates/federation-peer.cli "$work/links" standalone-gridflex.xml \
    "$tso_name:$tso_base:$tso_http" "$dso_name:$dso_base:$dso_http" >"$work/links.out" 2>&1
cli_jobs=()
for side in "$tso_name:$tso_base" "$dso_name:$dso_base"; do
    JBOSS_HOME="$root/$server_home" JAVA_OPTS="-Djboss.server.base.dir=$root/${side#*:}" \
        "$server_home/bin/jboss-cli.sh" --file="$work/links/configure-${side%%:*}.cli" >>"$work/links.out" 2>&1 &
    cli_jobs+=($!)
done
cli_failed=0
for job in "${cli_jobs[@]}"; do
    wait "$job" || cli_failed=1
done
if ((cli_failed)) || grep -q '"outcome" => "failed"' "$work/links.out"; then
    echo "configuring the federation failed; see $work/links.out" >&2
    exit 1
fi
# The offline CLI boots each configuration admin-only, which logs the datasource-backed realm as an ERROR; keep that
# apart so that the run's own log counts only the run's errors.
for side_base in "$tso_base" "$dso_base"; do
    mv "$side_base/log/server.log" "$side_base/log/offline-cli.log" 2>/dev/null || true
done

# Started together: each comes up while the other boots; the bridges retry until their peer answers.
use_server() { bench_work=$1 base=$1/server-base http_port=$2 mqtt_port=$3; }
use_server "$work/tso" "$tso_http" "$tso_mqtt"
bench_server_spawn "$tso_name" "$tso_heap" -Dgridflex.optimizer.cron=off
use_server "$work/dso" "$dso_http" "$dso_mqtt"
bench_server_spawn "$dso_name" "$dso_heap" -Dgridflex.optimizer.cron=off
bench_server_await "$work/tso" "$tso_api"
tso_pid=$server_pid
bench_server_await "$work/dso" "$dso_api"
dso_pid=$server_pid

federation() { curl -sf -u admin:admin-pw "$1/federation" || echo "(no answer)"; }
echo "TSO installation: $(federation "$tso_api")"
echo "DSO installation: $(federation "$dso_api")"
echo "load average before the devices: $(cut -d' ' -f1-3 /proc/loadavg)"

DEVICES=$devices SECONDS_OF_RUN=$((warmup + seconds + 120)) API="$dso_api" MQTT="127.0.0.1:$dso_mqtt" PREFIX=fed \
    RAMP=${RAMP:-500} OUT_DIR="$work/simulator" simulator/simulate.sh register=true reuse=true offers=true updates=0 \
    areaSize="$area_size" warmupSeconds="$warmup" >"$work/simulator.out" 2>&1 &
sim_pid=$!
bench_child_pids+=("$sim_pid")

# Messages waiting at each installation: in its outbox to the peer (not yet bridged) and in its FederationInbound
# (bridged, not yet verified and handled: activations at the DSO, baselines at the TSO); tells where a backlog builds.
queue_depths() {
    local base=$1 offset=$2 peer=$3 server=/subsystem=messaging-activemq/server=default
    local count=":read-attribute(name=message-count)"
    JBOSS_HOME="$root/$server_home" JAVA_OPTS="-Djboss.server.base.dir=$root/$base" "$server_home/bin/jboss-cli.sh" \
        --connect --controller=127.0.0.1:$((9990 + offset)) \
        --commands="$server/queue=gridflex.federation.to.$peer$count,$server/jms-queue=FederationInbound$count" \
        2>/dev/null | sed -n 's/.*"result" => \([0-9]*\)L*.*/\1/p' | paste -sd' ' \
        | awk '{print "outbox " $1 ", FederationInbound " $2}'
}

cp="bench/target/gridflex-bench.jar:bench/target/lib/*"
if [[ "${PROFILE:-0}" == 1 ]]; then
    (
        until grep -q "bundles over" "$work/driver.out" 2>/dev/null; do sleep 1; done
        sleep $((warmup + 15))
        jcmd "$tso_pid" JFR.start name=fed duration=30s settings=profile filename="$root/$work/tso-profile.jfr" >/dev/null
        jcmd "$dso_pid" JFR.start name=fed duration=30s settings=profile filename="$root/$work/dso-profile.jfr" >/dev/null
    ) &
    bench_child_pids+=($!)
fi
java -Xmx256m -cp "$cp" org.gridflex.bench.ActivationLoadBenchmark api="$tso_api" areas="$areas" offers="$devices" \
    seconds="$seconds" warmupSeconds="$warmup" everySeconds="$every" share="$share" checkAnswers=true 2>&1 | tee "$work/driver.out" \
    | while IFS= read -r line; do
        echo "$line"
        # sampled once, as the setpoints stop (the driver then waits 10 s before reading the answers back)
        if [[ "$line" == setpoints:* ]]; then
            echo "messages waiting as the setpoints stop: at the TSO installation" \
                "$(queue_depths "$tso_base" "$tso_offset" "$dso_name"); at the DSO installation" \
                "$(queue_depths "$dso_base" "$dso_offset" "$tso_name")"
        fi
    done
echo "load average after the load: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "server RSS: TSO $(awk '/VmRSS/ {print int($2 / 1024) " MB"}' /proc/"$tso_pid"/status)," \
    "DSO $(awk '/VmRSS/ {print int($2 / 1024) " MB"}' /proc/"$dso_pid"/status)"
echo "TSO installation: $(federation "$tso_api")"
echo "DSO installation: $(federation "$dso_api")"

# The simulator stops by itself SECONDS_OF_RUN after its ramp-up; no need to wait that long once the driver is done.
kill -TERM "$sim_pid" 2>/dev/null || true
wait "$sim_pid" || true
bench_child_pids=()
tail -25 "$work/simulator.out"
for side in tso dso; do
    log="$work/$side/server-base/log/server.log"
    echo "$side server.log ERROR lines: $(grep -c "ERROR" "$log" || true) (log in $log)"
done
echo "reproduce: DEVICES=$devices AREA_SIZE=$area_size SECONDS_OF_LOAD=$seconds WARMUP=$warmup EVERY=$every SHARE=$share" \
    "RAMP=${RAMP:-500} bench/federation-latency.sh"
