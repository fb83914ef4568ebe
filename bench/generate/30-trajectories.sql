-- Step 3: newcomers with their profiles and consents, their trajectories (as planned: status, dates, how many hours
-- they will have reported) and the placements of those trajectories, each given a place of an offer or a duo of a
-- buddy such that no offer or buddy ever holds more newcomers at once than its capacity.
\set ON_ERROR_STOP on
select setseed(:seed + 0.02);

-- The trajectory of each newcomer (one each, newcomer id = trajectory id, numbered in the order they were opened),
-- planned: intended status, opening, start, closing, the hours it will report. 50-derive.sql makes the status follow
-- the hours (completion at the target). Moments: opened in the morning, started an hour later at the earliest, a
-- stopped or exempted one closed in the afternoon of its last day; the limit of all it records is its closing, or now.
create table bench_gen.tr as
select b.id, b.nis, b.network_id, b.plan, b.opened_on, b.target, b.level, b.r1, b.r2, b.r3, b.r4, b.r5,
       s.started_on, c.close_on, coalesce(c.close_on, e.span_end) as span_end,
       b.target * case b.plan
           when 'ACTIVE' then least(0.95, greatest(0.03, ((p.today - b.opened_on) / 250.0) * (0.5 + b.r5)))
           when 'COMPLETED' then 1.25 + 0.3 * b.r5
           when 'INTAKE' then 0
           else 0.85 * b.r5 end as budget,     -- the hours reported over its life, rejected ones included
       case when b.r2 < 0.5 then b.opened_on + 180 + floor(b.r3 * 360)::int end as deadline,
       'counsellor.' || b.network_id || '.' || lpad((1 + (hashtext(b.id::text) & 2147483647)
           % (select counsellors_per_network from bench_gen.volume))::text, 2, '0') as counsellor,
       b.opened_on + make_interval(mins => 480 + floor(b.r3 * 60)::int) as created_at,
       s.started_on + make_interval(mins => 540 + floor(b.r1 * 120)::int) as activated_at,
       c.close_on + make_interval(mins => 900 + floor(b.r2 * 120)::int) as closes_at
from (select row_number() over (order by a.opened_on, a.r5) as id, a.*
      from (select x.*, p.today - case x.plan
                 when 'INTAKE' then case when x.r1 < 0.8 then floor(x.r2 * 46)::int else 46 + floor(x.r2 * 105)::int end
                 when 'ACTIVE' then 7 + floor(533 * power(x.r2, 1.5))::int
                 when 'COMPLETED' then 60 + floor(x.r2 * (p.today - p.t0 - 60))::int
                 else 30 + floor(x.r2 * (p.today - p.t0 - 30))::int end as opened_on,
                 case when x.r3 < 0.93 then 40 when x.r3 < 0.96 then 20 when x.r3 < 0.98 then 30 else 60 end::numeric(6, 2)
                     as target,
                 case when x.r4 < 0.03 then null when x.r4 < 0.11 then 'A0' when x.r4 < 0.35 then 'A1'
                      when x.r4 < 0.65 then 'A2' when x.r4 < 0.87 then 'B1' when x.r4 < 0.97 then 'B2' else 'C1' end
                     as level
            from (select m.nis, m.network_id,
                         case when r < 0.05 then 'INTAKE' when r < 0.38 then 'ACTIVE' when r < 0.80 then 'COMPLETED'
                              when r < 0.94 then 'STOPPED' else 'EXEMPTED' end as plan,
                         r1, r2, r3, r4, r5
                  from (select random() as r, random() as r1, random() as r2, random() as r3, random() as r4,
                               random() as r5, 1 + floor(random() * (select count(*) from bench_gen.muni))::int as mi
                        from generate_series(1, (select newcomers from bench_gen.volume))) g
                  join bench_gen.muni m on m.idx = g.mi) x
            cross join bench_gen.param p) a) b
