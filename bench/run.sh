#!/usr/bin/env bash
# One benchmark command (issue 15): starts the application on a PostgreSQL database, measures every figure of
# docs/benchmarks.md beside its limit taken in the same run, prints one markdown table and writes it to
# bench/results/<date>-<commit>.md. Loopback only; about 12-15 minutes on the full volume with every section.
#
#   bench/run.sh [database]            (default vp_bench, filled by bench/generate.sh)
#
# Needs: the application built for PostgreSQL (VP_DB_URL=jdbc:postgresql://... ./mvnw -B -q package -DskipTests
# configures ear/target/wildfly-*), curl, wrk, psql, pgbench, python3, jcmd (the JDK's). psql/pgbench reach the
# database as BENCH_PG_SUPERUSER (postgres: settings, the statement log) and as VP_DB_USER (the replays).
#
# Sections (BENCH_ONLY=reports,lists for a quick run; BENCH_SKIP=import to leave one out):
#   reports      each report and the dashboard, median and p90 of BENCH_RUNS runs after BENCH_WARMUP, vs the same SQL
#   lists        the paged lists: first page, page 500, a search; single requests vs the same SQL
#   load         the lists under BENCH_CONNECTIONS wrk connections for BENCH_DURATION s, vs GET /api/v1/session
#                (same security, reads only the account) and vs the same SQL under pgbench with as many clients
#   writes       POST /trajectories/{id}/hours from wrk over many trajectories vs pgbench of the same statements
#   import       100,000 organisations through /api/v1/imports vs COPY of the same rows
#   heap         the heap after a full GC under load and at the end
# Before anything is timed, a warm-up of BENCH_WARM_SECONDS (5) per list from 8 wrk connections (0: none).
# Start-up time and the machine are always measured. "Same SQL": the statements one request sends are taken from
# the PostgreSQL log (log_min_duration_statement = 0 on this database for the moment of one request each, the pool
# flushed so that its connections take the setting), and replayed by pgbench with the bind values as literals.
#
# Settings (environment): BENCH_ADMIN_USER/BENCH_ADMIN_PASSWORD (admin / bench-password-1; a fresh database gets
# that administrator at the first start), BENCH_USER/BENCH_PASSWORD (the coordinator of BENCH_NETWORK, default
# limburg: coordinator-limburg / bench-password-1), BENCH_NETWORK, BENCH_CREATE_USER=1 (the administrator creates
# that coordinator when it cannot sign in: for small databases), BENCH_PORT_OFFSET (400), BENCH_RUNS (10),
# BENCH_WARMUP (3), BENCH_DURATION (20), BENCH_CONNECTIONS (32), BENCH_PGBENCH_SECONDS (10: the concurrent replays of
# reads), BENCH_WRK_ALL=1 (every list variant under load, not only the first pages and the goals' ones),
# BENCH_IMPORT_ROWS (100000), BENCH_IMPORT_DRY_RUN (true: the import checks and applies every row and rolls back, so
# the database stays as it was; false imports for real and the organisations stay), BENCH_KEEP_WRITES=1 (keep the hour
# entries of the write test; by default they are deleted with their audit rows afterwards, so repeated runs measure
# the same database), BENCH_SQL=0 (no capture and replay), BENCH_REUSE_SERVER=1 (use a server already running at the
# port offset: no start-up figure; BENCH_SERVER_PID for the heap), BENCH_PG_LOG (the PostgreSQL log file),
# BENCH_SURNAME / BENCH_BUDDY_Q / BENCH_ORG_Q / BENCH_OFFER_Q (the searches; found in the data by default).
set -uo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
LIB="python3 $ROOT/bench/run/lib.py"
DB=${1:-vp_bench}
PGHOST=${BENCH_PGHOST:-127.0.0.1}
PGPORT=${BENCH_PGPORT:-5432}
PG_SU=${BENCH_PG_SUPERUSER:-postgres}
export VP_DB_USER=${VP_DB_USER:-vierdepijler}
export VP_DB_PASSWORD=${VP_DB_PASSWORD:-vierdepijler}
ADMIN_USER=${BENCH_ADMIN_USER:-admin}
ADMIN_PASSWORD=${BENCH_ADMIN_PASSWORD:-bench-password-1}
NETWORK=${BENCH_NETWORK:-limburg}
USER_NAME=${BENCH_USER:-coordinator.$NETWORK}
COUNSELLOR=${BENCH_COUNSELLOR:-counsellor.$NETWORK.01}
USER_PASSWORD=${BENCH_PASSWORD:-bench-password-1}
OFFSET=${BENCH_PORT_OFFSET:-400}
HTTP_PORT=$((8080 + OFFSET))
MGMT_PORT=$((9990 + OFFSET))
RUNS=${BENCH_RUNS:-10}
WARMUP=${BENCH_WARMUP:-3}
DURATION=${BENCH_DURATION:-20}
CONNS=${BENCH_CONNECTIONS:-32}
THREADS=${BENCH_THREADS:-2}
PGB_SECONDS=${BENCH_PGBENCH_SECONDS:-10}
IMPORT_ROWS=${BENCH_IMPORT_ROWS:-100000}
IMPORT_DRY_RUN=${BENCH_IMPORT_DRY_RUN:-true}
WANT_SQL=${BENCH_SQL:-1}
API=http://127.0.0.1:$HTTP_PORT/api/v1
READY=http://127.0.0.1:$MGMT_PORT/health/ready

