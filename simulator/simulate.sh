#!/usr/bin/env bash
# Runs DEVICES virtual devices against a GridFlex node (or any MQTT broker) in PROCS simulator JVMs, waits for them
# and prints one merged result. Several processes because the open-files limit here is 20,000 per process: each
# process keeps at most about 15,000 devices (one socket each, plus the JVM's own files).
#
#   simulator/simulate.sh                                   1,000 devices, 1 process, until Ctrl-C
#   DEVICES=40000 SECONDS_OF_RUN=120 simulator/simulate.sh   3 processes (13,334 devices each), 2 minutes after ramp-up
#   DEVICES=200 simulator/simulate.sh register=true reuse=true   extra arguments go to every process
#
# Environment (defaults): DEVICES=1000 PROCS=ceil(DEVICES/15000) SECONDS_OF_RUN=0 (until Ctrl-C) API=
#   http://127.0.0.1:8080/gridflex/api MQTT=127.0.0.1:1883 PREFIX=sim RAMP=500 (per process) HEAP=-Xmx1g
#   SOURCES= (comma-separated local addresses; for a loopback broker and more than 20,000 devices the default is
#   127.0.0.1..127.0.0.k, one per 20,000 devices, so the ~28,000 ephemeral ports of one address are not the limit)
#   OUT_DIR=simulator/target/simulate REBUILD=0 (1: always rebuild)
set -euo pipefail
cd "$(dirname "$0")/.."

devices=${DEVICES:-1000}
max_per_proc=15000
procs=${PROCS:-$(( (devices + max_per_proc - 1) / max_per_proc ))}
((procs >= 1)) || procs=1
seconds=${SECONDS_OF_RUN:-0}
api=${API:-http://127.0.0.1:8080/gridflex/api}
mqtt=${MQTT:-127.0.0.1:1883}
prefix=${PREFIX:-sim}
ramp=${RAMP:-500}
heap=${HEAP:--Xmx1g}
out_dir=${OUT_DIR:-simulator/target/simulate}
sources=${SOURCES:-}
if [[ -z "$sources" && "$mqtt" == 127.* ]] && ((devices > 20000)); then
    for ((k = 1; k <= (devices + 19999) / 20000; k++)); do
        sources+="${sources:+,}127.0.0.$k"
    done
fi
per_proc=$(( (devices + procs - 1) / procs ))
if ((per_proc > max_per_proc)); then
    echo "$per_proc devices per process is more than $max_per_proc: raise PROCS" >&2
    exit 2
fi

if [[ "${REBUILD:-0}" == 1 || ! -f simulator/target/gridflex-simulator.jar ]]; then
    mvn -B -q -pl simulator -am package -DskipTests
fi
cp="simulator/target/gridflex-simulator.jar:simulator/target/lib/*"
mkdir -p "$out_dir"
rm -f "$out_dir"/result-*.csv

pids=()
interrupted=0
# Background jobs of a script ignore Ctrl-C, so the script passes it on as SIGTERM: each JVM's shutdown hook then
# disconnects its devices and writes its figures, and the script still merges them.
forward_stop() {
    interrupted=1
    for p in "${pids[@]}"; do kill -TERM "$p" 2>/dev/null || true; done
}
trap forward_stop INT TERM

results=()
for ((i = 0; i < procs; i++)); do
    first=$((i * per_proc))
    count=$(( devices - first < per_proc ? devices - first : per_proc ))
    ((count > 0)) || break
    out="$out_dir/result-$i.csv"
    results+=("$out")
    # shellcheck disable=SC2086
    (exec java $heap -cp "$cp" org.gridflex.simulator.DeviceSimulator \
        api="$api" mqtt="$mqtt" devices="$count" first="$first" prefix="$prefix" rampPerSecond="$ramp" \
        seconds="$seconds" sources="$sources" out="$out" "$@") \
        > >(if ((procs > 1)); then sed -u "s/^/[sim $i] /"; else cat; fi) 2>&1 &
    pids+=($!)
done
failed=0
for p in "${pids[@]}"; do
    while kill -0 "$p" 2>/dev/null; do wait "$p" || true; done
    wait "$p" || { rc=$?; ((interrupted && rc == 143)) || failed=1; }
done
present=()
for r in "${results[@]}"; do [[ -f "$r" ]] && present+=("$r"); done
if ((${#results[@]} > 1 && ${#present[@]} > 0)); then
    echo
    echo "== all ${#present[@]} processes =="
    java -cp "$cp" org.gridflex.simulator.DeviceSimulator merge "${present[@]}" out="$out_dir/result-all.csv"
fi
((failed == 0)) || { echo "a simulator process failed" >&2; exit 1; }
