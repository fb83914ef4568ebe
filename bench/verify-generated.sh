#!/usr/bin/env bash
# Reads a database that bench/generate.sh filled through the application, and fails on any answer that is not 2xx.
#
# Usage: bench/verify-generated.sh [base-url]
#   without base-url: starts the configured server of ear/target on BENCH_DB (default vp_bench) with port offset
#   BENCH_PORT_OFFSET (default 300) and stops it afterwards; with one (e.g. http://localhost:8080): uses that running
#   application, which must read BENCH_DB (random records are sampled from it with psql as postgres on 127.0.0.1).
#
# Signs in (POST /api/v1/session) as the administrator and as generated users of every other role (password
# BENCH_PASSWORD), then reads, for every network, the first, a middle and the last page of every paged list
# (trajectories, newcomers, buddies, offers, organisations, municipalities, worklist, proposals) and the lists' other
# sort orders, the worklist summary, the dashboard and every report under /api/v1/reports; the detail of
# BENCH_SAMPLES (default 200) random records of each kind (trajectory with its placements, hours, links, certificate
# and its public verification; newcomer with its match status; offer; buddy; organisation) and matching suggestions
# for some newcomers; the offer search for a few Dutch words; and what each role sees in its own scope. Besides the
# status it checks a few things the application computes from the generated rows: a trajectory's hours per category
# add up to its confirmed hours, a certificate verifies with the database's seal, a Dutch search finds offers.
# Every request with its status and time goes to $WORK/requests.log; the slowest are listed at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
BASE=${1:-}
DB=${BENCH_DB:-vp_bench}
BENCH_PASSWORD=${BENCH_PASSWORD:-bench-password-1}
OFFSET=${BENCH_PORT_OFFSET:-300}
SAMPLES=${BENCH_SAMPLES:-200}
PSQL="psql -h 127.0.0.1 -U postgres -d $DB -v ON_ERROR_STOP=1 -qAt"
WORK=/tmp/vp-verify-$DB
SERVER=$WORK/server
mkdir -p "$WORK"
: >"$WORK/requests.log"
: >"$WORK/failures.log"

. "$ROOT/bench/generate/server.sh"
trap stop_server EXIT
if [ -z "$BASE" ]; then
  find_wildfly || { echo "ear/target/wildfly-* is not configured for PostgreSQL: run bench/generate.sh first" >&2; exit 1; }
  echo "== starting the application on $DB"
  start_server
  BASE=http://localhost:$((8080 + OFFSET))
fi
API=$BASE/api/v1
START=$(date +%s)
REQUESTS=0
FAILURES=0

fail() { # $1: what failed; the body of the last answer is in $WORK/body
  FAILURES=$((FAILURES + 1))
  { echo "FAIL $1"; head -c 2000 "$WORK/body" 2>/dev/null; echo; } | tee -a "$WORK/failures.log" >&2
}

signin() { # $1: user name; keeps the session cookie in $WORK/jar-$1
  local code
  code=$(curl -s -c "$WORK/jar-$1" -o "$WORK/body" -w '%{http_code}' -H 'Content-Type: application/json' \
    -d "{\"username\":\"$1\",\"password\":\"$BENCH_PASSWORD\"}" "$API/session")
  REQUESTS=$((REQUESTS + 1))
  if [ "$code" != 200 ]; then fail "$code POST $API/session as $1"; return 1; fi
  if grep -q '"mustChangePassword":true' "$WORK/body"; then fail "$1 must change the password first"; fi
}

get() { # $1: user, $2: path under /api/v1 (or a full URL); the body is left in $WORK/body
  local url=$2 out code time
  case $url in http*) ;; *) url=$API$url ;; esac
  out=$(curl -s -b "$WORK/jar-$1" -o "$WORK/body" -w '%{http_code} %{time_total}' -H 'Accept-Language: nl' "$url" \
    || echo "000 0")
  code=${out% *}; time=${out#* }
  REQUESTS=$((REQUESTS + 1))
  echo "$code $time $1 $url" >>"$WORK/requests.log"
  case $code in 2??) return 0 ;; *) fail "$code GET $url as $1"; return 1 ;; esac
}

total_pages() { { grep -o '"totalPages":[0-9]*' "$WORK/body" || true; } | tail -1 | cut -d: -f2; }

pages() { # $1: user, $2: path with its filters: the first, a middle and the last page
  local sep='?' n
  case $2 in *\?*) sep='&' ;; esac
  get "$1" "$2${sep}size=50" || return 0
  n=$(total_pages); n=${n:-1}
  if [ "$n" -gt 2 ]; then get "$1" "$2${sep}size=50&page=$((n / 2))" || true; fi
  if [ "$n" -gt 1 ]; then get "$1" "$2${sep}size=50&page=$((n - 1))" || true; fi
}

