#!/usr/bin/env bash
# Sourced by the bench scripts: builds if needed, starts one GridFlex server in the background on a fresh base
# directory (empty databases and journal, a free MQTT port, a port offset so that a ./run.sh server on 8080 is not
# disturbed, its own JGroups multicast address) and stops it when the script exits, also on failure or Ctrl-C.
#
#   bench_server_start WORK_DIR PORT_OFFSET NODE_NAME HEAP [-Dextra=... ...]
# sets: root, server_pid, http_port, mqtt_port, api, base (the server base directory)

bench_server_build() {
    if [[ "${REBUILD:-0}" == 1 || ! -f ear/target/gridflex.ear || ! -f bench/target/gridflex-bench.jar \
          || ! -d bench/target/lib || ! -d server-config/target/server/modules ]]; then
        echo "building: mvn -B -q install -DskipTests"
        mvn -B -q install -DskipTests
    fi
}

bench_server_stop() {
    local status=$?
    trap - EXIT INT TERM
    for p in "${bench_child_pids[@]}"; do
        kill "$p" 2>/dev/null || true
    done
    if [[ -z "$server_pid" && -f "$bench_work/server.pid" ]]; then
        server_pid=$(cat "$bench_work/server.pid")
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
    if [[ -n "$bench_wrapper_pid" ]]; then
        kill "$bench_wrapper_pid" 2>/dev/null || true
    fi
    exit "$status"
}

bench_server_start() {
    bench_work=$1
    local offset=$2 node=$3 heap=$4
    shift 4
    root=$(pwd)
    server_pid=
    bench_wrapper_pid=
    bench_child_pids=()
    local server=server-config/target/server
    base=$bench_work/server-base
    http_port=$((8080 + offset))
    api=http://127.0.0.1:$http_port/gridflex/api

    mqtt_port=18830
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
    trap bench_server_stop EXIT INT TERM

    echo "starting GridFlex: HTTP $http_port, MQTT $mqtt_port, heap '$heap', base dir $base"
    local multicast="230.0.$((RANDOM % 250 + 1)).$((RANDOM % 250 + 1))"
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
