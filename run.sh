#!/usr/bin/env bash
# Builds GridFlex, sets up its WildFly (server-config/target/server) and runs it in the foreground with the
# embedded defaults: H2 per TSO, embedded Artemis with the MQTT acceptor, local Infinispan. Ctrl-C stops it.
#
#   ./run.sh                 embedded defaults
#   ./run.sh -Ppostgres      datasources on PostgreSQL (see README)
#   GRIDFLEX_MQTT_PORT=1884 ./run.sh     when port 1883 is taken (e.g. by a local Mosquitto)
set -euo pipefail
cd "$(dirname "$0")"

mqtt_port="${GRIDFLEX_MQTT_PORT:-1883}"
bind="${GRIDFLEX_BIND:-127.0.0.1}"
server=server-config/target/server

mvn -B -q install -DskipTests "$@"
cp ear/target/gridflex.ear "$server/standalone/deployments/gridflex.ear"

cat <<BANNER

GridFlex is starting:
  REST API    http://$bind:8080/gridflex/api        (e.g. GET /api/node; operators use HTTP Basic)
  WebSocket   ws://$bind:8080/gridflex/ws/tenants/{TSO}/offers
  Portal      http://$bind:8080/gridflex/portal/offers.xhtml
  MQTT        tcp://$bind:$mqtt_port                 (devices: gridflex/devices/{deviceId}/offers)
  Management  http://$bind:9990
Ctrl-C stops the server.

BANNER
exec "$server/bin/standalone.sh" -c standalone-gridflex.xml -b "$bind" -Dgridflex.mqtt.port="$mqtt_port"