json() { # $1: python expression over d (the last body as JSON); prints its value
  python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print($1)" "$WORK/body"
}

echo "== signing in"
COUNSELLOR=$($PSQL -c "select counsellor from trajectory where status = 'ACTIVE' group by counsellor order by count(*) desc limit 1")
CONTACT=$($PSQL -c "select u.username from app_user u join placement p on p.organisation_id = u.organisation_id
                   join trajectory t on t.id = p.trajectory_id where u.role = 'ORGANISATION_CONTACT' and t.status = 'ACTIVE'
                   group by u.username order by count(*) desc limit 1")
CONTACT_ORG=$($PSQL -c "select organisation_id from app_user where username = '$CONTACT'")
COORDINATOR=coordinator.$($PSQL -c "select network_id from trajectory group by network_id order by count(*) desc limit 1")
for user in admin bench.coordinator bench.counsellor bench.officer bench.viewer "$COUNSELLOR" "$CONTACT" "$COORDINATOR"; do
  signin "$user" || true
done
NETWORKS=$($PSQL -c "select id from regional_network order by id")

echo "== everything (administrator)"
for path in /networks /municipalities /trajectory-types /users /organisations /offers /buddies /newcomers \
            /trajectories /worklist /matches/proposals /funding/calls /funding/projects /mails /imports/kinds \
            /audit/reads "/trajectories?status=completed" "/trajectories?status=intake" "/offers?status=draft" \
            "/buddies?available=true" "/worklist?reason=hours-waiting" "/worklist?reason=needs-rematch"; do
  pages admin "$path"
done
for path in /worklist/summary /reports/dashboard /reports/completions /reports/hours-by-category /reports/trends \
            /reports/buddies "/buddies/report?by=network" "/buddies/report?by=province" /reports/funding/networks \
            /offers/facets "/reports/completions?format=csv" "/reports/hours-by-category?format=csv" \
            "/trajectories?format=csv&size=200" "/newcomers?format=xlsx&size=200" "/offers?format=csv&size=200"; do
  get admin "$path" || true
done
for q in praatcafe wandel "vrijwilliger woonzorgcentrum" koken "stage bakk" sportclub; do
  if get admin "/offers?q=$(python3 -c 'import sys,urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$q")"; then
    found=$(json "d['totalItems']")
    echo "   offers found for '$q': $found"
  fi
done

