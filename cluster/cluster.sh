#!/usr/bin/env bash
# A cluster of Vierde Pijler on one machine: two (or more) WildFly nodes of the standalone-ha configuration on one
# PostgreSQL database, behind HAProxy (round robin, no stickiness). For the reliability tests (cluster/reliability.sh)
# and for trying a cluster by hand; docs/operations.md, "Running several nodes", explains what it sets up.
#
#   cluster/cluster.sh up              # fresh database (unless CLUSTER_KEEP_DB=1), the nodes + HAProxy; returns when all are ready
#   cluster/cluster.sh down            # stops everything it started (HAProxy too)
#   cluster/cluster.sh kill N          # kill -9 of node N (1 or 2)
#   cluster/cluster.sh start N         # starts node N again on its base dir; returns when ready
#   cluster/cluster.sh stop N          # graceful stop of node N
#   cluster/cluster.sh pg-restart [S]  # stops PostgreSQL, waits S seconds (default 10), starts it again
#   cluster/cluster.sh status          # nodes' pids and readiness
#
# Environment: CLUSTER_NAME (state in target/cluster/$CLUSTER_NAME, default rel), CLUSTER_DB (default vierdepijler_rel),
# CLUSTER_OFFSETS (port offsets of the nodes, default "100 200"), CLUSTER_LB_PORT (HAProxy, default 8090),
# CLUSTER_KEEP_DB=1 (up keeps the database), CLUSTER_START_TIMEOUT (seconds a node may take to be ready, default 600),
# VP_ADMIN_PASSWORD (default reliability-admin-1); VP_EXAMPLE_DATA and VP_SMTP_* are passed to the nodes when set.
# Uses the server and EAR that the last ./mvnw package built in ear/target (H2 or PostgreSQL build alike: the nodes
# always get the PostgreSQL datasource).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
CLUSTER_NAME=${CLUSTER_NAME:-rel}
CLUSTER_DB=${CLUSTER_DB:-vierdepijler_rel}
CLUSTER_OFFSETS=${CLUSTER_OFFSETS:-"100 200"}
CLUSTER_LB_PORT=${CLUSTER_LB_PORT:-8090}
CLUSTER_START_TIMEOUT=${CLUSTER_START_TIMEOUT:-600}
VP_ADMIN_PASSWORD=${VP_ADMIN_PASSWORD:-reliability-admin-1}
PG_HOST=127.0.0.1
PG_PORT=5432
DB_USER=vierdepijler
DB_PASSWORD=vierdepijler
STATE=$ROOT/target/cluster/$CLUSTER_NAME
read -r -a OFFSETS <<<"$CLUSTER_OFFSETS"

log() { printf '[cluster %s] %s\n' "$CLUSTER_NAME" "$*" >&2; }
die() { log "$*"; exit 1; }

wildfly_home() {
  local wf
  wf=$(ls -d "$ROOT"/ear/target/wildfly-*/ 2>/dev/null | head -1 || true)
  wf=${wf%/}
  [ -n "$wf" ] && [ -f "$wf/standalone/configuration/standalone-ha.xml" ] && [ -f "$ROOT/ear/target/vierdepijler.ear" ] \
    || die "no built server in ear/target (wildfly-*/ and vierdepijler.ear): run ./mvnw -B package -DskipTests first"
  grep -q 'org.jgroups.protocols.TCPPING' "$wf/standalone/configuration/standalone-ha.xml" \
    || die "ear/target/$(basename "$wf") has no cluster configuration (cluster.cli): rebuild with ./mvnw -B package -DskipTests"
  echo "$wf"
}