cross join bench_gen.param p
cross join lateral (select case when b.plan = 'INTAKE' or (b.plan = 'STOPPED' and b.r5 < 0.2)
                                     or (b.plan = 'EXEMPTED' and b.r5 < 0.4) then null
                                else least(p.today, b.opened_on + floor(b.r1 * 15)::int) end as started_on) s
cross join lateral (select case when b.plan in ('STOPPED', 'EXEMPTED') then least(p.today,
                        coalesce(s.started_on, b.opened_on) + case when s.started_on is null then 7 + floor(b.r1 * 84)::int
                                                                   else 14 + floor(b.r1 * 287)::int end) end as close_on) c
cross join lateral (select case b.plan when 'ACTIVE' then p.today
                        when 'COMPLETED' then least(p.today, s.started_on + 45 + floor(b.r1 * 320)::int) end as span_end) e;
alter table bench_gen.tr add primary key (id);
alter table bench_gen.tr add column limit_at timestamp;
update bench_gen.tr t set limit_at = coalesce(t.closes_at, p.now_utc),
                          activated_at = least(t.activated_at, coalesce(t.closes_at, p.now_utc) - interval '3 hours')
from bench_gen.param p;

-- Newcomers: their profile, where their civic integration stands (eligible when their trajectory was started; an
-- override with a motivation where the rules said no), taken in shortly before their trajectory was opened.
create table bench_gen.nc as
select t.id, t.nis, t.network_id, t.counsellor, t.level, t.opened_on, t.started_on, n.first_name, n.last_name,
       n.integration_status, n.created_at, n.progress, n.override, i.contract_date,
       -- ended before today, after the contract; for an open trajectory at most a year ago (the rule looks back a year)
       case when n.progress = 'ENDED' then least(p.today - 1, greatest(i.contract_date + 60,
           t.opened_on - 200 + floor(n.r2 * 400)::int, case when t.plan in ('ACTIVE', 'INTAKE') then p.today - 360 end))
       end as ended_on
from bench_gen.tr t
cross join bench_gen.param p
cross join lateral (select bench_gen.pick((select w from bench_gen.words where list = 'newcomer_first')) as first_name,
                           bench_gen.pick((select w from bench_gen.words where list = 'newcomer_last')) as last_name,
                           case when random() < 0.65 then 'OBLIGED' else 'ENTITLED' end as integration_status,
                           t.opened_on - floor(random() * 21)::int + make_interval(mins => 480 + floor(random() * 540)::int)
                               as created_at,
                           case when t.r5 < 0.62 then 'RUNNING' when t.r5 < 0.84 then 'ENDED' when t.r5 < 0.96 then 'CAN_START'
                                else 'NONE' end as progress,
                           t.r5 >= 0.96 and t.started_on is not null as override,
                           random() as r2) n
cross join lateral (select case when n.progress in ('RUNNING', 'ENDED') then t.opened_on - 30 - floor(n.r2 * 510)::int
                           end as contract_date) i;
alter table bench_gen.nc add primary key (id);
-- a newcomer taken in before the opening's hour
update bench_gen.nc n set created_at = least(n.created_at, t.created_at - interval '10 minutes')
from bench_gen.tr t where t.id = n.id and n.created_at > t.created_at - interval '10 minutes';

insert into newcomer (id, first_name, last_name, name_search, email, phone, integration_status, municipality_nis,
                      network_id, dutch_level, referral_channel, integration_contract_date, integration_progress,
                      integration_ended_on, override_motivation, override_by, override_at, created_at, created_by,
                      version)