STAMP=$(date -u +%Y-%m-%d-%H%M)
COMMIT=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)
DIRTY=$(git -C "$ROOT" status --porcelain --untracked-files=no 2>/dev/null | grep -q . && echo "+changes" || true)
RESULTS=$ROOT/bench/results
OUT=$RESULTS/$STAMP-$COMMIT.md
WORK=$(mktemp -d /tmp/vp-bench-run.XXXXXX)
ROWS=$WORK/rows.tsv
MARK="bench-run-$STAMP-$$"
: > "$ROWS"
mkdir -p "$RESULTS"

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
# row SECTION WHAT MEASURED BESIDE GOAL MET
row() { # kept per section; the table puts the sections in a fixed order
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$4" "$5" "$6" >> "$WORK/rows-${1// /-}.tsv"
  log "$2: $3 | $4 | $5 | $6"
}
want() { # a section runs unless BENCH_ONLY leaves it out or BENCH_SKIP names it
  local s=$1
  if [ -n "${BENCH_ONLY:-}" ] && [[ ",$BENCH_ONLY," != *",$s,"* ]]; then return 1; fi
  if [[ ",${BENCH_SKIP:-}," == *",$s,"* ]]; then return 1; fi
  return 0
}
psql_su() { psql -h "$PGHOST" -p "$PGPORT" -U "$PG_SU" -d "$DB" -v ON_ERROR_STOP=1 -X -q -At "$@"; }
psql_app() { PGPASSWORD=$VP_DB_PASSWORD psql -h "$PGHOST" -p "$PGPORT" -U "$VP_DB_USER" -d "$DB" -v ON_ERROR_STOP=1 -X -q -At "$@"; }
pgbench_app() { PGPASSWORD=$VP_DB_PASSWORD pgbench -h "$PGHOST" -p "$PGPORT" -U "$VP_DB_USER" "$@" "$DB"; }
calc() { python3 -c "print($1)"; }
yesno() { if [ "$(calc "bool($1)")" = True ]; then echo yes; else echo no; fi; }
fmt() { python3 -c "import sys; print(format(float(sys.argv[1]), ',.${2:-0}f'))" "$1"; }

# ---------------------------------------------------------------------------------------------------------------------
# the server
WF=$(ls -d "$ROOT"/ear/target/wildfly-*/ 2>/dev/null | head -1)
WF=${WF%/}
JAVA_PID=${BENCH_SERVER_PID:-}
SH_PID=
CAPTURING=0

stop_server() {
  if [ "${BENCH_REUSE_SERVER:-0}" = 1 ]; then return; fi
  if [ -n "$JAVA_PID" ] && kill -0 "$JAVA_PID" 2>/dev/null; then
    log "stopping the server (pid $JAVA_PID)"
    kill -TERM "$JAVA_PID" 2>/dev/null
    for _ in $(seq 1 60); do kill -0 "$JAVA_PID" 2>/dev/null || break; sleep 1; done
    kill -0 "$JAVA_PID" 2>/dev/null && kill -KILL "$JAVA_PID" 2>/dev/null
  fi
  if [ -n "$SH_PID" ] && kill -0 "$SH_PID" 2>/dev/null; then
    kill -TERM "$SH_PID" 2>/dev/null
  fi
  JAVA_PID=
}

cleanup() {
  local status=$?
  if [ "$CAPTURING" = 1 ]; then
    psql_su -c "alter database \"$DB\" reset log_min_duration_statement" >/dev/null 2>&1
  fi
  if [ "${TARGET_TABLE:-0}" = 1 ]; then psql_app -c "drop table if exists bench_run_target" >/dev/null 2>&1; fi
  stop_server
  if [ "${VACUUM_ORGANISATIONS:-0}" = 1 ]; then
    # the rows the dry run and COPY rolled back are dead rows that the next run's lists would walk through
    psql_su -c "vacuum analyze organisation, organisation_contact" > /dev/null 2>&1 || true
  fi
  log "work files in $WORK"
  exit $status
}
trap cleanup EXIT
trap 'exit 130' INT TERM

flush_pool() { # new connections take the database's settings
  "$WF/bin/jboss-cli.sh" --connect --controller="127.0.0.1:$MGMT_PORT" \
    --command="/subsystem=datasources/data-source=VierdePijlerDS:flush-all-connection-in-pool" 2>&1 \
    | grep -q '"outcome" => "success"' || log "could not flush the connection pool (jboss-cli)"
}

start_server() {
  if [ -z "$WF" ] || [ ! -f "$ROOT/ear/target/vierdepijler.ear" ]; then
    log "no built server in ear/target: build it first (VP_DB_URL=... ./mvnw -B -q package -DskipTests)"
    return 1
  fi
  if ! grep -q 'connection-url>${env.VP_DB_URL}<' "$WF/standalone/configuration/standalone.xml"; then
    log "ear/target/$(basename "$WF") is configured for H2: build with VP_DB_URL set"
    return 1
  fi
  local base=$WORK/server
  mkdir -p "$base/deployments"
  cp -r "$WF/standalone/configuration" "$base/"
  cp "$ROOT/ear/target/vierdepijler.ear" "$base/deployments/"
  # the heap of ./mvnw wildfly:run (ear/pom.xml's javaOpts)
  local sizing
  sizing=$(sed -n 's:.*<javaOpt>\(-Xm[sx][^<]*\)</javaOpt>.*:\1:p' "$ROOT/ear/pom.xml" | tr '\n' ' ')
  SIZING=${sizing:-"-Xms256m -Xmx1g"}
  log "starting $(basename "$WF") on $DB (port offset $OFFSET, $SIZING)"
  local t0
  t0=$(date +%s.%N)
  (
    unset VP_EXAMPLE_DATA JAVA_OPTS
    [ -n "${BENCH_EXAMPLE_DATA:-}" ] && export VP_EXAMPLE_DATA=$BENCH_EXAMPLE_DATA
    export VP_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" VP_ADMIN_PASSWORD="$ADMIN_PASSWORD" \
           JBOSS_JAVA_SIZING="$SIZING" LAUNCH_JBOSS_IN_BACKGROUND=1 JBOSS_PIDFILE="$WORK/server.pid"
    exec "$WF/bin/standalone.sh" -Djboss.server.base.dir="$base" -Djboss.socket.binding.port-offset="$OFFSET" \
      -b 127.0.0.1 -bmanagement 127.0.0.1
  ) > "$WORK/server-console.log" 2>&1 &
  SH_PID=$!
  local deadline=$(( $(date +%s) + ${BENCH_START_TIMEOUT:-900} ))
  while :; do
    [ -z "$JAVA_PID" ] && [ -s "$WORK/server.pid" ] && JAVA_PID=$(cat "$WORK/server.pid")
    if curl -s -m 2 "$READY" 2>/dev/null | grep -q '^{"status":"UP"'; then break; fi
    if ! kill -0 "$SH_PID" 2>/dev/null; then log "the server stopped while starting: $WORK/server-console.log"; return 1; fi
    if [ "$(date +%s)" -gt "$deadline" ]; then log "the server was not ready in time"; return 1; fi
    sleep 0.25
  done
  STARTUP=$(calc "round($(date +%s.%N) - $t0, 1)")
  [ -z "$JAVA_PID" ] && [ -s "$WORK/server.pid" ] && JAVA_PID=$(cat "$WORK/server.pid")
  log "ready after $STARTUP s (java pid $JAVA_PID)"
}

# ---------------------------------------------------------------------------------------------------------------------
# signing in: a session cookie and its CSRF token (never HTTP Basic, which would measure PBKDF2 on every call)
signin() { # NAME USER PASSWORD -> $WORK/NAME.jar, $WORK/NAME.csrf
  local name=$1 code
  code=$(curl -s -c "$WORK/$name.jar" -o "$WORK/$name.session.json" -w '%{http_code}' \
    -H 'Content-Type: application/json' \
    -d "$(python3 -c 'import json,sys; print(json.dumps({"username": sys.argv[1], "password": sys.argv[2]}))' "$2" "$3")" \
    "$API/session")
  if [ "$code" != 200 ]; then
    log "sign-in of $2 answered $code: $(head -c 300 "$WORK/$name.session.json")"
    return 1
  fi
  python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(d["csrfToken"]); sys.exit(1 if d.get("mustChangePassword") else 0)' \
    "$WORK/$name.session.json" > "$WORK/$name.csrf" || { log "$2 must change the password first"; return 1; }
  awk '$6 == "VPSESSION" { print "VPSESSION=" $7 }' "$WORK/$name.jar" > "$WORK/$name.cookie"
}

create_user() { # the administrator creates the coordinator and the coordinator sets its own password
  local tmp=bench-temporary-1 code
  code=$(curl -s -b "$WORK/admin.jar" -H "X-CSRF-Token: $(cat "$WORK/admin.csrf")" -H 'Content-Type: application/json' \
    -o "$WORK/create-user.json" -w '%{http_code}' \
    -d "{\"username\":\"$USER_NAME\",\"displayName\":\"Bench coordinator $NETWORK\",\"role\":\"network-coordinator\",\"networkIds\":[\"$NETWORK\"],\"password\":\"$tmp\"}" \
    "$API/users")
  [ "$code" = 201 ] || { log "creating $USER_NAME answered $code: $(head -c 300 "$WORK/create-user.json")"; return 1; }
  curl -s -c "$WORK/tmp.jar" -o "$WORK/tmp.json" -H 'Content-Type: application/json' \
    -d "{\"username\":\"$USER_NAME\",\"password\":\"$tmp\"}" "$API/session"
  curl -s -b "$WORK/tmp.jar" -o /dev/null -X PUT \
    -H "X-CSRF-Token: $(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["csrfToken"])' "$WORK/tmp.json")" \
    -H 'Content-Type: application/json' \
    -d "$(python3 -c 'import json,sys; print(json.dumps({"currentPassword": sys.argv[1], "newPassword": sys.argv[2]}))' "$tmp" "$USER_PASSWORD")" \
    "$API/session/password"
}

jar_of() { echo "$WORK/$1.jar"; }

# ---------------------------------------------------------------------------------------------------------------------
# measuring: items are remembered so that the SQL of each is captured once, after every timing (logging slows)
ITEMS=()           # KEY|WHO|PATH
declare -A LABEL GOAL GOALMS SECTION_OF PATH_OF NA

declare -A WARM_OF  # warm-up runs of an item: WARMUP, or 1 when its first request took more than a second
time_get() { # KEY WHO PATH -> $WORK/t-KEY (code seconds, after warm-up), $WORK/s-KEY (stats)
  local key=$1 who=$2 path=$3 args=() i first warm=$WARMUP
  first=$(curl -s -o /dev/null -b "$(jar_of "$who")" -H 'Accept: application/json' -w '%{time_total}' "$API/$path")
  if [ "$(calc "${first:-0} > 1")" = True ]; then warm=1; fi
  WARM_OF[$key]=$warm
  for ((i = 1; i < warm + RUNS; i++)); do args+=(-o /dev/null "$API/$path"); done
  curl -s -b "$(jar_of "$who")" -H 'Accept: application/json' -w '%{http_code} %{time_total}\n' "${args[@]}" \
    | tail -n "$RUNS" > "$WORK/t-$key"
  $LIB timings "$WORK/t-$key" > "$WORK/s-$key"
  ITEMS+=("$key|$who|$path")
}

single_row() { # KEY: median/p90 beside the same SQL
  local key=$1 med p90 n codes bad measured beside met goalms=${GOALMS[$1]:-}
  if [ -n "${NA[$key]:-}" ]; then
    row "${SECTION_OF[$key]}" "${LABEL[$key]}" "n/a: ${NA[$key]}" "" "${GOAL[$key]:-—}" "n/a"
    return
  fi
  read -r med p90 n codes bad < "$WORK/s-$key"
  measured="median **$med ms**, p90 $p90 ms ($n runs; $codes)"
  [ "$bad" != 0 ] && measured="$measured — **$bad failed**"
  beside=$(sql_beside "$key")
  if [ -z "$goalms" ]; then met="—"
  elif [ "$bad" != 0 ] || [ "$med" = nan ]; then met="no (failed)"
  else met=$(yesno "$med < $goalms"); fi
  row "${SECTION_OF[$key]}" "${LABEL[$key]}" "$measured" "$beside" "${GOAL[$key]:-—}" "$met"
}

sql_beside() { # the replay's figure of KEY, or why there is none
  local key=$1
  if [ -f "$WORK/r-$key" ]; then
    local med p99 n stmts writes
    read -r med p99 n < "$WORK/r-$key"
    read -r stmts writes < "$WORK/sql-$key.count"
    local note="" code
    [ "$writes" != 0 ] && note=", $writes writing, rolled back"
    code=$(cat "$WORK/c-$key.code" 2>/dev/null)
    [[ $code == 2* ]] || note="$note; **the captured request answered $code**"
    echo "same SQL alone: median **$med ms** ($stmts statements$note; pgbench, $n runs)"
  elif [ -f "$WORK/r-$key.why" ]; then
    echo "same SQL: n/a ($(cat "$WORK/r-$key.why"))"
  else
    echo "same SQL: n/a (not captured)"
  fi
}

# ---------------------------------------------------------------------------------------------------------------------
# capture and replay
PG_LOG=${BENCH_PG_LOG:-}
if [ -z "$PG_LOG" ]; then
  PG_MAJOR=$(psql -h "$PGHOST" -p "$PGPORT" -U "$PG_SU" -d postgres -X -At -c "show server_version_num" 2>/dev/null | cut -c1-2)
  PG_LOG=/var/log/postgresql/postgresql-${PG_MAJOR}-main.log
fi

capture_all() { # KEY|WHO|PATH items, and optionally one hour write (WRITE_CAPTURE)
  [ "$WANT_SQL" = 1 ] || { for it in "${ITEMS[@]}"; do echo "BENCH_SQL=0" > "$WORK/r-${it%%|*}.why"; done; return; }
  if [ ! -r "$PG_LOG" ]; then
    for it in "${ITEMS[@]}"; do echo "cannot read the PostgreSQL log $PG_LOG" > "$WORK/r-${it%%|*}.why"; done
    return
  fi
  log "capturing the SQL of ${#ITEMS[@]} requests (log_min_duration_statement = 0 on $DB for the moment)"
  CAPTURING=1
  psql_su -c "alter database \"$DB\" set log_min_duration_statement = 0" || return
  flush_pool
  local it key who path from to
  # the pool's new connections settle (their set-up statements are left out of the captures anyway)
  curl -s -o /dev/null -b "$WORK/user.jar" "$API/session"
  for it in "${ITEMS[@]}"; do
    IFS='|' read -r key who path <<< "$it"
    sleep 0.2
    from=$(stat -c %s "$PG_LOG")
    curl -s -o "$WORK/c-$key.body" -w '%{http_code}' -b "$(jar_of "$who")" -H 'Accept: application/json' \
      "$API/$path" > "$WORK/c-$key.code"
    # up to the answer: a statement is logged before its result reaches the application, so whatever is logged after
    # the answer (a background job on the same pooled connection, say) is not this request's
    to=$(stat -c %s "$PG_LOG")
    $LIB capture "$PG_LOG" "$from" "$to" "$VP_DB_USER" "$DB" "$WORK/cap-$key.json" > "$WORK/cap-$key.count"
  done
  if [ -n "${WRITE_CAPTURE:-}" ]; then capture_write; fi
  psql_su -c "alter database \"$DB\" reset log_min_duration_statement"
  CAPTURING=0
  flush_pool
}

replay_all() {
  local it key who path
  for it in "${ITEMS[@]}"; do
    IFS='|' read -r key who path <<< "$it"
    [ -f "$WORK/cap-$key.json" ] || continue
    if [ "$(cut -d' ' -f1 "$WORK/cap-$key.count")" = 0 ]; then echo "no statement in the log" > "$WORK/r-$key.why"; continue; fi
    $LIB replay-script "$WORK/cap-$key.json" "$WORK/sql-$key.sql" > "$WORK/sql-$key.count" \
      || { echo "could not build the replay" > "$WORK/r-$key.why"; continue; }
    # one connection, like the pool's: the warm-up runs first on it and is left out of the figures
    local warm=${WARM_OF[$key]:-$WARMUP}
    rm -f "$WORK/lat-single-$key".*
    if pgbench_app -n -M simple -c 1 -t "$((warm + RUNS))" -l --log-prefix="$WORK/lat-single-$key" \
        -f "$WORK/sql-$key.sql" > "$WORK/pg-$key.out" 2>&1; then
      $LIB pglog --skip="$warm" "$WORK/lat-single-$key".* > "$WORK/r-$key"
    else
      echo "pgbench failed: $(grep -m1 -i error "$WORK/pg-$key.out" | cut -c1-200)" > "$WORK/r-$key.why"
    fi
  done
}

replay_concurrent() { # KEY: the same SQL from CONNS pgbench clients for PGB_SECONDS
  local key=$1
  [ -f "$WORK/sql-$key.sql" ] || return 1
  rm -f "$WORK/lat-conc-$key".*
  pgbench_app -n -M simple -c "$CONNS" -j "$THREADS" -T "$PGB_SECONDS" -l --log-prefix="$WORK/lat-conc-$key" \
    -f "$WORK/sql-$key.sql" > "$WORK/pgc-$key.out" 2>&1 || return 1
  read -r tps _ failed < <($LIB pgbench-tps "$WORK/pgc-$key.out")
  read -r _ p99 _ < <($LIB pglog --skip=1 "$WORK/lat-conc-$key".*)
  echo "$tps $p99 $failed" > "$WORK/rc-$key"
}

# ---------------------------------------------------------------------------------------------------------------------
# wrk
wrk_get() { # KEY WHO PATH [SECONDS] -> $WORK/w-KEY (rps p50 p99 requests non2xx errors)
  local key=$1 who=$2 path=$3 secs=${4:-$DURATION}
  wrk -t "$THREADS" -c "$CONNS" -d "${secs}s" --timeout 10s --latency -H "Cookie: $(cat "$WORK/$who.cookie")" \
    -H 'Accept: application/json' "$API/$path" > "$WORK/wrk-$key.out" 2>&1
  $LIB wrk "$WORK/wrk-$key.out" > "$WORK/w-$key"
}

# =====================================================================================================================
log "bench/run.sh on $DB, commit $COMMIT$DIRTY, work files in $WORK"
RUN_T0=$(date +%s)
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)