node_count() { echo "${#OFFSETS[@]}"; }
check_node() {
  [[ "${1:-}" =~ ^[0-9]+$ ]] && [ "$1" -ge 1 ] && [ "$1" -le "$(node_count)" ] \
    || die "no node '${1:-}': nodes are 1..$(node_count)"
}
offset() { echo "${OFFSETS[$(($1 - 1))]}"; }
http_port() { echo $((8080 + $(offset "$1"))); }
mgmt_port() { echo $((9990 + $(offset "$1"))); }
jgroups_port() { echo $((7600 + $(offset "$1"))); }
base_dir() { echo "$STATE/node$1"; }
pid_file() { echo "$STATE/node$1.pid"; }
node_pid() { local f; f=$(pid_file "$1"); [ -s "$f" ] && cat "$f" || true; }
alive() { local p; p=$(node_pid "$1"); [ -n "$p" ] && kill -0 "$p" 2>/dev/null; }
# Ready: the overall status (the first) is UP; each check has a status of its own.
health() { curl -s -m 3 "http://127.0.0.1:$(mgmt_port "$1")/health/ready" 2>/dev/null || true; }
ready() { health "$1" | grep -q '^{"status":"UP"'; }
members() {
  local i list=""
  for i in $(seq 1 "$(node_count)"); do list="$list${list:+,}127.0.0.1[$(jgroups_port "$i")]"; done
  echo "$list"
}

fresh_database() {
  if [ "${CLUSTER_KEEP_DB:-0}" = 1 ]; then
    log "keeping database $CLUSTER_DB (CLUSTER_KEEP_DB=1)"
    psql -h $PG_HOST -p $PG_PORT -U postgres -tAc "select 1 from pg_database where datname = '$CLUSTER_DB'" | grep -q 1 \
      && return
  fi
  log "fresh database $CLUSTER_DB on $PG_HOST:$PG_PORT"
  psql -h $PG_HOST -p $PG_PORT -U postgres -v ON_ERROR_STOP=1 -q <<SQL
DROP DATABASE IF EXISTS ${CLUSTER_DB} WITH (FORCE);
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${DB_USER}') THEN
    CREATE ROLE ${DB_USER} LOGIN PASSWORD '${DB_PASSWORD}';
  END IF;
END \$\$;
CREATE DATABASE ${CLUSTER_DB} OWNER ${DB_USER};
SQL
}

# The nodes' configuration: a copy of the configured standalone directory's, with the PostgreSQL datasource applied
# when the build was an H2 build (the datasource script of the PostgreSQL build, run once on this copy).
prepare_configuration() {
  local wf=$1 conf=$STATE/configuration
  rm -rf "$conf" "$STATE/cli-base" && mkdir -p "$STATE/cli-base"
  cp -r "$wf/standalone/configuration" "$conf"
  if ! grep -q '<driver>postgresql</driver>' "$conf/standalone-ha.xml"; then
    log "H2 build: applying the PostgreSQL datasource to the nodes' configuration"
    mv "$conf" "$STATE/cli-base/configuration"
    JAVA_OPTS="-Djboss.server.base.dir=$STATE/cli-base" "$wf/bin/jboss-cli.sh" \
      --file="$ROOT/ear/target/cli/standalone-ha/datasource-postgresql.cli" >"$STATE/datasource-cli.log" 2>&1 \
      || die "could not configure the PostgreSQL datasource (see $STATE/datasource-cli.log)"
    mv "$STATE/cli-base/configuration" "$conf"
    grep -q '<driver>postgresql</driver>' "$conf/standalone-ha.xml" \
      || die "the PostgreSQL datasource did not reach $conf (see $STATE/datasource-cli.log)"
  fi
  rm -rf "$STATE/cli-base"
}

# A node's base directory: the nodes' configuration, the EAR in deployments.
prepare_node() {
  local n=$1 base
  base=$(base_dir "$n")
  rm -rf "$base" && mkdir -p "$base/deployments" "$base/log"
  cp -r "$STATE/configuration" "$base/"
  cp "$ROOT/ear/target/vierdepijler.ear" "$base/deployments/"
}