select n.id, n.first_name, n.last_name, bench_gen.fold(n.first_name || ' ' || n.last_name),
       case when random() < 0.7 then lower(regexp_replace(bench_gen.fold(n.first_name), '[^a-z]+', '', 'g')) || '.'
           || n.id || '@example.org' end,
       case when random() < 0.85 then '04' || bench_gen.rint(60, 99) || ' ' || lpad(bench_gen.rint(0, 99)::text, 2, '0')
           || ' ' || lpad(bench_gen.rint(0, 99)::text, 2, '0') || ' ' || lpad(bench_gen.rint(0, 99)::text, 2, '0') end,
       n.integration_status, n.nis, n.network_id, n.level,
       case when random() < 0.45 then 'AGENCY' when random() < 0.3 then 'CVO' when random() < 0.35 then 'OCMW'
            when random() < 0.4 then 'WORD_OF_MOUTH' when random() < 0.6 then 'SELF' else 'OTHER' end,
       n.contract_date, n.progress, n.ended_on,
       case when n.override then 'Geen inburgeringstraject, maar de inburgeraar wil Nederlands oefenen en is gemotiveerd.' end,
       case when n.override then n.counsellor end,
       case when n.override then n.opened_on + bench_gen.rtime(8, 9) end,
       n.created_at, n.counsellor, n.override::int   -- the override was a change of the newcomer
from bench_gen.nc n;
insert into newcomer_language (newcomer_id, language)
select distinct n.id, l from bench_gen.nc n cross join lateral unnest(bench_gen.sample(
    (select w from bench_gen.words where list = 'languages_newcomer'), bench_gen.rint(1, 3) + (n.id * 0))) l;
insert into newcomer_interest (newcomer_id, interest)
select n.id, i from bench_gen.nc n cross join lateral unnest(bench_gen.sample(
    (select w from bench_gen.words where list = 'interests'), bench_gen.rint(0, 4) + (n.id * 0))) i;
insert into newcomer_availability (newcomer_id, time_slot)
select n.id, s from bench_gen.nc n cross join lateral unnest(bench_gen.sample(
    (select w from bench_gen.words where list = 'slots'), bench_gen.rint(0, 6) + (n.id * 0))) s;
insert into newcomer_consent (newcomer_id, purpose, granted, recorded_at, recorded_by)
select n.id, k.purpose, random() < k.p, n.created_at, n.counsellor
from bench_gen.nc n cross join (values ('matching', 0.75), ('share-with-partners', 0.6),
                                       ('evaluation-contact', 0.5)) k(purpose, p);

-- Placements: 1–4 per started trajectory, spread over its life; the first now and then started before the
-- trajectory was opened (recorded afterwards, within the 90 days of back-dating and not before the integration
-- contract). The type suits the newcomer's Dutch (the type's minimum level), drawn by weight. A placement is made
-- while the trajectory is active, a few days before it starts; a buddy duo by the coordinator who approved its pair.
create table bench_gen.type_pick as
select t.type_id, min(l.n) as min_n, bool_or(t.with_buddy) as with_buddy,
       bool_or(t.contact_confirms) as contact_confirms, max(t.max_per_day) as max_per_day, max(w.w) as w
from bench_gen.type_category t join bench_gen.level l on l.l = t.min_level
join (values ('alternative', 45), ('volunteering', 32), ('internship', 13), ('buddy', 10)) w(type_id, w)
  on w.type_id = t.type_id
group by t.type_id;
-- per level of Dutch (1 = A0 or unknown), each allowed type's share of [0, 1)
create table bench_gen.type_share as
select l.n as level_n, tp.type_id,
       coalesce(sum(tp.w) over (partition by l.n order by tp.type_id rows between unbounded preceding and 1 preceding), 0)::numeric
           / sum(tp.w) over (partition by l.n) as lo,
       sum(tp.w) over (partition by l.n order by tp.type_id)::numeric / sum(tp.w) over (partition by l.n) as hi
from bench_gen.level l join bench_gen.type_pick tp on tp.min_n <= l.n;

create table bench_gen.pl as
select q.*, q.type_id = 'internship' as dated,
       case when q.rc < 0.03 then 'CANCELLED'
            when q.end0 < prm.today and not (q.type_id = 'internship' and q.rb > 0.85) then 'ENDED'
            else 'ACTIVE' end as status,
       q.end0 as end_date