# one run per database at a time (the statement log, the write targets, the figures), and never a second server on
# the same ports
exec 9> "/tmp/vp-bench-run.$DB.lock"
if ! flock -n 9; then log "another bench/run.sh is running on $DB; wait for it"; exit 1; fi
if [ "${BENCH_REUSE_SERVER:-0}" = 1 ]; then
  STARTUP=
  curl -s -m 2 "$READY" | grep -q '^{"status":"UP"' || { log "no ready server at $READY"; exit 1; }
elif curl -s -m 2 -o /dev/null "http://127.0.0.1:$HTTP_PORT/" || curl -s -m 2 -o /dev/null "$READY"; then
  log "something answers at port offset $OFFSET already ($HTTP_PORT or $MGMT_PORT): another server; choose BENCH_PORT_OFFSET"
  exit 1
else
  start_server || { row "start-up" "start-up to ready" "failed (see $WORK/server-console.log)" "" "—" "no"; exit 1; }
fi

signin admin "$ADMIN_USER" "$ADMIN_PASSWORD" || { log "the administrator cannot sign in"; exit 1; }
if ! signin user "$USER_NAME" "$USER_PASSWORD"; then
  if [ "${BENCH_CREATE_USER:-0}" = 1 ] && create_user && signin user "$USER_NAME" "$USER_PASSWORD"; then
    log "created $USER_NAME"
  else
    log "the coordinator $USER_NAME cannot sign in (BENCH_USER/BENCH_PASSWORD, or BENCH_CREATE_USER=1)"; exit 1
  fi
