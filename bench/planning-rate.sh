#!/usr/bin/env bash
# Sustained rate of planning messages ingested across the TSOs into one GridFlex node (target: at least 2,000 per
# second; the seed runs at 1.5). JMS producers publish AssetCapacityForecast_v1 schedules without TenantId (the TSO
# comes from the TenantAsset lookup) for assets of every TSO; the rate is what the node stored in the TSOs' databases.
#
#   bench/planning-rate.sh                       every TSO of the build, 20 assets each, 120 s (60 s warm-up)
#   SECONDS_OF_LOAD=180 PRODUCERS=8 POINTS=96 bench/planning-rate.sh
#
# Environment (defaults): ASSETS=20 (per TSO) SECONDS_OF_LOAD=120 WARMUP=60 PRODUCERS=4 POINTS=4 (quarter-hours per
#   message) BACKLOG=20000 (producers pause above it) PORT_OFFSET=600 (HTTP 8680) SERVER_HEAP="-Xms1g -Xmx2g"
#   REBUILD=0 (1: always mvn install)
set -euo pipefail
cd "$(dirname "$0")/.."

assets=${ASSETS:-20}
seconds=${SECONDS_OF_LOAD:-120}
warmup=${WARMUP:-60}
producers=${PRODUCERS:-4}
points=${POINTS:-4}
backlog=${BACKLOG:-20000}
offset=${PORT_OFFSET:-600}
server_heap=${SERVER_HEAP:--Xms1g -Xmx2g}

work=bench/target/planning-rate
# shellcheck source=bench/bench-server.sh
source bench/bench-server.sh
bench_server_build
bench_server_start "$work" "$offset" planning-rate-bench "$server_heap" "-Dgridflex.optimizer.cron=off"

cp="bench/target/gridflex-bench.jar:bench/target/lib/*"
java -Xmx512m -cp "$cp" org.gridflex.bench.PlanningRateBenchmark api="$api" port="$http_port" assets="$assets" \
    seconds="$seconds" warmup="$warmup" producers="$producers" points="$points" backlog="$backlog" \
    serverPid="$server_pid" &
bench_child_pids+=($!)
wait "${bench_child_pids[0]}"
bench_child_pids=()
echo "server.log ERROR lines: $(grep -c "ERROR" "$base/log/server.log" || true) (log in $base/log/server.log)"
echo "reproduce: ASSETS=$assets SECONDS_OF_LOAD=$seconds WARMUP=$warmup PRODUCERS=$producers POINTS=$points" \
    "bench/planning-rate.sh"