launch_node() {
  local n=$1 wf=$2 base
  base=$(base_dir "$n")
  alive "$n" && die "node $n already runs (pid $(node_pid "$n"))"
  if curl -s -o /dev/null -m 2 "http://127.0.0.1:$(mgmt_port "$n")/health/ready" \
      || curl -s -o /dev/null -m 2 "http://127.0.0.1:$(http_port "$n")/"; then
    die "something else already listens at port offset $(offset "$n") ($(http_port "$n")/$(mgmt_port "$n"))"
  fi
  rm -f "$(pid_file "$n")"
  (
    unset JAVA_OPTS VP_DATA_DIR VP_HTTP_PORT
    export VP_DB_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$CLUSTER_DB" VP_DB_USER=$DB_USER VP_DB_PASSWORD=$DB_PASSWORD \
      VP_ADMIN_PASSWORD VP_CLUSTER_MEMBERS="$(members)" VP_CLUSTER_NAME="vierdepijler-$CLUSTER_NAME" \
      VP_PUBLIC_URL="${VP_PUBLIC_URL:-http://127.0.0.1:$CLUSTER_LB_PORT}" VP_TRUSTED_PROXIES=127.0.0.1 \
      JBOSS_JAVA_SIZING="-Xms256m -Xmx768m -XX:MetaspaceSize=96M -XX:MaxMetaspaceSize=384m" \
      LAUNCH_JBOSS_IN_BACKGROUND=1 JBOSS_PIDFILE="$(pid_file "$n")"
    exec setsid "$wf/bin/standalone.sh" -c standalone-ha.xml -Djboss.server.base.dir="$base" \
      -Djboss.socket.binding.port-offset="$(offset "$n")" -Djboss.node.name="node$n" \
      -b 127.0.0.1 -bmanagement 127.0.0.1 -bprivate 127.0.0.1
  ) >"$base/log/console.log" 2>&1 </dev/null &
  echo $! >"$STATE/node$n.launcher.pid"
  log "node $n starting: http://127.0.0.1:$(http_port "$n"), management $(mgmt_port "$n"), jgroups $(jgroups_port "$n"), log $base/log"
}

await_ready() {
  local n=$1 deadline=$(($(date +%s) + CLUSTER_START_TIMEOUT)) launcher
  launcher=$(cat "$STATE/node$n.launcher.pid" 2>/dev/null || true)
  while ! ready "$n"; do
    if ! alive "$n" && { [ -z "$launcher" ] || ! kill -0 "$launcher" 2>/dev/null; }; then
      tail -20 "$(base_dir "$n")/log/console.log" >&2 || true
      die "node $n stopped while starting (log: $(base_dir "$n")/log)"
    fi
    if health "$n" | grep -q '"vierdepijler.ear":"FAILED"'; then
      grep -h 'WFLYCTL0186\|WFLYCTL0080\|Caused by' "$(base_dir "$n")/log/server.log" | tail -5 >&2 || true
      die "node $n: the deployment failed (log: $(base_dir "$n")/log/server.log)"
    fi
    [ "$(date +%s)" -lt "$deadline" ] || die "node $n not ready after ${CLUSTER_START_TIMEOUT}s (log: $(base_dir "$n")/log)"
    sleep 1
  done
  log "node $n ready (pid $(node_pid "$n"))"
}

# One backend over every node: its name, the health path that admits a node, and optionally the cookie (HAProxy's
# "cookie" arguments) that keeps a client on one node.
haproxy_backend() {
  local name=$1 check=$2 cookie=${3:-} i
  echo "backend $name"
  echo "    balance roundrobin"
  [ -z "$cookie" ] || echo "    cookie $cookie"
  echo "    option httpchk GET $check"
  echo "    http-check expect status 200"
  echo "    http-response set-header X-Served-By %s"
  echo "    default-server inter 1s fastinter 500ms downinter 1s fall 2 rise 2 observe layer4 error-limit 1 on-error mark-down"
  for i in $(seq 1 "$(node_count)"); do
    echo "    server node$i 127.0.0.1:$(http_port "$i") check port $(mgmt_port "$i")${cookie:+ cookie node$i}"
  done
}

haproxy_config() {
  local i cfg=$STATE/haproxy.cfg
  # HAProxy's own answers (a request it refuses, no node alive, a node too slow) as problem bodies, like the
  # application's. (A request its HTTP parser cannot read at all still gets HAProxy's built-in page.)
  local code title kind detail retry
  for code in 400 408 502 503 504; do
    detail="Probeer het binnen enkele seconden opnieuw."; retry='Retry-After: 5\r\n'
    case $code in
      400) title="Ongeldige aanvraag"; kind=bad-request; retry=""
           detail="De aanvraag is geen geldig HTTP (bijvoorbeeld tekens die in een adres niet mogen)." ;;
      408) title="De aanvraag kwam niet op tijd aan"; kind=request-timeout; retry="" ;;
      502) title="Ongeldig antwoord van de server"; kind=bad-gateway ;;
      503) title="Dienst tijdelijk onbeschikbaar"; kind=service-unavailable ;;
      504) title="De server antwoordde niet op tijd"; kind=gateway-timeout ;;
    esac
    local body="{\"type\":\"urn:vierdepijler:problem:$kind\",\"title\":\"$title\",\"status\":$code,\"detail\":\"$detail\",\"violations\":[]}"
    printf "HTTP/1.1 %s %s\\r\\nContent-Type: application/problem+json\\r\\nCache-Control: no-store\\r\\n${retry}Connection: close\\r\\nContent-Length: %s\\r\\n\\r\\n%s" \
      "$code" "$kind" "$(printf '%s' "$body" | wc -c)" "$body" >"$STATE/$code.http"
  done
  {
    cat <<EOF
# Generated by cluster/cluster.sh for cluster "$CLUSTER_NAME"; docs/operations.md explains every line.
global
    maxconn 4000
    log stdout format raw local0 info

defaults
    mode http
    log global
    option httplog
    option dontlognull
    timeout connect 2s
    timeout client 65s
    timeout server 60s
    timeout http-request 10s
    timeout http-keep-alive 10s
    timeout queue 5s
    timeout check 3s
    # A request is sent again (to another node) only when no connection could be made: a request that reached a node
    # is never repeated, so a write cannot be applied twice.
    retries 2
    retry-on conn-failure
    option redispatch 1
    # The client's address for the nodes' limit on public requests per address (they believe it from 127.0.0.1 only,
    # VP_TRUSTED_PROXIES).
    option forwardfor
    errorfile 400 $STATE/400.http
    errorfile 408 $STATE/408.http
    errorfile 502 $STATE/502.http
    errorfile 503 $STATE/503.http
    errorfile 504 $STATE/504.http

frontend www
    bind 127.0.0.1:$CLUSTER_LB_PORT
    # A request line with raw non-ASCII bytes goes on to a node, which refuses it as a problem naming the path, as it
    # does when called directly; HAProxy's own refusal is an HTML page (its parser's errors ignore the errorfiles).
    option accept-invalid-http-request
    # Normally the nodes that are ready (their database reachable); when none is, the nodes that are alive answer for
    # themselves (503 database-unavailable from the application, the UI's static files still served).
    use_backend nodes_live if { nbsrv(nodes_ready) eq 0 }
    # The OpenID Connect hand-shake (/oidc/*, docs/adr/0021) keeps its few seconds of state in the node's own session:
    # those requests stay on one node, by a cookie that only /oidc sees.
    use_backend nodes_oidc if { path_beg /oidc/ }
    default_backend nodes_ready

# Round robin, no stickiness: every request may land on any node (sessions are in Infinispan).
EOF
    haproxy_backend nodes_ready /health/ready
    echo
    haproxy_backend nodes_oidc /health/ready \
      'VPOIDCNODE insert indirect nocache httponly maxlife 10m attr "Path=/oidc" attr "SameSite=Lax"'
    echo
    haproxy_backend nodes_live /health/live
  } >"$cfg"
  echo "$cfg"
}