from (select r.*, ts.type_id, s.start_date,
             case when ts.type_id = 'internship' then s.start_date + 13 + floor(r.rd * 50)::int
                  when s.start_date + 30 + floor(r.rd * 210)::int >= r.span_end and r.plan not in ('STOPPED', 'EXEMPTED')
                      then null
                  else s.start_date + 30 + floor(r.rd * 210)::int end as end0
      from (select row_number() over (order by t.id, j) as id, t.id as tr_id, j, k.k, t.network_id, t.opened_on,
                   t.started_on, t.span_end, t.plan, t.counsellor, t.activated_at, t.limit_at,
                   coalesce(lv.n, 1) as level_n, n.contract_date,
                   random() as rt, random() as rs, random() as rd, random() as rc, random() as rb
            from bench_gen.tr t
            join bench_gen.nc n on n.id = t.id
            left join bench_gen.level lv on lv.l = t.level
            cross join lateral (select case when t.r4 < 0.2 then 1 when t.r4 < 0.6 then 2 when t.r4 < 0.9 then 3
                                            else 4 end as k) k
            cross join lateral generate_series(1, k.k) j
            where t.started_on is not null) r
      join bench_gen.type_share ts on ts.level_n = r.level_n and r.rt >= ts.lo and r.rt < ts.hi
      cross join bench_gen.param prm
      cross join lateral (select least(r.span_end, prm.today, greatest(
              r.started_on + floor((r.j - 1) * (r.span_end - r.started_on) / r.k::numeric)::int + floor(r.rs * 8)::int
                  - case when r.j = 1 and r.rb < 0.12 then 1 + floor(r.rd * 60)::int else 0 end,
              r.opened_on - 90, coalesce(r.contract_date, r.opened_on - 90))) as start_date) s) q
cross join bench_gen.param prm;
alter table bench_gen.pl add primary key (id);
alter table bench_gen.pl add column created_at timestamp, add column created_by text;
update bench_gen.pl p set
    created_at = least(p.limit_at - interval '1 hour', greatest(p.activated_at + interval '5 minutes',
                       p.start_date - floor(p.rs * 10)::int + make_interval(mins => 540 + floor(p.rc * 480)::int))),
    created_by = case when p.type_id = 'buddy' then 'coordinator.' || p.network_id else p.counsellor end;

-- Places: every offer that ever took newcomers (published or closed) offers `capacity` parallel places ("slots");
-- a slot holds one placement at a time. Slots are numbered per network and type, the lowest required level first, so
-- that the slots a newcomer of level L may take are a prefix of that numbering.
create table bench_gen.slot as
select o.network_id, o.type_id, l.n as level_n, o.id as offer_id, s as slot_no,
       row_number() over (partition by o.network_id, o.type_id order by l.n, random()) as rn
from bench_gen.offer o join bench_gen.level l on l.l = o.required_level
cross join lateral generate_series(1, o.capacity) s
where o.status <> 'DRAFT';
create unique index on bench_gen.slot (network_id, type_id, rn);
create table bench_gen.slot_count as
select n.network_id, tp.type_id, l.n as level_n,
       (select count(*) from bench_gen.slot s where s.network_id = n.network_id and s.type_id = tp.type_id
        and s.level_n <= l.n) as slots
from bench_gen.net n cross join bench_gen.type_pick tp cross join bench_gen.level l
where not tp.with_buddy;
-- the duos of buddies who may take them (screened, trained, consenting), per network
create table bench_gen.duo as
select b.network_id, b.id as buddy_id, s as slot_no,
       row_number() over (partition by b.network_id order by random()) as rn
from buddy b cross join lateral generate_series(1, b.capacity) s
where b.screening = 'SCREENED' and b.training = 'TRAINED' and b.matching_consent;
create unique index on bench_gen.duo (network_id, rn);
create table bench_gen.duo_count as
select network_id, count(*) as slots from bench_gen.duo group by network_id;

