#!/usr/bin/env bash
# Fills a PostgreSQL database with all of Flanders at the volume of docs/architecture.md (issue 15), for benchmarks:
# 304 municipalities (reference data, all taking part), 5,000 organisations, 20,000 offers, 15,000 buddies,
# 250,000 newcomers and trajectories, ~500,000 placements and ~5,000,000 hour entries over three years, spread over
# the 18 networks in proportion to their municipalities; BENCH_SCALE scales every count (0.02 for a quick run).
#
# Usage: bench/generate.sh [database]      (default vp_bench; psql as postgres on 127.0.0.1, trust authentication)
#
# 1. Drops and creates the database (owner vierdepijler); builds the application for PostgreSQL when
#    ear/target/wildfly-* is not configured for it; starts it once (port offset BENCH_PORT_OFFSET, default 300, its
#    own server directory under /tmp) so that Flyway creates the schema and the reference data; asks the API for the
#    trajectory types and makes one account per role (coordinator, counsellor, local officer, viewer; the first
#    administrator `admin`), all with BENCH_PASSWORD (default bench-password-1), whose PBKDF2 hash the generated
#    accounts copy; stops it.
# 2. Fills everything else with bulk SQL (bench/generate/*.sql) and the offers' search terms with the application's
#    own Dutch analysis (bench/generate/SearchTerms.java).
# 3. Checks the rules below on the result (90-check.sql), VACUUM ANALYZE, prints the rows per table and each step's time.
#
# Accounts, all signing in with BENCH_PASSWORD: admin; bench.coordinator (every network), bench.counsellor
# (westhoek), bench.officer (a municipality of westhoek), bench.viewer; per network coordinator.<network> and
# counsellor.<network>.01 … .50 (the trajectories' counsellors); per organisation contact.org<id> (its first contact
# person, who decides on its offers' hours). Run bench/verify-generated.sh afterwards to read it all through the API.
#
# What the generated data keep consistent, as the application's rules and services would have left them:
# - trajectory: status follows the hours (completed at the confirmation that reaches the target, on that day; open
#   ones below it), confirmed_hours = sum of confirmed entries, reported_hours = confirmed + pending, version = the
#   commands that changed it (start, each report, each decision, the closing; adding a placement leaves the root's
#   version as Hibernate does for the inverse collection), opened/started/ended dates, a counsellor
#   of its network, a deadline after its opening; closing lapsed its pending hours ("traject voltooid/stopgezet/
#   vrijgesteld") and ended its running placements that day.
# - certificate and certificate_category for every completed trajectory: code (also on the trajectory), completion
#   date, target, confirmed hours, hours per type and category with the registry's Dutch label, content_hash = SHA-256
#   of Certificate.canonical().
# - placement: a type the application knows (the types come from /api/v1/trajectory-types) suiting the newcomer's
#   Dutch and the offer's level, in an offer of that type and category (title, organisation) or with an available buddy
#   (title "Buddy <name>"), attributes as the type's form stores them (schema order, references as strings, an
#   internship's period), start after the offer's start, the integration contract and the 90 days of back-dating,
#   made while the trajectory was active, running only in an active trajectory.
# - capacity: an offer's places and a buddy's duos are never over-booked, at any moment of the three years;
#   offer.places_taken and buddy.duos_taken are the running placements; every duo taken and given back raised the
#   buddy's version.
# - hour_entry: within its placement and trajectory, never in the future, recorded_afterwards before the opening,
#   quarter hours, a placement's day within the type's cap, a person's day at most 24 hours, reported after the
#   placement was made, decided by the counsellor or (types whose contact person confirms) the account of the offer's
#   organisation; confirmed / rejected (with a reason) / pending / lapsed.
# - names: newcomer.name_search, buddy.name_search and sort_name, organisation.name_search, offer.title_search folded
#   as SearchText.fold; offer_search_term as DutchText.indexTerms(title, description, organisation, municipality).
# - matching: every buddy placement comes from an approved pair of a proposal of its network; match_status names
#   each newcomer's last pair (needs-rematch when that duo ended while the trajectory ran); matching_generation raised.
# - municipality membership (participating_from, version); buddies screened and trained before their first duo;
#   offers active from their first placement; consents one per purpose; accounts with their networks.
# - retention as the nightly job would have done by now: newcomers whose trajectories all closed more than 24 months
#   ago and stopped or refused buddies untouched since are pseudonymised, with their personal_data_erasure rows.
# - ids numbered in the order the rows were made (trajectories by opening, placements, hours by report); identity
#   sequences continue after them; the migrations' indexes and foreign keys are all in place.
# Envers audit tables stay empty for generated rows; no confirmation links, referrals, mails, funding or imports.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
DB=${1:-vp_bench}
export BENCH_SCALE=${BENCH_SCALE:-1}
BENCH_PASSWORD=${BENCH_PASSWORD:-bench-password-1}
OFFSET=${BENCH_PORT_OFFSET:-300}
SEED=${BENCH_SEED:-0.42}
PSQL="psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q"
# sorts and hashes of millions of rows in memory; one core (no parallel workers), so that the machine stays usable
export PGOPTIONS="-c work_mem=256MB -c maintenance_work_mem=1GB -c max_parallel_workers_per_gather=0 -c max_parallel_maintenance_workers=0"
GEN=$ROOT/bench/generate
WORK=/tmp/vp-generate-$DB
SERVER=$WORK/server
mkdir -p "$WORK"

