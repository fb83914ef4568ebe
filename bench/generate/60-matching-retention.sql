-- Step 6: the matching behind every buddy duo (a proposal per network and month, the approved pair that made the
-- placement, each newcomer's match status), the matching generations, and what the nightly retention job would have
-- done by now: newcomers whose trajectories all closed more than VP_RETENTION_MONTHS (24) ago, and buddies who
-- stopped or were refused and were not touched since, are pseudonymised.
\set ON_ERROR_STOP on
select setseed(:seed + 0.05);

-- Pairs: one per buddy placement, approved by the network's coordinator when the placement was made; the pair of a
-- newcomer's later duo was proposed while they needed a rematch.
create table bench_gen.pair as
select row_number() over (order by p.created_at, p.id) as id, p.id as placement_id, p.trajectory_id as newcomer_id,
       p.buddy_id, t.network_id, p.created_at as decided_at, p.created_by as decided_by,
       row_number() over (partition by p.trajectory_id order by p.created_at, p.id) as nth,
       date_trunc('month', p.created_at) as month
from placement p join trajectory t on t.id = p.trajectory_id
where p.buddy_id is not null;
create table bench_gen.proposal as
select row_number() over (order by min(decided_at), network_id) as id, network_id, month,
       min(decided_at) - make_interval(mins => 30 + floor(random() * 2000)::int) as created_at, count(*) as pairs
from bench_gen.pair group by network_id, month;
insert into match_proposal (id, network_id, created_at, created_by, newcomers_considered, buddies_considered,
                            candidate_pairs, pair_count, total_score, duration_ms)
select p.id, p.network_id, p.created_at, 'coordinator.' || p.network_id, p.pairs + floor(random() * p.pairs * 2)::int,
       p.pairs + floor(random() * p.pairs * 3)::int, 0, p.pairs, 0, 20 + floor(random() * 1500)::int
from bench_gen.proposal p;

insert into match_pair (id, proposal_id, network_id, newcomer_id, buddy_id, score, criteria, status, previous_status,
                        decided_at, decided_by, reason, placement_id, version)
select x.id, pr.id, x.network_id, x.newcomer_id, x.buddy_id,
       x.nearness + x.languages + x.interests + x.availability + x.capacity,
       json_build_array(
           json_build_object('code', 'nearness', 'labelNl', 'Nabijheid', 'labelEn', 'Nearness', 'points', x.nearness,
               'max', 30, 'nl', case x.nearness when 30 then 'In dezelfde gemeente' else 'In hetzelfde netwerk' end,
               'en', case x.nearness when 30 then 'In the same municipality' else 'In the same network' end),
           json_build_object('code', 'languages', 'labelNl', 'Gedeelde talen', 'labelEn', 'Shared languages',
               'points', x.languages, 'max', 15,
               'nl', case when x.languages = 0 then 'Geen gedeelde taal naast het Nederlands'
                          else 'Een gedeelde taal naast het Nederlands' end,
               'en', case when x.languages = 0 then 'No shared language besides Dutch'
                          else 'A shared language besides Dutch' end),
           json_build_object('code', 'interests', 'labelNl', 'Gedeelde interesses', 'labelEn', 'Shared interests',
               'points', x.interests, 'max', 18,
               'nl', case when x.interests = 0 then 'Geen gedeelde interesses' else 'Gedeelde interesses' end,
               'en', case when x.interests = 0 then 'No shared interests' else 'Shared interests' end),
           json_build_object('code', 'availability', 'labelNl', 'Beschikbaarheid', 'labelEn', 'Availability',
               'points', x.availability, 'max', 20,
               'nl', case when x.availability = 0 then 'Geen gemeenschappelijk vrij moment'
                          else 'Gemeenschappelijke vrije momenten' end,
               'en', case when x.availability = 0 then 'No free time in common' else 'Free time in common' end),
           json_build_object('code', 'capacity', 'labelNl', 'Vrije plaatsen', 'labelEn', 'Free capacity',
               'points', x.capacity, 'max', 5, 'nl', 'Nog ' || x.capacity || ' duo''s vrij',
               'en', 'Room for ' || x.capacity || ' more duos'))::text,
       'APPROVED', case when x.nth = 1 then 'NO_MATCH' else 'NEEDS_REMATCH' end, x.decided_at, x.decided_by, null,
       x.placement_id, 1
from (select p.*, case when random() < 0.4 then 30 else 20 end as nearness,
             (floor(random() * 4) * 5)::int as languages, (floor(random() * 4) * 6)::int as interests,
             (floor(random() * 5) * 5)::int as availability, 1 + floor(random() * 3)::int as capacity
      from bench_gen.pair p) x
join bench_gen.proposal pr on pr.network_id = x.network_id and pr.month = x.month;
update match_proposal m set total_score = s.total, candidate_pairs = m.newcomers_considered * m.buddies_considered
from (select proposal_id, sum(score) as total from match_pair group by proposal_id) s
where s.proposal_id = m.id;
select from setval('match_pair_seq', coalesce((select max(id) from match_pair), 0) + 100, false);

-- Where each newcomer with a duo stands: matched by their last pair, or needing a rematch when that duo ended while
-- the trajectory still ran (a duo that ended with the trajectory leaves them matched).
insert into match_status (newcomer_id, network_id, status, pair_id, changed_at, version)
select m.newcomer_id, m.network_id,
       case when early then 'NEEDS_REMATCH' else 'MATCHED' end, m.id,
       case when not early then m.decided_at when p.status = 'CANCELLED' then p.created_at + interval '1 day'
            else p.end_date + interval '10 hours' end,
       case when early then 3 else 2 end
from (select distinct on (newcomer_id) * from match_pair order by newcomer_id, decided_at desc, id desc) m
join placement p on p.id = m.placement_id
join trajectory t on t.id = m.newcomer_id
cross join lateral (select p.status <> 'ACTIVE' and (t.ended_on is null or p.end_date < t.ended_on) as early) e;

-- Matching generations: raised by every change of a candidate (each buddy and offer written, each duo or place taken
-- and given back), so that no node keeps candidates read before this load.
update matching_generation g set generation = g.generation + 1 + coalesce(s.changes, 0)
from (select network_id, 'buddy' as kind, count(*) + sum(version) as changes from buddy group by network_id
      union all
      select o.network_id, 'offer', count(*) + 2 * coalesce(sum(pl.n), 0) from offer o
      left join (select offer_id, count(*) as n from placement where offer_id is not null group by offer_id) pl
             on pl.offer_id = o.id
      group by o.network_id) s
where s.network_id = g.network_id and s.kind = g.kind;

-- Retention (RetentionJob, nightly at 03:15 in Belgium): past the cutoff of today, newcomers whose trajectories all
-- closed before it, each erased the night after their 24 months ran out.
create table bench_gen.erased_newcomer as
select t.newcomer_id as id,
       ((max(t.ended_on) + interval '24 months' + interval '1 day')::date + time '03:15')
           at time zone 'Europe/Brussels' at time zone 'UTC' as erased_at
from trajectory t
group by t.newcomer_id
having bool_and(t.status in ('COMPLETED', 'STOPPED', 'EXEMPTED'))
   and max(t.ended_on) < (select (today - interval '24 months')::date from bench_gen.param);
alter table bench_gen.erased_newcomer add primary key (id);
update newcomer n set first_name = 'Verwijderd', last_name = 'Verwijderd', name_search = 'verwijderd verwijderd',
    email = null, phone = null, integration_contract_date = null, integration_ended_on = null,
    override_motivation = case when n.override_motivation is not null then '(verwijderd)' end,
    erased_at = e.erased_at, erased_by = 'retention', version = n.version + 2
from bench_gen.erased_newcomer e where e.id = n.id;
delete from newcomer_language x using bench_gen.erased_newcomer e where e.id = x.newcomer_id;
delete from newcomer_interest x using bench_gen.erased_newcomer e where e.id = x.newcomer_id;
delete from newcomer_availability x using bench_gen.erased_newcomer e where e.id = x.newcomer_id;
update trajectory t set status_reason = case when t.status_reason is not null then '(verwijderd)' end,
    target_reason = case when t.target_reason is not null then '(verwijderd)' end, version = t.version + 1
from bench_gen.erased_newcomer e
where e.id = t.newcomer_id and (t.status_reason is not null or t.target_reason is not null);
update placement p set attributes = '{}'
from trajectory t join bench_gen.erased_newcomer e on e.id = t.newcomer_id where t.id = p.trajectory_id;
update hour_entry h set note = null, rejection_reason = null
from trajectory t join bench_gen.erased_newcomer e on e.id = t.newcomer_id
where t.id = h.trajectory_id and (h.note is not null or h.rejection_reason is not null);
update match_pair m set criteria = '[]', reason = null
from bench_gen.erased_newcomer e where e.id = m.newcomer_id;
insert into personal_data_erasure (subject_kind, subject_id, erased_at, erased_by)
select 'newcomer', id::text, erased_at, 'retention' from bench_gen.erased_newcomer order by erased_at, id;

-- ... and buddies who stopped or were refused, run no duo, and whose record nobody changed since before the cutoff.
create table bench_gen.erased_buddy as
select b.id, ((b.updated_at at time zone 'UTC' at time zone 'Europe/Brussels')::date + interval '24 months'
              + interval '1 day' + time '03:15') at time zone 'Europe/Brussels' at time zone 'UTC' as erased_at
from buddy b
where (b.status = 'STOPPED' or b.screening = 'REFUSED') and b.duos_taken = 0
  and b.updated_at < (select ((today - interval '24 months')::date::timestamp at time zone 'Europe/Brussels')
                             at time zone 'UTC' from bench_gen.param);
update buddy b set first_name = 'Verwijderd', last_name = 'Verwijderd', name_search = 'verwijderd',
    sort_name = 'verwijderd', email = null, phone = null, status = 'STOPPED', erased_at = e.erased_at,
    erased_by = 'retention', updated_at = e.erased_at, version = b.version + 2
from bench_gen.erased_buddy e where e.id = b.id;
delete from buddy_language x using bench_gen.erased_buddy e where e.id = x.buddy_id;
delete from buddy_interest x using bench_gen.erased_buddy e where e.id = x.buddy_id;
delete from buddy_availability x using bench_gen.erased_buddy e where e.id = x.buddy_id;
insert into personal_data_erasure (subject_kind, subject_id, erased_at, erased_by)
select 'buddy', id::text, erased_at, 'retention' from bench_gen.erased_buddy order by erased_at, id;

select (select count(*) from match_pair) as pairs, (select count(*) from match_status) as match_statuses,
       (select count(*) from bench_gen.erased_newcomer) as newcomers_erased,
       (select count(*) from bench_gen.erased_buddy) as buddies_erased;