fi

HAVE_COUNSELLOR=0
if signin counsellor "$COUNSELLOR" "$USER_PASSWORD" 2>/dev/null; then HAVE_COUNSELLOR=1; fi

# what to search for, from the data
SURNAME=${BENCH_SURNAME:-$(psql_su -c "select last_name from newcomer where network_id = '$NETWORK' and erased_at is null group by 1 order by count(*) desc, 1 limit 1" 2>/dev/null)}
BUDDY_Q=${BENCH_BUDDY_Q:-$(psql_su -c "select last_name from buddy where network_id = '$NETWORK' and erased_at is null group by 1 order by count(*) desc, 1 limit 1" 2>/dev/null)}
ORG_Q=${BENCH_ORG_Q:-$(psql_su -c "select w from organisation o, regexp_split_to_table(lower(o.name), '[^[:alpha:]]+') w where length(w) >= 5 group by w order by count(*) desc, w limit 1" 2>/dev/null)}
OFFER_Q=${BENCH_OFFER_Q:-fietsen}
CALL_ID=$(psql_su -c "select c.id from funding_call c left join funding_project p on p.call_id = c.id group by c.id order by count(p.id) desc, c.id limit 1" 2>/dev/null)
urlq() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$1"; }
log "searches: newcomers/trajectories q=$SURNAME, buddies q=$BUDDY_Q, organisations q=$ORG_Q, offers q=$OFFER_Q; call $CALL_ID"

# ---------------------------------------------------------------------------------------------------------------------
# warm-up: the figures are those of a server in service (its code compiled by the JIT, its caches and PostgreSQL's
# warm), not of one that has just started: every list, the session and the dashboard from 8 wrk connections for
# BENCH_WARM_SECONDS (5) each, before anything is timed; 0 leaves it out
WARM=${BENCH_WARM_SECONDS:-5}
if [ "$WARM" != 0 ] && command -v wrk >/dev/null; then
  log "warm-up: the session, every list and the dashboard, ${WARM}s each from 8 connections"
  for p in "session" "trajectories?size=20" "trajectories?size=20&page=500" "trajectories?size=20&q=$(urlq "$SURNAME")" \
      "newcomers?size=20" "offers?size=20" "offers?size=20&q=$(urlq "$OFFER_Q")" "buddies?size=20" \
      "organisations?size=20" "reports/dashboard?network=$NETWORK" "worklist?size=20"; do
    wrk -t2 -c8 -d"${WARM}s" -H "Cookie: $(cat "$WORK/user.cookie")" "$API/$p" > /dev/null 2>&1
  done
fi