haproxy_pid() { [ -s "$STATE/haproxy.pid" ] && cat "$STATE/haproxy.pid" || true; }

start_haproxy() {
  local cfg pid
  command -v haproxy >/dev/null || [ -x /usr/sbin/haproxy ] || die "HAProxy is not installed (apt-get install haproxy)"
  local bin; bin=$(command -v haproxy || echo /usr/sbin/haproxy)
  cfg=$(haproxy_config)
  "$bin" -c -q -f "$cfg" || die "HAProxy refuses $cfg"
  pid=$(haproxy_pid)
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then kill "$pid" 2>/dev/null || true; sleep 0.5; fi
  setsid "$bin" -db -f "$cfg" >"$STATE/haproxy.log" 2>&1 </dev/null &
  echo $! >"$STATE/haproxy.pid"
  for _ in $(seq 1 50); do
    curl -s -o /dev/null -m 2 "http://127.0.0.1:$CLUSTER_LB_PORT/" && break
    sleep 0.2
  done
  kill -0 "$(haproxy_pid)" 2>/dev/null || die "HAProxy did not start (see $STATE/haproxy.log)"
  log "HAProxy on http://127.0.0.1:$CLUSTER_LB_PORT (pid $(haproxy_pid), config $cfg, log $STATE/haproxy.log)"
}

