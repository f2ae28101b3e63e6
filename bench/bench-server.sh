#!/usr/bin/env bash
# Sourced by the bench scripts: builds if needed, starts GridFlex servers in the background on fresh base
# directories (empty databases and journal, a free MQTT port, a port offset so that a ./run.sh server on 8080 is not
# disturbed, its own JGroups multicast address) and stops them when the script exits, also on failure or Ctrl-C.
#
#   bench_server_start WORK_DIR PORT_OFFSET NODE_NAME HEAP [-Dextra=... ...]
#       one server: prepare + spawn + await (below);
# or, for several servers whose base directories need work before they start (bench/federation-latency.sh):
#   bench_server_prepare WORK_DIR PORT_OFFSET   fresh base directory, ports checked; nothing started yet
#   bench_server_spawn NODE_NAME HEAP [-D...]   starts the server last prepared, in the background
#   bench_server_await [WORK_DIR API]           waits until the server last spawned (or the one of WORK_DIR, REST
#                                               API at API) answers on its REST API
# Each sets: root, bench_work, base (the server base directory), http_port, mqtt_port, api; await sets server_pid.
# The MQTT port is the first free one from MQTT_PORT_FROM (18830), so two servers prepared together need different
# MQTT_PORT_FROM values.

bench_server_build() {
    # package (not install): the reactor resolves the modules from each other's target/, ~/.m2 stays untouched
    if [[ "${REBUILD:-0}" == 1 || ! -f ear/target/gridflex.ear || ! -f bench/target/gridflex-bench.jar \
          || ! -d bench/target/lib || ! -d server-config/target/server/modules \
          || ! -f simulator/target/gridflex-simulator.jar ]]; then
        echo "building: mvn -B -q package -DskipTests"
        mvn -B -q package -DskipTests
    fi
}

# Every server this script started, so that the exit trap stops all of them (not only the last).
bench_server_pidfiles=()
bench_wrapper_pids=()
bench_child_pids=()

bench_server_stop() {
    local status=$?
    trap - EXIT INT TERM
    for p in "${bench_child_pids[@]}"; do
        kill "$p" 2>/dev/null || true
    done
    local pids=() pid
    for f in "${bench_server_pidfiles[@]}"; do
        [[ -f "$f" ]] && pid=$(cat "$f") || continue
        if kill -0 "$pid" 2>/dev/null; then
            echo "stopping the server (pid $pid)"
            kill "$pid" 2>/dev/null || true
            pids+=("$pid")
        fi
    done
    # all were asked at once; give them 30 s together before forcing
    for _ in $(seq 1 30); do
        local alive=0
        for pid in "${pids[@]}"; do kill -0 "$pid" 2>/dev/null && alive=1; done
        ((alive)) || break
        sleep 1
    done
    for pid in "${pids[@]}"; do kill -9 "$pid" 2>/dev/null || true; done
    for p in "${bench_wrapper_pids[@]}"; do
        kill "$p" 2>/dev/null || true
    done
    exit "$status"
}

bench_server_prepare() {
    bench_work=$1
    local offset=$2
    root=$(pwd)
    server_pid=
    local server=server-config/target/server
    base=$bench_work/server-base
    http_port=$((8080 + offset))
    api=http://127.0.0.1:$http_port/gridflex/api

    mqtt_port=${MQTT_PORT_FROM:-18830}
    while (exec 3<>/dev/tcp/127.0.0.1/$mqtt_port) 2>/dev/null; do
        mqtt_port=$((mqtt_port + 1))
    done
    if (exec 3<>/dev/tcp/127.0.0.1/$http_port) 2>/dev/null; then
        echo "port $http_port is taken; set PORT_OFFSET to another value" >&2
        exit 1
    fi

    rm -rf "$bench_work"
    mkdir -p "$base/deployments" "$base/log"
    cp -r $server/standalone/configuration "$base/configuration"
    rm -rf "$base/configuration/standalone_xml_history"
    cp ear/target/gridflex.ear "$base/deployments/gridflex.ear"
    ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
    if [[ "${QUEUES:-0}" == 1 ]]; then
        bench_management_password="bench-$RANDOM-$RANDOM"
        $server/bin/add-user.sh -sc "$root/$base/configuration" -u bench -p "$bench_management_password" -s
    fi
    trap bench_server_stop EXIT INT TERM
}

bench_server_spawn() {
    local node=$1 heap=$2
    shift 2
    local server=server-config/target/server
    local offset=$((http_port - 8080))
    echo "starting GridFlex $node: HTTP $http_port, MQTT $mqtt_port, heap '$heap', base dir $base"
    local multicast="230.0.$((RANDOM % 250 + 1)).$((RANDOM % 250 + 1))"
    bench_server_pidfiles+=("$root/$bench_work/server.pid")
    JBOSS_JAVA_SIZING="$heap" LAUNCH_JBOSS_IN_BACKGROUND=1 JBOSS_PIDFILE="$root/$bench_work/server.pid" \
        "$server/bin/standalone.sh" -c standalone-gridflex.xml -b 127.0.0.1 \
        -Djboss.server.base.dir="$root/$base" \
        -Djboss.socket.binding.port-offset="$offset" \
        -Djboss.node.name="$node" \
        -Djboss.bind.address.private=127.0.0.1 \
        -Djboss.default.multicast.address="$multicast" \
        -Dgridflex.mqtt.port="$mqtt_port" \
        "$@" \
        >"$bench_work/server.out" 2>&1 &
    bench_wrapper_pid=$!
    bench_wrapper_pids+=("$bench_wrapper_pid")
    echo "$bench_wrapper_pid" >"$bench_work/wrapper.pid"
}