declare -a STEP_NAMES=() STEP_TIMES=()
START_ALL=$(date +%s.%N)
step() { # $1: name; the rest: the command
  local name=$1; shift
  local t0; t0=$(date +%s.%N)
  echo "== $name"
  "$@"
  local t1; t1=$(date +%s.%N)
  STEP_NAMES+=("$name"); STEP_TIMES+=("$(echo "$t1 - $t0" | bc)")
  printf '   %.1f s\n' "$(echo "$t1 - $t0" | bc)"
}
sql() { # $1: file
  $PSQL -d "$DB" -v scale="$BENCH_SCALE" -v seed="$SEED" -v password_hash="${PASSWORD_HASH:-}" \
    -v types="$(cat "$WORK/types.tsv" 2>/dev/null || true)" -f "$GEN/$1"
}

recreate_database() { # refuses while anybody is connected to it (a running server, a psql)
  local users
  users=$($PSQL -Atc "select string_agg(usename || ' (' || coalesce(nullif(application_name, ''), 'client') || ')', ', ')
                      from pg_stat_activity where datname = '$DB'")
  if [ -n "$users" ]; then echo "database $DB is in use by $users" >&2; exit 1; fi
  $PSQL -c "drop database if exists $DB" -c "create database $DB owner vierdepijler"
}

. "$GEN/server.sh"
trap stop_server EXIT

build() {
  if find_wildfly; then
    echo "   $WILDFLY is configured for PostgreSQL"
  else
    echo "   building the application for PostgreSQL"
    VP_DB_URL=jdbc:postgresql://127.0.0.1:5432/$DB ./mvnw -B -q package -DskipTests
    find_wildfly || { echo "the build did not configure ear/target/wildfly-* for PostgreSQL" >&2; exit 1; }
  fi
}

schema_and_accounts() {
  start_server
  python3 "$GEN/setup_api.py" "http://localhost:$((8080 + OFFSET))" "$BENCH_PASSWORD" "$BENCH_PASSWORD" "$WORK/types.tsv"
  echo "   trajectory types: $(cut -f1 "$WORK/types.tsv" | sort -u | tr '\n' ' ')"
  stop_server
  PASSWORD_HASH=$($PSQL -d "$DB" -Atc "select password_hash from app_user where username = 'bench.counsellor'")
}

search_terms() {
  # every offer's title, description, organisation and municipality, analysed by the application's DutchText
  local texts="select o.id, o.title from offer o union all select o.id, o.description from offer o where o.description is not null union all select o.id, g.name from offer o join organisation g on g.id = o.organisation_id union all select o.id, m.name from offer o join municipality m on m.nis_code = o.municipality_nis"
  $PSQL -d "$DB" -c "\\copy ($texts) to '$WORK/offer-texts.tsv'"
  java -cp "$ROOT/ear/target/vierdepijler/lib/*" "$GEN/SearchTerms.java" <"$WORK/offer-texts.tsv" >"$WORK/offer-terms.tsv"
  $PSQL -d "$DB" -c "create unlogged table bench_gen.term (offer_id bigint, term text)" \
    -c "\copy bench_gen.term from '$WORK/offer-terms.tsv'" \
    -c "insert into offer_search_term (offer_id, term) select distinct offer_id, term from bench_gen.term"
}

vacuum() { $PSQL -d "$DB" -c "vacuum analyze"; }

rollups() { # the roll-ups of docs/adr/0018, filled by the very statements of the migration that made them
  local migration=$ROOT/core/src/main/resources/db/migration/core/V2026120420__core_figure_rollups.sql
  $PSQL -d "$DB" -c "truncate hour_rollup, hour_rollup_change, trajectory_rollup, trajectory_rollup_change,
                     newcomer_repeat"
  sed -n '/^-- What the database holds already./,$p' "$migration" | $PSQL -d "$DB"
}
drop_work() { $PSQL -d "$DB" -c "set client_min_messages = warning" -c "drop schema bench_gen cascade"; }

echo "Generating database $DB at scale $BENCH_SCALE"
step "database" recreate_database
step "build" build
step "schema, reference data and accounts (API)" schema_and_accounts
step "setup" sql 10-setup.sql
step "accounts, organisations, offers, buddies" sql 20-people.sql
step "offer search terms (DutchText)" search_terms
step "newcomers, trajectories, placements" sql 30-trajectories.sql
step "hour entries" sql 40-hours.sql
step "completion, certificates, load" sql 50-derive.sql
step "matching, retention" sql 60-matching-retention.sql
step "indexes, foreign keys, sequences" sql 80-finish.sql
step "figure roll-ups (as the migration fills them)" rollups
step "checks" sql 90-check.sql
step "drop work schema" drop_work
step "vacuum analyze" vacuum

echo
echo "Rows per table:"
$PSQL -d "$DB" -c "create temporary table row_count (name text, n bigint)" -c "do \$\$ declare t record; begin
    for t in select tablename from pg_tables where schemaname = 'public' loop
      execute format('insert into row_count select %L, count(*) from public.%I', t.tablename, t.tablename);
    end loop; end \$\$" -c "select name as table, n as rows from row_count where n > 0 order by n desc, name"
$PSQL -d "$DB" -c "select status, count(*) as trajectories, round(avg(confirmed_hours), 1) as avg_confirmed
                   from trajectory group by status order by 2 desc"
echo "Time per step:"
for i in "${!STEP_NAMES[@]}"; do printf '  %-45s %7.1f s\n' "${STEP_NAMES[$i]}" "${STEP_TIMES[$i]}"; done
printf '  %-45s %7.1f s\n' "total" "$(echo "$(date +%s.%N) - $START_ALL" | bc)"
