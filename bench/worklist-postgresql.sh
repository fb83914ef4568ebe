#!/usr/bin/env bash
# The worklist's queries on PostgreSQL at the design volume: creates a scratch database (default wl_bench) with the
# core migrations that hold the tables the worklist reads, generates 250,000 newcomers and trajectories over 18
# networks, 500,000 placements, 5,000,000 hour entries and 50,000 match statuses, and prints EXPLAIN ANALYZE of the
# worklist as JpaWorklistRepository sends it: a counsellor's own list (their home page), a network's first page, a
# network's summary and the summary of everything. Usage: bench/worklist-postgresql.sh [database] (psql as postgres
# on 127.0.0.1). BENCH_WITHOUT="ix_hour_entry_worklist ix_trajectory_counsellor" drops those indexes first, to compare.
set -euo pipefail
DB=${1:-wl_bench}
PSQL="psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q"
MIGRATIONS="$(cd "$(dirname "$0")/.." && pwd)/core/src/main/resources/db/migration/core"

if [ "${BENCH_MODE:-load}" = load ]; then
  $PSQL -c "drop database if exists $DB" -c "create database $DB"
  for m in V2026112311__core_audit.sql V2026112350__core_newcomers_trajectories.sql V2026112370__core_matching.sql \
           V2026112391__core_report_indexes.sql V2026120320__core_worklist_indexes.sql; do
    $PSQL -d "$DB" -f "$MIGRATIONS/$m"
  done
  $PSQL -d "$DB" <<'SQL'
\timing on
-- 18 networks, 50 counsellors each; today is 2026-12-03 in every query below
insert into newcomer (first_name, last_name, name_search, integration_status, municipality_nis, network_id,
                      referral_channel, integration_progress, created_at, created_by)
select 'Voornaam' || g, 'Naam' || g, 'naam' || g || ' voornaam' || g, case when g % 7 = 0 then 'ENTITLED' else 'OBLIGED' end,
       lpad((10000 + g % 300)::text, 5, '0'), 'net' || lpad((g % 18)::text, 2, '0'), 'AGENCY', 'RUNNING',
       timestamp '2025-01-01', 'bench'
from generate_series(1, 250000) g;
-- 40 % open (5 % intake, 35 % active), the rest closed; half with a deadline up to a year ahead or 30 days passed
insert into trajectory (newcomer_id, network_id, municipality_nis, counsellor, status, target_hours, deadline,
                        opened_on, started_on, confirmed_hours, created_at)
select n.id, n.network_id, n.municipality_nis, 'c-' || n.network_id || '-' || (n.id % 50),
       case when n.id % 20 = 0 then 'INTAKE' when n.id % 20 < 8 then 'ACTIVE' when n.id % 20 < 17 then 'COMPLETED'
            when n.id % 20 < 19 then 'STOPPED' else 'EXEMPTED' end,
       40, case when n.id % 2 = 0 then date '2026-12-03' + ((n.id * 7919) % 395 - 30)::int end,
       date '2026-12-03' - ((n.id * 104729) % 700)::int,
       case when n.id % 20 <> 0 then date '2026-12-03' - ((n.id * 104729) % 700)::int + 3 end,
       (n.id % 41), timestamp '2025-01-01'
from newcomer n;
-- two placements for 90 % of the trajectories, 3 % of them cancelled
insert into placement (trajectory_id, type_id, reporting_category, offer_id, title, start_date, status, attributes,
                       created_at, created_by)
select t.id, 'volunteering', 'volunteering', k, 'Aanbod', t.opened_on,
       case when (t.id + k) % 33 = 0 then 'CANCELLED' when k = 1 then 'ENDED' else 'ACTIVE' end, '{}',
       timestamp '2025-01-01', 'bench'
from trajectory t cross join generate_series(1, 2) k where t.id % 10 <> 0;
-- twenty hour entries for each trajectory with a placement: 80 % confirmed, 15 % pending, 5 % rejected; dated
-- between its opening and today, reported the next day
insert into hour_entry (trajectory_id, placement_id, work_date, hours, reporting_category, status, reported_by,
                        reported_at)
select p.trajectory_id, p.id, d.day, 2, 'volunteering',
       case when (p.id + k) % 20 < 16 then 'CONFIRMED' when (p.id + k) % 20 < 19 then 'PENDING' else 'REJECTED' end,
       'bench', d.day + time '20:00'