# ---------------------------------------------------------------------------------------------------------------------
# reports
REPORT_KEYS=()
add_report() { # KEY WHO PATH LABEL GOALMS
  LABEL[$1]=$4; SECTION_OF[$1]=reports
  if [ -n "$5" ]; then GOALMS[$1]=$5; GOAL[$1]="< $5 ms"; fi
  REPORT_KEYS+=("$1")
  log "report $4"
  time_get "$1" "$2" "$3"
}
if want reports; then
  add_report dash-net user "reports/dashboard?network=$NETWORK" "dashboard, network $NETWORK (coordinator)" 100
  add_report dash-all admin "reports/dashboard" "dashboard, all of Flanders (administrator)" 200
  for r in completions hours-by-category trends buddies; do
    if [ "${BENCH_REPORTS_NETWORK:-0}" = 1 ]; then
      add_report "rep-$r-net" user "reports/$r?network=$NETWORK" "reports/$r, network $NETWORK" 200
    fi
    add_report "rep-$r-all" admin "reports/$r" "reports/$r, all of Flanders" 200
  done
  add_report rep-funding-networks admin "reports/funding/networks" "reports/funding/networks, all of Flanders" 200
  if [ -n "$CALL_ID" ]; then
    for r in call-projects extensions commitments; do
      add_report "rep-funding-$r" admin "reports/funding/$r?call=$CALL_ID" "reports/funding/$r?call=$CALL_ID" 200
    done
  else
    for r in call-projects extensions commitments; do
      key=rep-funding-$r; LABEL[$key]="reports/funding/$r"; SECTION_OF[$key]=reports; GOAL[$key]="< 200 ms"
      NA[$key]="no funding call in $DB"; REPORT_KEYS+=("$key")
    done
  fi
  add_report rep-supply-demand user "reports/supply-demand?network=$NETWORK" "reports/supply-demand, network $NETWORK" 200
  add_report worklist-summary user "worklist/summary" "worklist/summary (dashboard card), network $NETWORK" 200
fi

# ---------------------------------------------------------------------------------------------------------------------
# lists
LIST_KEYS=()
LOAD_KEYS=()
add_list() { # KEY PATH LABEL GOALMS UNDER_LOAD(1/0)
  LABEL[$1]=$3; SECTION_OF[$1]=lists; PATH_OF[$1]=$2
  if [ -n "$4" ]; then GOALMS[$1]=$4; GOAL[$1]="< $4 ms"; fi
  LIST_KEYS+=("$1")
  if [ "$5" = 1 ] || [ "${BENCH_WRK_ALL:-0}" = 1 ]; then LOAD_KEYS+=("$1"); fi
  if want lists; then log "list $3"; time_get "$1" user "$2"; fi
}
pages_of() { # PATH -> totalPages of its first page, size 20
  curl -s -b "$WORK/user.jar" "$API/$1" | python3 -c 'import json,sys
try: print(json.load(sys.stdin)["totalPages"])
except Exception: print(0)'
}
if want lists || want load; then
  for l in trajectories newcomers offers buddies organisations; do
    case $l in
      trajectories) q=$SURNAME; g1=30; g2=50; g3=50 ;;
      newcomers) q=$SURNAME; g1=20; g2=""; g3="" ;;
      offers) q=$OFFER_Q; g1=""; g2=""; g3=50 ;;
      buddies) q=$BUDDY_Q; g1=""; g2=""; g3="" ;;
      organisations) q=$ORG_Q; g1=""; g2=""; g3="" ;;
    esac
    add_list "$l-first" "$l?size=20" "$l, first page" "$g1" 1
    pages=$(pages_of "$l?size=20")
    if [ "${pages:-0}" -gt 500 ]; then
      add_list "$l-deep" "$l?size=20&page=500" "$l, page 500 ($pages pages)" "$g2" "$([ $l = trajectories ] && echo 1 || echo 0)"
    else
      key=$l-deep; LABEL[$key]="$l, page 500"; SECTION_OF[$key]=lists; GOAL[$key]=${g2:+< $g2 ms}
      NA[$key]="the list has $pages pages of 20 for $USER_NAME"; LIST_KEYS+=("$key")
    fi
    if [ -n "$q" ]; then
      add_list "$l-q" "$l?size=20&q=$(urlq "$q")" "$l, q=$q" "$g3" "$([ $l = trajectories ] || [ $l = offers ] && echo 1 || echo 0)"
    else
      key=$l-q; LABEL[$key]="$l, search"; SECTION_OF[$key]=lists; GOAL[$key]=${g3:+< $g3 ms}
      NA[$key]="nothing to search for in $DB"; LIST_KEYS+=("$key")
    fi
  done
  add_list worklist-first "worklist?size=20" "worklist, first page (network $NETWORK)" "" 1
  if [ "$HAVE_COUNSELLOR" = 1 ]; then
    LABEL[worklist-mine]="worklist of $COUNSELLOR (a counsellor's home page)"; SECTION_OF[worklist-mine]=lists
    LIST_KEYS+=(worklist-mine)
    want lists && time_get worklist-mine counsellor "worklist?size=20"
  else
    LABEL[worklist-mine]="worklist of a counsellor (home page)"; SECTION_OF[worklist-mine]=lists
    NA[worklist-mine]="$COUNSELLOR cannot sign in (BENCH_COUNSELLOR)"; LIST_KEYS+=(worklist-mine)
  fi
  LABEL[session]="GET /api/v1/session (trivial: the same security, reads the account)"; SECTION_OF[session]=lists
  LIST_KEYS+=(session)
  want lists && time_get session user "session"
fi

# ---------------------------------------------------------------------------------------------------------------------
# the lists under load, beside the trivial endpoint
if ! command -v wrk >/dev/null; then
  want load && row "lists under load" "every list under load" "n/a: wrk is not installed (apt-get install -y wrk)" "" "—" "n/a"
  want writes && row writes "POST /trajectories/{id}/hours" "n/a: wrk is not installed (apt-get install -y wrk)" "" "≥ 0.6 × pgbench tps, p99 < 100 ms" "n/a"
  BENCH_SKIP="${BENCH_SKIP:-},load,writes"
fi
if ! command -v pgbench >/dev/null; then WANT_SQL=0; fi
if want heap && { [ -z "$JAVA_PID" ] || ! command -v jcmd >/dev/null; }; then
  row server "heap after a full GC" "n/a: $([ -z "$JAVA_PID" ] && echo "no server pid (BENCH_SERVER_PID)" || echo "jcmd is not on the PATH")" "" "—" "n/a"
fi

if want load; then
  log "wrk: GET /session, the trivial endpoint ($CONNS connections, ${DURATION}s)"
  wrk_get trivial user "session"
  for key in "${LOAD_KEYS[@]}"; do
    log "wrk: ${LABEL[$key]}"
    wrk_get "$key" user "${PATH_OF[$key]}"
  done
fi

# ---------------------------------------------------------------------------------------------------------------------
# heap after a full GC under load
HEAP_LOAD=
if want heap && [ -n "$JAVA_PID" ] && command -v jcmd >/dev/null && command -v wrk >/dev/null; then
  heap_secs=$(( DURATION / 2 > 10 ? DURATION / 2 : 10 ))
  log "heap: full GC in the middle of a ${heap_secs}s wrk run on the trajectory list"
  wrk -t "$THREADS" -c "$CONNS" -d "${heap_secs}s" --timeout 10s -H "Cookie: $(cat "$WORK/user.cookie")" \
    "$API/trajectories?size=20" > "$WORK/wrk-heap.out" 2>&1 &
  wrk_pid=$!
  sleep $((heap_secs / 2))
  jcmd "$JAVA_PID" GC.run > /dev/null 2>&1
  jcmd "$JAVA_PID" GC.heap_info > "$WORK/heap-load.txt" 2>&1
  wait "$wrk_pid"
  HEAP_LOAD=$($LIB heap "$WORK/heap-load.txt")