-- a placement whose type has no place at all in its network (possible at a small scale) becomes an alternative one
update bench_gen.pl p set type_id = 'alternative', dated = false
from (select p2.id from bench_gen.pl p2
      left join bench_gen.slot_count c on c.network_id = p2.network_id and c.type_id = p2.type_id
                                       and c.level_n = p2.level_n
      left join bench_gen.duo_count d on d.network_id = p2.network_id
      where (p2.type_id <> 'buddy' and coalesce(c.slots, 0) = 0) or (p2.type_id = 'buddy' and coalesce(d.slots, 0) = 0)) x
where x.id = p.id;
delete from bench_gen.pl p
using (select p2.id from bench_gen.pl p2
       left join bench_gen.slot_count c on c.network_id = p2.network_id and c.type_id = p2.type_id
                                        and c.level_n = p2.level_n
       where p2.type_id <> 'buddy' and coalesce(c.slots, 0) = 0) x
where x.id = p.id;

alter table bench_gen.pl add column offer_id bigint, add column buddy_id bigint, add column slot_no int;
create function pg_temp.assign(only_conflicts boolean) returns void language plpgsql as $$
begin
    update bench_gen.pl p set offer_id = s.offer_id, slot_no = s.slot_no
    from (select p2.id, 1 + floor(random() * c.slots)::int as rn, p2.network_id, p2.type_id
          from bench_gen.pl p2 join bench_gen.slot_count c on c.network_id = p2.network_id
           and c.type_id = p2.type_id and c.level_n = p2.level_n
          where p2.type_id <> 'buddy' and (not only_conflicts or p2.slot_no < 0)) x
    join bench_gen.slot s on s.network_id = x.network_id and s.type_id = x.type_id and s.rn = x.rn
    where p.id = x.id;
    update bench_gen.pl p set buddy_id = d.buddy_id, slot_no = d.slot_no
    from (select p2.id, 1 + floor(random() * c.slots)::int as rn, p2.network_id
          from bench_gen.pl p2 join bench_gen.duo_count c on c.network_id = p2.network_id
          where p2.type_id = 'buddy' and (not only_conflicts or p2.slot_no < 0)) x
    join bench_gen.duo d on d.network_id = x.network_id and d.rn = x.rn
    where p.id = x.id;
end $$;
-- Two placements that start on the same day cannot share a slot (one would end before it began): such a later one
-- draws another slot, three times at most; what still collides is left out.
create function pg_temp.mark_conflicts() returns bigint language plpgsql as $$
declare n bigint;
begin
    update bench_gen.pl p set slot_no = -1
    from (select id, lag(start_date) over (partition by coalesce(offer_id, -buddy_id), slot_no
                                           order by start_date, id) as prev_start,
                 start_date from bench_gen.pl) x
    where x.id = p.id and x.prev_start = x.start_date;
    get diagnostics n = row_count;
    return n;
end $$;
select pg_temp.assign(false);
select pg_temp.mark_conflicts() as conflicts_1;
select pg_temp.assign(true);
select pg_temp.mark_conflicts() as conflicts_2;
select pg_temp.assign(true);
select pg_temp.mark_conflicts() as conflicts_3;
select pg_temp.assign(true);
select pg_temp.mark_conflicts() as conflicts_left_out;
delete from bench_gen.pl where slot_no = -1;

-- A placement still running when the next one takes its slot ended the day before: so a slot never holds two at
-- once, and only the last placement of a slot can still be running.
-- (A running placement holds its place whatever its planned end, as ending it is what gives the place back; ending
-- it after its planned end keeps that end, as Placement.end does.)
update bench_gen.pl p set end_date = least(coalesce(p.end_date, x.next_start - 1), x.next_start - 1),
                          status = 'ENDED'
from (select id, lead(start_date) over (partition by coalesce(offer_id, -buddy_id), slot_no
                                        order by start_date, id) as next_start
      from bench_gen.pl) x
where x.id = p.id and x.next_start is not null and p.status <> 'CANCELLED'
  and (p.status = 'ACTIVE' or p.end_date is null or p.end_date >= x.next_start);

select count(*) as placements, count(*) filter (where type_id = 'buddy') as with_buddy,
       count(*) filter (where status = 'ACTIVE') as running from bench_gen.pl;