from placement p cross join generate_series(1, 10) k
join trajectory t on t.id = p.trajectory_id
cross join lateral (select t.opened_on + ((date '2026-12-03' - t.opened_on) * k / 11) as day) d;
insert into match_status (newcomer_id, network_id, status, changed_at)
select n.id, n.network_id, case when n.id % 20 = 3 then 'NEEDS_REMATCH' else 'MATCHED' end, timestamp '2026-11-01'
from newcomer n where n.id % 5 = 3;
vacuum analyze;
select count(*) as trajectories, sum(case when status in ('INTAKE', 'ACTIVE') then 1 else 0 end) as open
from trajectory;
select count(*) as hour_entries from hour_entry;
SQL
fi

for index in ${BENCH_WITHOUT:-}; do
  $PSQL -d "$DB" -c "drop index if exists $index"
done

# The worklist sorted by urgency (the default), as JpaWorklistRepository sends it; the names of a page's newcomers are
# read afterwards by their ids (sorted by name, the newcomer is joined in the innermost select for name_search).
worklist() { # $1: the conditions on trajectory t (scope and filters)
  cat <<SQL
select c.*,
  case when c.last_pending is null or c.last_confirmed >= c.last_pending then c.last_confirmed else c.last_pending end as last_hours,
  case when c.status = 'ACTIVE' and coalesce(case when c.last_pending is null or c.last_confirmed >= c.last_pending then c.last_confirmed else c.last_pending end, c.started_on, c.opened_on) <= date '2026-11-12' then 1 else 0 end as no_hours,
  case when c.deadline <= date '2027-01-02' and c.confirmed_hours < c.target_hours then 1 else 0 end as deadline_near,
  c.waiting as hours_waiting,
  case when c.opened_on < date '2026-11-19' and c.placed = 0 then 1 else 0 end as intake_stalled,
  c.rematch as needs_rematch
from (select t.id, t.newcomer_id, t.network_id, t.municipality_nis,
        t.counsellor, t.status, t.confirmed_hours, t.target_hours, t.deadline, t.opened_on, t.started_on,
        (select max(e.work_date) from hour_entry e where e.trajectory_id = t.id and e.status = 'CONFIRMED') as last_confirmed,
        (select max(e.work_date) from hour_entry e where e.trajectory_id = t.id and e.status = 'PENDING') as last_pending,
        case when exists (select 1 from hour_entry e where e.trajectory_id = t.id and e.status = 'PENDING'
             and e.reported_at < timestamp '2026-11-26 09:00') then 1 else 0 end as waiting,
        case when exists (select 1 from placement p where p.trajectory_id = t.id and p.status <> 'CANCELLED') then 1 else 0 end as placed,
        case when ms.status = 'NEEDS_REMATCH' then 1 else 0 end as rematch
      from trajectory t
      left join match_status ms on ms.newcomer_id = t.newcomer_id
      where t.status in ('INTAKE', 'ACTIVE') $1 offset 0 rows) c
SQL
}
FLAGS="f.no_hours + f.deadline_near + f.hours_waiting + f.intake_stalled + f.needs_rematch"
page() {
  echo "explain (analyze, buffers, costs off) select w.*, count(*) over () as total from (select f.*, $FLAGS as reasons from ($(worklist "$1")) f) w where w.reasons > 0 order by w.reasons desc, w.opened_on asc, w.id asc limit 20 offset 0;"
}
summary() {
  echo "explain (analyze, buffers, costs off) select coalesce(sum(case when $FLAGS > 0 then 1 else 0 end), 0), sum(f.no_hours), sum(f.deadline_near), sum(f.hours_waiting), sum(f.intake_stalled), sum(f.needs_rematch) from ($(worklist "$1")) f;"
}
run() { # $1: title, $2: the statement
  echo "== $1"
  for i in 1 2 3; do
    $PSQL -d "$DB" -c "$2" | { [ "$i" = 3 ] && cat || grep 'Execution Time'; }
  done
}
run "a counsellor's own worklist (home page)" "$(page "and t.network_id in ('net05') and t.counsellor = 'c-net05-7'")"
run "a network's worklist, first page" "$(page "and t.network_id in ('net05')")"
run "a network's summary (dashboard card)" "$(summary "and t.network_id in ('net05')")"
run "everything's summary (administrator)" "$(summary "")"
