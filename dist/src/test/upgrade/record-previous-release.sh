#!/usr/bin/env bash
# Makes the upgrade test's database of the previous release (dist/src/test/resources/upgrade/README.md):
#   git worktree add /work/wt-old <commit of the previous release>
#   (cd /work/wt-old && VP_DB_URL=jdbc:postgresql://127.0.0.1:5432/x ./mvnw -B -o package -DskipTests)
#   dist/src/test/upgrade/record-previous-release.sh /work/wt-old <commit>
# Starts that release's server on a fresh PostgreSQL database with the synthetic example data, reads the figures
# listed in figures.txt through its API, stops it, records every table's columns, row count and content checksum
# (tables.tsv), and dumps the database (previous-release.sql.gz). UpgradeIT restores the dump, starts the current
# release on it, and compares.
set -euo pipefail

OLD=${1:?usage: record-previous-release.sh <worktree of the previous release> <its commit>}
COMMIT=${2:?usage: record-previous-release.sh <worktree of the previous release> <its commit>}
HERE=$(cd "$(dirname "$0")" && pwd)
OUT=$(cd "$HERE/../resources/upgrade" && pwd)
DB=${RECORD_DB:-vp_upgrade_record}
OFFSET=${RECORD_PORT_OFFSET:-650}
ADMIN_PASSWORD=upgrade-admin-1
PSQL=(psql -h 127.0.0.1 -p 5432 -v ON_ERROR_STOP=1 -q)
STATE=$(mktemp -d)
HTTP="http://127.0.0.1:$((8080 + OFFSET))"
MGMT="http://127.0.0.1:$((9990 + OFFSET))"

log() { printf '[record] %s\n' "$*" >&2; }

wf=$(ls -d "$OLD"/ear/target/wildfly-*/ | head -1)
wf=${wf%/}
grep -q '<driver>postgresql</driver>' "$wf/standalone/configuration/standalone.xml" \
  || { log "$wf is not configured for PostgreSQL: build it with VP_DB_URL set"; exit 1; }

log "fresh database $DB"
"${PSQL[@]}" -U postgres -c "drop database if exists $DB with (force)" -c "create database $DB owner vierdepijler"

mkdir -p "$STATE/base/deployments" "$STATE/base/log"
cp -r "$wf/standalone/configuration" "$STATE/base/"
cp "$OLD/ear/target/vierdepijler.ear" "$STATE/base/deployments/"
(
  unset JAVA_OPTS
  export VP_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" VP_DB_USER=vierdepijler VP_DB_PASSWORD=vierdepijler \
    VP_ADMIN_PASSWORD=$ADMIN_PASSWORD VP_EXAMPLE_DATA=synthetic LAUNCH_JBOSS_IN_BACKGROUND=1
  exec "$wf/bin/standalone.sh" -Djboss.server.base.dir="$STATE/base" -Djboss.socket.binding.port-offset=$OFFSET \
    -b 127.0.0.1 -bmanagement 127.0.0.1
) >"$STATE/console.log" 2>&1 &
pid=$!
log "server $pid starting (log $STATE/base/log/server.log)"
for _ in $(seq 1 600); do
  curl -s -m 3 "$MGMT/health/ready" | grep -q '^{"status":"UP"' && break
  kill -0 $pid 2>/dev/null || { log "the server stopped"; exit 1; }
  sleep 1
done
curl -s -m 3 "$MGMT/health/ready" | grep -q '^{"status":"UP"' || { log "not ready"; kill $pid; exit 1; }

session=$(curl -s -c "$STATE/cookies" -H 'Content-Type: application/json' \
  -d "{\"username\":\"admin\",\"password\":\"$ADMIN_PASSWORD\"}" "$HTTP/api/v1/session")
csrf=$(printf '%s' "$session" | sed -n 's/.*"csrfToken":"\([^"]*\)".*/\1/p')
[ -n "$csrf" ] || { log "sign-in failed: $session"; kill $pid; exit 1; }

# The figures the minister is asked for, read through the API: fixed periods, so that they do not move with the date.
month=$(date +%Y-%m)
year=$(date +%Y)
networks=$(curl -s -b "$STATE/cookies" -H 'Accept: application/json' "$HTTP/api/v1/networks" \
  | grep -o '"id":"[^"]*"' | sed 's/"id":"\(.*\)"/\1/' | sort -u)
{
  echo "reports/dashboard?month=$month"
  for n in $networks; do echo "reports/dashboard?network=$n&month=$month"; done
  echo "reports/hours-by-category?from=$year-01-01&to=$year-12-31"
  echo "reports/completions?from=$year-01-01&to=$year-12-31"
  echo "reports/buddies?from=$year-01-01&to=$year-12-31"
  echo "reports/funding/networks"
} >"$OUT/figures.txt"
: >"$OUT/figures.jsonl"
while IFS= read -r path; do
  body=$(curl -s -f -b "$STATE/cookies" -H 'Accept: application/json' -H "X-CSRF-Token: $csrf" "$HTTP/api/v1/$path") \
    || { log "GET $path failed"; kill $pid; exit 1; }
  printf '%s\t%s\n' "$path" "$body" >>"$OUT/figures.jsonl"
done <"$OUT/figures.txt"
rm "$OUT/figures.txt"
log "$(wc -l <"$OUT/figures.jsonl") figures recorded"

kill -TERM $pid
wait $pid || true

# Every table: its columns, row count and the MD5 of its rows (as text, sorted); UpgradeIT computes the same.
tables=$("${PSQL[@]}" -U vierdepijler -d "$DB" -tAc \
  "select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1")
{
  printf '# table\tcolumns\trows\tmd5 of the rows (UpgradeIT)\n'
  for t in $tables; do
    cols=$("${PSQL[@]}" -U vierdepijler -d "$DB" -tAc \
      "select string_agg(quote_ident(column_name), ',' order by ordinal_position) from information_schema.columns where table_schema = 'public' and table_name = '$t'")
    figures=$("${PSQL[@]}" -U vierdepijler -d "$DB" -tAF $'\t' -c \
      "select count(*), coalesce(md5(string_agg(r, E'\n' order by r collate \"C\")), '') from (select row($cols)::text as r from $t) x")
    printf '%s\t%s\t%s\n' "$t" "$cols" "$figures"
  done
} >"$OUT/tables.tsv"

pg_dump -h 127.0.0.1 -p 5432 -U vierdepijler --no-owner --no-privileges "$DB" | gzip -9 >"$OUT/previous-release.sql.gz"
printf '%s\n' "$COMMIT" >"$OUT/previous-release.commit"
log "dump $(du -h "$OUT/previous-release.sql.gz" | cut -f1), $(wc -l <"$OUT/tables.tsv") tables"
"${PSQL[@]}" -U postgres -c "drop database $DB with (force)"
rm -rf "$STATE"