bench_server_await() {
    if (($# == 2)); then
        bench_work=$1 api=$2 base=$1/server-base
        bench_wrapper_pid=$(cat "$bench_work/wrapper.pid")
    fi
    local deadline=$((SECONDS + 300))
    until curl -sf "$api/node" >/dev/null 2>&1; do
        if ! kill -0 "$bench_wrapper_pid" 2>/dev/null; then
            echo "the server exited; see $bench_work/server.out" >&2
            exit 1
        fi
        if [[ -f "$base/deployments/gridflex.ear.failed" ]]; then
            echo "the deployment failed:" >&2
            cat "$base/deployments/gridflex.ear.failed" >&2
            exit 1
        fi
        if ((SECONDS > deadline)); then
            echo "the server did not answer on $api/node within 300 s; see $bench_work/server.out" >&2
            exit 1
        fi
        sleep 2
    done
    server_pid=$(cat "$bench_work/server.pid")
    echo "server up (pid $server_pid): $(curl -s "$api/node")"
}

bench_server_start() {
    local work=$1 offset=$2 node=$3 heap=$4
    shift 4
    bench_server_prepare "$work" "$offset"
    bench_server_spawn "$node" "$heap" "$@"
    bench_server_await
}

# With PROFILE=1: DELAY seconds from now, 20 s of JFR (settings=$JFR_SETTINGS: profile unless set; "default" samples
# less and records no allocations, yet with the dumps it still cut the offer-rate node to ~2,500/s) of the server last
# awaited into $bench_work/server.jfr and three thread dumps 5 s apart (threads-1..3.txt), in the background; PROFILE=dumps: only
# the thread dumps (a JFR recording at settings=profile was seen to tip a 10,000-device node over).
#   bench_profile_after DELAY RECORDING_NAME
bench_profile_after() {
    [[ "${PROFILE:-0}" == 1 || "${PROFILE:-0}" == dumps ]] || return 0
    local delay=$1 name=$2
    (
        sleep "$delay"
        if [[ "$PROFILE" == 1 ]]; then
            jcmd "$server_pid" JFR.start name="$name" duration=20s settings="${JFR_SETTINGS:-profile}" \
                filename="$root/$bench_work/server.jfr" >/dev/null 2>&1 || true
        fi
        for i in 1 2 3; do
            jcmd "$server_pid" Thread.print >"$root/$bench_work/threads-$i.txt" 2>/dev/null || true
            sleep 5
        done
    ) &
}

# With QUEUES=1: every 10 s, the device work queues of the server last awaited (messages waiting, scheduled
# (deferred), in delivery, added since it started) into $bench_work/queues.txt, read over the HTTP management API as
# a management user that bench_server_prepare added to that server's base directory (a jboss-cli per reading would
# cost the node a JVM start each time).
#   bench_queue_depths
bench_queue_depths() {
    [[ "${QUEUES:-0}" == 1 ]] || return 0
    local url=http://127.0.0.1:$((9990 + http_port - 8080))/management out="$root/$bench_work/queues.txt"
    (
        echo "time queue message-count scheduled-count delivering-count messages-added"
        while kill -0 "$server_pid" 2>/dev/null; do
            for q in DeviceBaselines DeviceOffers; do
                curl -s --digest -u "bench:$bench_management_password" -H 'Content-Type: application/json' "$url" \
                    -d '{"operation":"read-resource","include-runtime":true,"address":[{"subsystem":"messaging-activemq"},'\
'{"server":"default"},{"jms-queue":"'"$q"'"}]}' \
                    | python3 -c 'import json,sys,time; r=json.load(sys.stdin)["result"]; print(time.strftime("%T"), sys.argv[1],
    r["message-count"], r["scheduled-count"], r["delivering-count"], r["messages-added"])' "$q" || true
            done
            sleep 10
        done
    ) >"$out" 2>&1 &
    bench_child_pids+=($!)
}

# With THREADS=1: DELAY seconds from now, the server's CPU per thread name over 20 s (bench/thread-cpu.py, read from
# /proc, no agent) into $bench_work/thread-cpu.txt, in the background.
#   bench_thread_cpu_after DELAY
bench_thread_cpu_after() {
    [[ "${THREADS:-0}" == 1 ]] || return 0
    local delay=$1
    (
        sleep "$delay"
        bench/thread-cpu.py "$server_pid" 20 30 >"$root/$bench_work/thread-cpu.txt" 2>&1 || true
    ) &
    bench_child_pids+=($!)
}