echo "== every network"
for n in $NETWORKS; do
  for path in "/trajectories?network=$n" "/newcomers?network=$n" "/buddies?network=$n" "/offers?network=$n" \
              "/organisations?network=$n" "/municipalities?network=$n" "/worklist?network=$n" \
              "/matches/proposals?network=$n" "/trajectories?network=$n&status=active" \
              "/trajectories?network=$n&sort=name" "/trajectories?network=$n&sort=-confirmedHours" \
              "/trajectories?network=$n&sort=deadline" "/newcomers?network=$n&sort=-created" \
              "/buddies?network=$n&sort=freeDuos" "/offers?network=$n&sort=-freePlaces" \
              "/offers?network=$n&sort=newest" "/worklist?network=$n&sort=name"; do
    pages admin "$path"
  done
  for path in "/networks/$n" "/worklist/summary?network=$n" "/reports/dashboard?network=$n" \
              "/reports/supply-demand?network=$n" "/reports/completions?network=$n" \
              "/reports/hours-by-category?network=$n" "/reports/trends?network=$n" "/reports/buddies?network=$n" \
              "/reports/funding/networks?network=$n" "/offers/facets?network=$n" \
              "/reports/supply-demand?network=$n&format=csv"; do
    get admin "$path" || true
  done
  get bench.coordinator "/worklist?network=$n" || true
  # the dashboard counts what the database holds
  if get admin "/reports/dashboard?network=$n"; then
    expected=$($PSQL -c "select count(*) || ' ' || count(*) filter (where status = 'COMPLETED') || ' '
                         || coalesce(sum(confirmed_hours), 0) from trajectory where network_id = '$n'")
    actual=$(json "'%d %d %s' % (d['trajectories']['total'], d['trajectories']['completed'], d['hours']['confirmed'])")
    [ "${actual% *} $(printf '%.2f' "${actual##* }")" = "$expected" ] \
      || fail "dashboard of $n: trajectories, completed, confirmed hours $actual, the database $expected"
  fi
done

echo "== $SAMPLES random records of each kind"
$PSQL -c "select id, status, coalesce(certificate_code, '-') from (select t.*, row_number() over (partition by status
          order by random()) as r from trajectory t) x where r <= greatest(1, $SAMPLES / 5)" >"$WORK/trajectories"
while IFS='|' read -r id status code; do
  if get admin "/trajectories/$id"; then
    ok=$(json "abs(sum(c['hours'] for c in d['hoursByCategory']) - d['confirmedHours']) < 0.001 and d['status'] == '${status,,}'")
    [ "$ok" = True ] || fail "trajectory $id: hours per category do not add up to its confirmed hours, or its status"
  fi
  pages admin "/trajectories/$id/placements"
  pages admin "/trajectories/$id/hours"
  get admin "/trajectories/$id/hours?status=confirmed&sort=date" || true
  get admin "/trajectories/$id/referrals" || true
  placement=$($PSQL -c "select id from placement where trajectory_id = $id order by random() limit 1")
  [ -n "$placement" ] && { get admin "/trajectories/$id/placements/$placement/confirmation-links" || true; }
  if [ "$status" = COMPLETED ]; then
    get admin "/trajectories/$id/certificate" || true
    if get admin "/public/certificates/$code"; then
      seal=$($PSQL -c "select content_hash from certificate where code = '$code'")
      ok=$(json "d['valid'] and d['contentHash'] == '$seal'")
      [ "$ok" = True ] || fail "certificate $code does not verify"
    fi
  fi
done <"$WORK/trajectories"
for id in $($PSQL -c "select id from newcomer order by random() limit $SAMPLES"); do
  get admin "/newcomers/$id" || true
  get admin "/matches/newcomers/$id" || true
done
for id in $($PSQL -c "select id from newcomer order by random() limit 20"); do
  get admin "/newcomers/$id/export" || true
done
for id in $($PSQL -c "select id from buddy order by random() limit 20"); do
  get admin "/buddies/$id/export" || true
done
for id in $($PSQL -c "select n.id from newcomer n join newcomer_consent c on c.newcomer_id = n.id
                      and c.purpose = 'matching' and c.granted join trajectory t on t.newcomer_id = n.id
                      and t.status = 'ACTIVE' where n.erased_at is null order by random() limit 20"); do
  get admin "/matches/suggestions?newcomer=$id&kind=buddy&limit=10" || true
  get admin "/matches/suggestions?newcomer=$id&kind=offer&limit=10" || true
done
for kind in offers:offer buddies:buddy organisations:organisation; do
  for id in $($PSQL -c "select id from ${kind#*:} order by random() limit $SAMPLES"); do
    get admin "/${kind%%:*}/$id" || true
  done
done
for id in $($PSQL -c "select id from match_proposal order by random() limit 20"); do
  get admin "/matches/proposals/$id" || true
  pages admin "/matches/proposals/$id/pairs"
done

echo "== what each role sees in its scope"
pages "$COUNSELLOR" /worklist
get "$COUNSELLOR" /worklist/summary || true
pages "$COUNSELLOR" "/trajectories?counsellor=$COUNSELLOR"
pages "$COUNSELLOR" /newcomers
get "$COUNSELLOR" /reports/dashboard || true
pages "$COORDINATOR" /worklist
pages "$COORDINATOR" /trajectories
get "$COORDINATOR" /reports/dashboard || true
pages bench.officer /newcomers
pages bench.officer /trajectories
get bench.officer /reports/dashboard || true
get bench.viewer /reports/dashboard || true
get bench.viewer /reports/completions || true
get bench.viewer /reports/hours-by-category || true
pages "$CONTACT" /trajectories
pages "$CONTACT" "/offers?organisation=$CONTACT_ORG"
for id in $($PSQL -c "select distinct p.trajectory_id from placement p where p.organisation_id = $CONTACT_ORG
                      order by 1 limit 10"); do
  get "$CONTACT" "/trajectories/$id" || true
  pages "$CONTACT" "/trajectories/$id/hours"
done

echo
echo "Requests: $REQUESTS in $(( $(date +%s) - START )) s, failures: $FAILURES"
echo "Slowest requests (seconds, user, URL):"
sort -k2 -g -r "$WORK/requests.log" | awk 'NR <= 15 {printf "  %6.2f  %s  %s\n", $2, $3, $4}'
if [ "$FAILURES" -gt 0 ]; then
  echo "FAILED: $FAILURES answers were not 2xx or not as the data say (see $WORK/failures.log)" >&2
  exit 1
fi
echo "OK: every answer was 2xx"