stop_node() { # graceful: SIGTERM makes WildFly shut down in order; kill -9 after 60 s
  local n=$1 pid
  pid=$(node_pid "$n")
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 120); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    if kill -0 "$pid" 2>/dev/null; then log "node $n did not stop in 60 s: kill -9"; kill -KILL "$pid" 2>/dev/null || true; fi
    log "node $n stopped (pid $pid)"
  fi
  rm -f "$(pid_file "$n")"
}

kill_node() {
  local n=$1 pid
  pid=$(node_pid "$n")
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || die "node $n does not run"
  kill -KILL "$pid"
  for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  rm -f "$(pid_file "$n")"
  log "node $n killed (kill -9 of pid $pid)"
}

status() {
  local i state
  for i in $(seq 1 "$(node_count)"); do
    if alive "$i"; then
      if ready "$i"; then state=ready; else state="not ready"; fi
      echo "node$i pid=$(node_pid "$i") $state http=http://127.0.0.1:$(http_port "$i") management=$(mgmt_port "$i") base=$(base_dir "$i")"
    else
      echo "node$i down http=http://127.0.0.1:$(http_port "$i") management=$(mgmt_port "$i") base=$(base_dir "$i")"
    fi
  done
  local hp; hp=$(haproxy_pid)
  if [ -n "$hp" ] && kill -0 "$hp" 2>/dev/null; then
    echo "haproxy pid=$hp http://127.0.0.1:$CLUSTER_LB_PORT config=$STATE/haproxy.cfg"
  else
    echo "haproxy down"
  fi
  echo "database jdbc:postgresql://$PG_HOST:$PG_PORT/$CLUSTER_DB"
}

pg_restart() {
  local seconds=${1:-10} version
  version=$(ls /etc/postgresql 2>/dev/null | sort -V | tail -1)
  [ -n "$version" ] || die "no PostgreSQL cluster under /etc/postgresql"
  log "PostgreSQL $version/main: stop, ${seconds}s down, start"
  pg_ctlcluster --skip-systemctl-redirect "$version" main stop
  log "PostgreSQL stopped at $(date -u +%H:%M:%S.%N | cut -c1-12)"
  sleep "$seconds"
  pg_ctlcluster --skip-systemctl-redirect "$version" main start
  for _ in $(seq 1 60); do pg_isready -h $PG_HOST -p $PG_PORT -q && break; sleep 0.5; done
  log "PostgreSQL started at $(date -u +%H:%M:%S.%N | cut -c1-12)"
}

command=${1:-}
case "$command" in
  up)
    wf=$(wildfly_home)
    mkdir -p "$STATE"
    for i in $(seq 1 "$(node_count)"); do alive "$i" && die "node $i already runs: cluster/cluster.sh down first"; done
    fresh_database
    prepare_configuration "$wf"
    for i in $(seq 1 "$(node_count)"); do prepare_node "$i"; done
    # All nodes at once on the (empty) database: Flyway's lock lets one migrate while the others wait.
    for i in $(seq 1 "$(node_count)"); do launch_node "$i" "$wf"; done
    for i in $(seq 1 "$(node_count)"); do await_ready "$i"; done
    start_haproxy
    log "cluster up: balancer http://127.0.0.1:$CLUSTER_LB_PORT, database $CLUSTER_DB, state $STATE"
    status
    ;;
  down)
    hp=$(haproxy_pid)
    if [ -n "$hp" ] && kill -0 "$hp" 2>/dev/null; then kill "$hp" 2>/dev/null || true; log "HAProxy stopped (pid $hp)"; fi
    rm -f "$STATE/haproxy.pid"
    for i in $(seq 1 "$(node_count)"); do stop_node "$i" & done
    wait
    ;;
  kill)
    check_node "${2:-}"; kill_node "$2" ;;
  start)
    check_node "${2:-}"
    wf=$(wildfly_home)
    [ -d "$(base_dir "$2")/configuration" ] || die "node $2 has no base dir: cluster/cluster.sh up first"
    launch_node "$2" "$wf"
    await_ready "$2"
    ;;
  stop)
    check_node "${2:-}"; stop_node "$2" ;;
  pg-restart)
    pg_restart "${2:-10}" ;;
  status)
    status ;;
  *)
    sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//' >&2
    exit 2 ;;
esac