fi

# ---------------------------------------------------------------------------------------------------------------------
# hour writes from wrk
WRITE_CAPTURE=
if want writes; then
  BACKDATE=${VP_BACKDATE_DAYS:-90}
  # eligible: an active trajectory of the network with a running placement; the day is one of the last week before
  # today (never today: the application's clock may be a day ahead of the database's) inside the placement and the
  # back-dating window, the one with the fewest hours so far, at most 6 (an internship's day is capped at 8); one line
  # per trajectory, in a scattered order
  psql_su -F ' ' -c "
    select t.id, p.id, d.day, t.newcomer_id
    from trajectory t
    join lateral (select p.* from placement p where p.trajectory_id = t.id and p.status = 'ACTIVE'
                  order by p.id limit 1) p on true
    join lateral (select g.day, (select coalesce(sum(h.hours), 0) from hour_entry h
                                 where h.trajectory_id = t.id and h.work_date = g.day and h.status <> 'REJECTED') as hours
                  from (select s::date as day
                        from generate_series(least(current_date - 1, coalesce(p.end_date, current_date - 1)) - 6,
                                             least(current_date - 1, coalesce(p.end_date, current_date - 1)),
                                             interval '1 day') s) g
                  where g.day >= greatest(p.start_date, t.opened_on - $BACKDATE)
                  order by 2, 1 desc
                  limit 1) d on d.hours <= 6
    where t.status = 'ACTIVE' and t.network_id = '$NETWORK'
    order by md5(t.id::text)
    limit ${BENCH_WRITE_TARGETS:-20000}" > "$WORK/targets-all.txt"
  ntargets=$(wc -l < "$WORK/targets-all.txt")
  if [ "$ntargets" -lt 2 ]; then
    row writes "POST /trajectories/{id}/hours" "n/a: $ntargets eligible trajectories in $NETWORK" "" "≥ 0.6 × pgbench, p99 < 100 ms" "n/a"
  else
    head -1 "$WORK/targets-all.txt" > "$WORK/target-capture.txt"
    tail -n +2 "$WORK/targets-all.txt" > "$WORK/targets.txt"
    WRITE_CAPTURE=1
    log "wrk: hour writes over $((ntargets - 1)) trajectories of $NETWORK ($CONNS connections, ${DURATION}s)"
    BENCH_TARGETS="$WORK/targets.txt" BENCH_COOKIE="$(cat "$WORK/user.cookie")" BENCH_CSRF="$(cat "$WORK/user.csrf")" \
    BENCH_THREADS=$THREADS BENCH_NOTE="$MARK" \
      wrk -t "$THREADS" -c "$CONNS" -d "${DURATION}s" --timeout 10s --latency -s "$ROOT/bench/run/hours.lua" \
      "http://127.0.0.1:$HTTP_PORT" > "$WORK/wrk-writes.out" 2>&1
    $LIB wrk "$WORK/wrk-writes.out" > "$WORK/w-writes"
  fi
fi

capture_write() { # one hour write with the statement log on; the trajectory's row before it for the replay
  local tid pid day nid
  read -r tid pid day nid < "$WORK/target-capture.txt"
  psql_su -c "select row_to_json(t) from trajectory t where id = $tid" > "$WORK/write-snapshot.json"
  local from to
  from=$(stat -c %s "$PG_LOG")
  curl -s -o "$WORK/c-write.body" -w '%{http_code}' -b "$WORK/user.jar" -H "X-CSRF-Token: $(cat "$WORK/user.csrf")" \
    -H 'Content-Type: application/json' -d "{\"placementId\":$pid,\"date\":\"$day\",\"hours\":1,\"note\":\"$MARK\"}" \
    "$API/trajectories/$tid/hours" > "$WORK/c-write.code"
  to=$(stat -c %s "$PG_LOG")
  $LIB capture "$PG_LOG" "$from" "$to" "$VP_DB_USER" "$DB" "$WORK/cap-write.json" > "$WORK/cap-write.count"
  echo "$tid $pid $day $nid" > "$WORK/write-ids"
}

# ---------------------------------------------------------------------------------------------------------------------
# the same SQL: capture every request's statements, then replay them
if [ ${#ITEMS[@]} -gt 0 ] || [ -n "$WRITE_CAPTURE" ]; then
  capture_all
  [ "$WANT_SQL" = 1 ] && log "replaying the captured SQL (pgbench, $RUNS runs each after $WARMUP)" && replay_all
fi

# the write's replay: pgbench, same statements, same targets, same number of clients and seconds
if [ -n "$WRITE_CAPTURE" ]; then
  read -r _ _ _ _ non2xx_w _ < "$WORK/w-writes"
  status_line=$(grep -m1 '^STATUS' "$WORK/wrk-writes.out" | sed 's/^STATUS //')
  first_error=$(grep -m1 '^FIRST_ERROR' "$WORK/wrk-writes.out" | cut -c13-200)
  if [ "$WANT_SQL" = 1 ] && [ -f "$WORK/cap-write.json" ] && [ "$(cat "$WORK/c-write.code")" = 201 ]; then
    read -r tid pid day nid < "$WORK/write-ids"
    vars=$(python3 -c 'import json,sys
print(json.dumps({"tid": sys.argv[1], "pid": sys.argv[2], "day": sys.argv[3], "nid": sys.argv[4],
                  "marker": sys.argv[5], "snapshot": json.loads(open(sys.argv[6]).read() or "{}")}))' \
      "$tid" "$pid" "$day" "$nid" "$MARK-pgbench" "$WORK/write-snapshot.json")
    if $LIB write-script "$WORK/cap-write.json" "$WORK/sql-write.sql" "$vars" > "$WORK/sql-write.count"; then
      TARGET_TABLE=1
      psql_app -c "drop table if exists bench_run_target" \
        -c "create unlogged table bench_run_target (n int primary key, trajectory_id bigint, placement_id bigint, work_date date, newcomer_id bigint)"
      awk '{ print NR "\t" $1 "\t" $2 "\t" $3 "\t" $4 }' "$WORK/targets.txt" > "$WORK/targets.tsv"
      psql_app -c "\\copy bench_run_target from '$WORK/targets.tsv'" -c "analyze bench_run_target"
      log "pgbench: the same statements of one hour write over the same trajectories ($CONNS clients, ${DURATION}s)"
      rm -f "$WORK/lat-write".*
      pgbench_app -n -M prepared -c "$CONNS" -j "$THREADS" -T "$DURATION" -D i=0 -D clients="$CONNS" \
        -D targets="$(wc -l < "$WORK/targets.txt")" -l --log-prefix="$WORK/lat-write" -f "$WORK/sql-write.sql" \
        > "$WORK/pgbench-write.out" 2>&1
      read -r ptps pdone pfailed < <($LIB pgbench-tps "$WORK/pgbench-write.out")
      read -r _ pp99 _ < <($LIB pglog --skip=1 "$WORK/lat-write".* 2>/dev/null || echo "nan nan 0")
      psql_app -c "drop table if exists bench_run_target"
    fi
  fi
  # the rows pgbench wrote go in any case; those the application wrote unless BENCH_KEEP_WRITES=1
  cleanup_marker() { # MARKER-SQL-CONDITION on hour_entry
    psql_app <<SQL
begin;
create temporary table bench_gone_entry as select id, trajectory_id, hours from hour_entry where $1;
create temporary table bench_gone_rev as
  select distinct a.rev from hour_entry_aud a join bench_gone_entry e on e.id = a.id;
update trajectory t set reported_hours = t.reported_hours - s.h
  from (select trajectory_id, sum(hours) h from bench_gone_entry group by 1) s where t.id = s.trajectory_id;
$(psql_su -c "select format('delete from %I where rev in (select rev from bench_gone_rev);', table_name)
              from information_schema.columns where table_schema = 'public' and column_name = 'rev'
              and table_name like '%\_aud' order by 1")
delete from audit_revision where id in (select rev from bench_gone_rev);
delete from hour_entry where id in (select id from bench_gone_entry);
commit;
SQL
  }
  cleanup_marker "reported_by = '$MARK-pgbench'" > /dev/null 2>&1 || log "could not remove pgbench's hour entries ($MARK-pgbench)"
  if [ "${BENCH_KEEP_WRITES:-0}" != 1 ]; then
    cleanup_marker "note = '$MARK'" > /dev/null 2>&1 || log "could not remove the hour entries of the run (note $MARK)"
  fi
fi

# ---------------------------------------------------------------------------------------------------------------------
# the heap at the end, after a full GC (before the import, which holds its rows until it ends)
HEAP_END=
if want heap && [ -n "$JAVA_PID" ] && command -v jcmd >/dev/null; then
  jcmd "$JAVA_PID" GC.run > /dev/null 2>&1
  jcmd "$JAVA_PID" GC.heap_info > "$WORK/heap-end.txt" 2>&1
  HEAP_END=$($LIB heap "$WORK/heap-end.txt")
fi

# ---------------------------------------------------------------------------------------------------------------------
# the import of 100,000 rows vs COPY of the same rows; bounded by BENCH_IMPORT_SECONDS (an unfinished import is
# reported with its progress; it is a dry run by default and ends with the server)
HEAP_IMPORT=
if want import; then
  budget=${BENCH_IMPORT_SECONDS:-180}
  psql_su -c "select nis_code from municipality order by nis_code" > "$WORK/nis.txt"
  first_id=$(psql_su -c "select coalesce(max(id), 0) + 1000000 from organisation")
  files=$($LIB orgs "$WORK/import" "$IMPORT_ROWS" 50000 "$WORK/nis.txt" "$MARK" "$WORK/copy" "$first_id")
  total_s=0; created=0; failed=""; unfinished=""; nfiles=0
  section_deadline=$(( $(date +%s) + budget ))
  for f in $files; do
    nfiles=$((nfiles + 1))
    log "import: $(basename "$f") ($(du -h "$f" | cut -f1), dryRun=$IMPORT_DRY_RUN)"
    t0=$(date +%s.%N)
    code=$(curl -s -b "$WORK/admin.jar" -H "X-CSRF-Token: $(cat "$WORK/admin.csrf")" -H 'Content-Type: text/csv' \
      -H "X-File-Name: $(basename "$f")" --data-binary "@$f" -o "$WORK/import-start.json" -w '%{http_code}' \
      "$API/imports?kind=organisations&dryRun=$IMPORT_DRY_RUN")
    if [ "$code" != 202 ]; then failed="POST answered $code: $(head -c 200 "$WORK/import-start.json")"; break; fi
    id=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["id"])' "$WORK/import-start.json")
    : > "$WORK/import-progress-$nfiles.txt"
    while :; do
      curl -s -b "$WORK/admin.jar" "$API/imports/$id" > "$WORK/import-run.json"
      read -r st done_rows < <(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(d.get("status"), d.get("rowsDone"))' "$WORK/import-run.json" 2>/dev/null || echo "? 0")
      echo "$(calc "round($(date +%s.%N) - $t0, 1)") $done_rows" >> "$WORK/import-progress-$nfiles.txt"
      [ "$st" != running ] && break
      if [ "$(date +%s)" -ge "$section_deadline" ]; then st=unfinished; break; fi
      sleep 1
    done
    t1=$(date +%s.%N)
    if [ "$st" = unfinished ]; then
      # how far it got and how the pace changed: rows per second over the first and the last minute of applying
      unfinished=$($LIB progress "$WORK/import-progress-$nfiles.txt" "$(( $(wc -l < "$f") - 1 ))")
      if [ -n "$JAVA_PID" ] && want heap && command -v jcmd >/dev/null; then
        jcmd "$JAVA_PID" GC.run > /dev/null 2>&1
        jcmd "$JAVA_PID" GC.heap_info > "$WORK/heap-import.txt" 2>&1
        HEAP_IMPORT=$($LIB heap "$WORK/heap-import.txt")
      fi
      break
    fi
    if [ "$st" != done ]; then
      failed="run $id ended $st: $(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(d.get("problemCount"), [p.get("reason") for p in d.get("problems", [])[:2]])' "$WORK/import-run.json" 2>/dev/null)"
      break
    fi
    total_s=$(calc "$total_s + $t1 - $t0")
    created=$((created + $(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["created"])' "$WORK/import-run.json")))
  done
  # COPY of the same rows, in a transaction rolled back
  log "COPY of the same $IMPORT_ROWS rows"
  copy_ms=$(psql_app <<SQL | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p' | python3 -c 'import sys; print(round(sum(float(l) for l in sys.stdin)))'
begin;
\timing on
\copy organisation (id, name, name_search, kind, municipality_nis, address, active, created_at, version) from '$WORK/copy-organisation.csv' with (format csv)
\copy organisation_contact (organisation_id, position, name, function_title, email, phone) from '$WORK/copy-organisation_contact.csv' with (format csv, null '')
\timing off
rollback;
SQL
)
  VACUUM_ORGANISATIONS=1   # after the server stopped (see cleanup)
  nfiles_all=$(echo "$files" | wc -w)
  what="import of $(fmt "$IMPORT_ROWS") organisations with a contact through /api/v1/imports ($nfiles_all files of ≤ 50,000 rows, the import's limit$([ "$IMPORT_DRY_RUN" = true ] && echo "; dry run: every row checked and applied, then rolled back"))"
  if [ -n "$failed" ]; then
    measured="**failed**: $failed"; met="no (failed)"
  elif [ -n "$unfinished" ]; then
    measured="**not finished in the ${budget} s allowed**: file $nfiles: $unfinished"; met="no (unfinished)"
  else
    measured="**$(fmt "$total_s" 1) s**, $(fmt "$(calc "$IMPORT_ROWS / $total_s")") rows/s; created $(fmt "$created")"
    met="—"
  fi
  row import "$what" "$measured" \
    "COPY of the same rows into organisation + organisation_contact (rolled back): **$(fmt "$(calc "${copy_ms:-0} / 1000")" 2) s**" "—" "$met"
fi

LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)

# =====================================================================================================================
# the rows
for key in "${REPORT_KEYS[@]}"; do single_row "$key"; done
if want lists; then for key in "${LIST_KEYS[@]}"; do single_row "$key"; done; fi

if want load; then
  read -r trps tp50 tp99 treq tnon terr < "$WORK/w-trivial"
  row "lists under load" "GET /api/v1/session (trivial: same security, reads the account only)" \
    "**$(fmt "$trps") req/s**, p99 $tp99 ms (p50 $tp50 ms; $(fmt "$treq") requests, $tnon non-2xx, $terr socket errors)" \
    "the ceiling for every row below" "—" "—"
  for key in "${LOAD_KEYS[@]}"; do
    read -r rps p50 p99 req non err < "$WORK/w-$key"
    measured="**$(fmt "$rps") req/s**, p99 **$p99 ms** (p50 $p50 ms; $(fmt "$req") requests, $non non-2xx, $err socket errors)"
    ratio=$(calc "round($rps / $trps, 2) if $trps > 0 else float('nan')")
    beside="$ratio × the trivial endpoint"
    if [ "$WANT_SQL" = 1 ] && replay_concurrent "$key"; then
      read -r ctps cp99 cfailed < "$WORK/rc-$key"
      beside="$beside; same SQL, pgbench $CONNS clients ${PGB_SECONDS}s: $(fmt "$ctps") tps, p99 $cp99 ms"
    fi
    goal="—"; met="—"
    if [[ $key == trajectories-* ]]; then
      goal="≥ 0.5 × trivial req/s, p99 < 100 ms"
      met=$(yesno "$rps >= 0.5 * $trps and $p99 < 100 and $non == 0 and $err == 0")
    elif [ "$non" != 0 ] || [ "$err" != 0 ]; then
      met="no (failed)"
    fi
    row "lists under load" "${LABEL[$key]}, $CONNS connections, ${DURATION}s" "$measured" "$beside" "$goal" "$met"
  done
fi

if [ -n "$WRITE_CAPTURE" ]; then
  read -r wrps wp50 wp99 wreq _ werr < "$WORK/w-writes"
  measured="**$(fmt "$wrps") req/s**, p99 **$wp99 ms** (p50 $wp50 ms; $(fmt "$wreq") requests: ${status_line:-?}; $werr socket errors)"
  [ -n "${first_error:-}" ] && measured="$measured; first refusal: ${first_error//|/ }"
  if [ -n "${ptps:-}" ]; then
    ratio=$(calc "round($wrps / $ptps, 2) if $ptps > 0 else float('nan')")
    read -r nstmts < "$WORK/sql-write.count"
    beside="same $nstmts statements by pgbench ($CONNS clients, ${DURATION}s, same trajectories): **$(fmt "$ptps") tps**, p99 $pp99 ms, $pfailed failed → ratio $ratio"
    ok4=$(echo "$status_line" | python3 -c 'import re,sys; t=sys.stdin.read(); print(int(re.search(r"4xx=(\d+)",t).group(1))+int(re.search(r"5xx=(\d+)",t).group(1)) if "4xx" in t else 1)')
    met=$(yesno "$wrps >= 0.6 * $ptps and $wp99 < 100 and $ok4 == 0 and $werr == 0")
  else
    beside="pgbench: n/a ($( [ "$WANT_SQL" = 1 ] && echo "the captured write answered $(cat "$WORK/c-write.code" 2>/dev/null)" || echo "BENCH_SQL=0"))"
    met="n/a"
  fi
  row writes "POST /trajectories/{id}/hours, $CONNS connections, ${DURATION}s, $(fmt "$(($(wc -l < "$WORK/targets.txt")))") trajectories of $NETWORK" \
    "$measured" "$beside" "≥ 0.6 × pgbench tps, p99 < 100 ms" "$met"
fi

if [ -n "$HEAP_LOAD" ] || [ -n "$HEAP_END" ] || [ -n "$HEAP_IMPORT" ]; then
  xmx=$(echo "${SIZING:-}" | grep -o 'Xmx[^ ]*' | cut -c4-)
  [ -n "$HEAP_LOAD" ] && { read -r used committed <<< "$HEAP_LOAD"; row server "heap after a full GC under load (wrk on the trajectory list)" "**$used MB** used" "$committed MB committed, -Xmx${xmx:-?}" "—" "—"; }
  [ -n "$HEAP_END" ] && { read -r used committed <<< "$HEAP_END"; row server "heap after a full GC at the end (before the import)" "**$used MB** used" "$committed MB committed, -Xmx${xmx:-?}" "—" "—"; }
  [ -n "$HEAP_IMPORT" ] && { read -r used committed <<< "$HEAP_IMPORT"; row server "heap after a full GC while the import runs" "**$used MB** used" "$committed MB committed, -Xmx${xmx:-?}" "—" "—"; }
fi
if [ -n "${STARTUP:-}" ]; then
  row server "start-up to ready ($READY UP)" "**$STARTUP s**" "heap ${SIZING:-}; the first start on a database also migrates it" "—" "—"
fi

# =====================================================================================================================
# the report
{
  echo "## bench/run.sh on \`$DB\`, $(date -u '+%Y-%m-%d %H:%M') UTC, commit $COMMIT$DIRTY"
  echo
  counts=$(psql_su -F ' ' -c "select (select count(*) from trajectory), (select count(*) from newcomer), (select count(*) from placement), (select count(*) from hour_entry), (select count(*) from offer), (select count(*) from buddy), (select count(*) from organisation)" 2>/dev/null)
  read -r c_t c_n c_p c_h c_o c_b c_org <<< "$counts"
  echo "- data: $(fmt "${c_t:-0}") trajectories, $(fmt "${c_n:-0}") newcomers, $(fmt "${c_p:-0}") placements, $(fmt "${c_h:-0}") hour entries, $(fmt "${c_o:-0}") offers, $(fmt "${c_b:-0}") buddies, $(fmt "${c_org:-0}") organisations"
  echo "- machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')), $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo) RAM; load average $LOAD_BEFORE before, $LOAD_AFTER after"
  echo "- PostgreSQL $(psql_su -c 'show server_version' | cut -d' ' -f1), shared_buffers $(psql_su -c 'show shared_buffers'), on the same machine; $(java -version 2>&1 | head -1)"
  echo "- users: $USER_NAME (network-coordinator of $NETWORK) for network figures and lists, $ADMIN_USER for all of Flanders; session cookie"
  echo "- single requests: curl, one connection kept alive, $RUNS runs after $WARMUP (after 1 when the first took more than a second); under load: wrk $THREADS threads, $CONNS connections, ${DURATION}s, on the same 2 cores as the server and the database"
  echo "- the run took $(( ($(date +%s) - RUN_T0) / 60 )) min $(( ($(date +%s) - RUN_T0) % 60 )) s; sections: ${BENCH_ONLY:-all}${BENCH_SKIP:+, without $BENCH_SKIP}"
  echo "- same SQL: the statements one request sent (PostgreSQL log, with their bind values), replayed by pgbench -M simple with the values as literals (client time: parse, plan, execute, loopback round trip); writes among them rolled back"
  echo
  for sec in start-up reports lists "lists under load" writes import server; do
    [ -f "$WORK/rows-${sec// /-}.tsv" ] && cat "$WORK/rows-${sec// /-}.tsv"
  done > "$ROWS"
  $LIB table "$ROWS"
} > "$OUT"
echo
cat "$OUT"
log "written to ${OUT#$ROOT/}"
