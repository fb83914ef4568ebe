-- Step 3: newcomers with their profiles and consents, their trajectories (as planned: status, dates, how many hours
-- they will have reported) and the placements of those trajectories, each given a place of an offer or a duo of a
-- buddy such that no offer or buddy ever holds more newcomers at once than its capacity.
\set ON_ERROR_STOP on
select setseed(:seed + 0.02);

-- The trajectory of each newcomer (one each, newcomer id = trajectory id), planned: intended status, opening,
-- start, closing, the hours it will report. 50-derive.sql makes the status follow the hours (completion).
create table bench_gen.tr0 as
select m.nis, m.network_id,
       case when r < 0.05 then 'INTAKE' when r < 0.38 then 'ACTIVE' when r < 0.80 then 'COMPLETED'
            when r < 0.94 then 'STOPPED' else 'EXEMPTED' end as plan,
       random() as r1, random() as r2, random() as r3, random() as r4, random() as r5
from (select g, random() as r, 1 + floor(random() * (select count(*) from bench_gen.muni))::int as mi
      from generate_series(1, (select newcomers from bench_gen.volume)) g) x
join bench_gen.muni m on m.idx = x.mi;
alter table bench_gen.tr0 add column opened_on date, add column target numeric(6, 2), add column level text;
update bench_gen.tr0 t set
    opened_on = p.today - case t.plan
        when 'INTAKE' then case when t.r1 < 0.8 then floor(t.r2 * 46)::int else 46 + floor(t.r2 * 105)::int end
        when 'ACTIVE' then 7 + floor(533 * power(t.r2, 1.5))::int
        when 'COMPLETED' then 60 + floor(t.r2 * (p.today - p.t0 - 60))::int
        else 30 + floor(t.r2 * (p.today - p.t0 - 30))::int end,
    target = case when t.r3 < 0.93 then 40 when t.r3 < 0.96 then 20 when t.r3 < 0.98 then 30 else 60 end,
    level = case when t.r4 < 0.03 then null when t.r4 < 0.11 then 'A0' when t.r4 < 0.35 then 'A1'
                 when t.r4 < 0.65 then 'A2' when t.r4 < 0.87 then 'B1' when t.r4 < 0.97 then 'B2' else 'C1' end
from bench_gen.param p;
-- numbered in the order they were opened, as the application's identity columns number them
create table bench_gen.tr as
select row_number() over (order by opened_on, r5) as id, * from bench_gen.tr0;
drop table bench_gen.tr0;
alter table bench_gen.tr add primary key (id);

alter table bench_gen.tr add column started_on date, add column close_on date,
    add column span_end date, add column budget numeric, add column counsellor text, add column deadline date;
update bench_gen.tr t set
    started_on = case when t.plan = 'INTAKE' or (t.plan = 'STOPPED' and t.r5 < 0.2)
                           or (t.plan = 'EXEMPTED' and t.r5 < 0.4) then null
                      else least(p.today, t.opened_on + floor(t.r1 * 15)::int) end
from bench_gen.param p;
update bench_gen.tr t set
    close_on = case when t.plan in ('STOPPED', 'EXEMPTED') then least(p.today,
                   coalesce(t.started_on, t.opened_on) + case when t.started_on is null then 7 + floor(t.r1 * 84)::int
                                                              else 14 + floor(t.r1 * 287)::int end) end,
    span_end = case t.plan when 'ACTIVE' then p.today
                   when 'COMPLETED' then least(p.today, t.started_on + 45 + floor(t.r1 * 320)::int)
                   when 'INTAKE' then null
                   else least(p.today, coalesce(t.started_on, t.opened_on) + 14 + floor(t.r1 * 287)::int) end,
    -- the hours reported over the trajectory's life (rejected ones included); a completed one reports past its target
    budget = t.target * case t.plan
        when 'ACTIVE' then least(0.95, greatest(0.03, ((p.today - t.opened_on) / 250.0) * (0.4 + t.r5)))
        when 'COMPLETED' then 1.25 + 0.3 * t.r5
        when 'INTAKE' then 0
        else 0.8 * t.r5 end,
    deadline = case when t.r2 < 0.5 then t.opened_on + 180 + floor(t.r3 * 360)::int end
from bench_gen.param p;
update bench_gen.tr set span_end = close_on where plan in ('STOPPED', 'EXEMPTED');
update bench_gen.tr t set counsellor = c.username
from bench_gen.counsellor c
where c.network_id = t.network_id
  and c.idx = 1 + (hashtext(t.id::text) & 2147483647) % (select counsellors_per_network from bench_gen.volume);

-- Newcomers: their profile, where their civic integration stands (eligible when their trajectory was started; an
-- override with a motivation where the rules said no), taken in shortly before their trajectory was opened.
create table bench_gen.nc as
select t.id, t.nis, t.network_id, t.counsellor, t.level, t.opened_on, t.started_on,
       bench_gen.pick((select w from bench_gen.words where list = 'newcomer_first')) as first_name,
       bench_gen.pick((select w from bench_gen.words where list = 'newcomer_last')) as last_name,
       case when random() < 0.65 then 'OBLIGED' else 'ENTITLED' end as integration_status,
       random() as r, random() as r2,
       t.opened_on - floor(random() * 21)::int + bench_gen.rtime(8, 17) as created_at
from bench_gen.tr t;
alter table bench_gen.nc add primary key (id);
alter table bench_gen.nc add column progress text, add column contract_date date, add column ended_on date,
    add column override boolean;
update bench_gen.nc n set
    progress = case when n.r < 0.62 then 'RUNNING' when n.r < 0.84 then 'ENDED' when n.r < 0.96 then 'CAN_START'
                    else 'NONE' end,
    override = n.r >= 0.96 and n.started_on is not null
from bench_gen.param p;
update bench_gen.nc n set
    contract_date = case when n.progress in ('RUNNING', 'ENDED') then n.opened_on - 30 - floor(n.r2 * 510)::int end,
    -- ended, for an eligible start, at most a year before today (the rule looks back one year)
    ended_on = case when n.progress = 'ENDED' then least(p.today - 1, greatest(n.opened_on - 300 + floor(n.r2 * 200)::int,
                                                                       p.today - 360)) end
from bench_gen.param p;
update bench_gen.nc set ended_on = greatest(ended_on, contract_date + 30) where progress = 'ENDED';

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
       case when n.override then n.opened_on + bench_gen.rtime(9, 12) end,
       n.created_at, n.counsellor, 0
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
-- contract). The type suits the newcomer's Dutch (the type's minimum level).
create table bench_gen.type_pick as
select t.type_id, min(l.n) as min_n, bool_or(t.with_buddy) as with_buddy,
       bool_or(t.contact_confirms) as contact_confirms, max(t.max_per_day) as max_per_day, max(w.w) as w
from bench_gen.type_category t join bench_gen.level l on l.l = t.min_level
join (values ('alternative', 45), ('volunteering', 32), ('internship', 13), ('buddy', 10)) w(type_id, w)
  on w.type_id = t.type_id
group by t.type_id;

create table bench_gen.pl as
select row_number() over (order by t.id, j) as id, t.id as tr_id, j, k, t.network_id, t.opened_on, t.started_on,
       t.span_end, t.plan, t.counsellor, coalesce(lv.n, 1) as level_n, n.contract_date,
       random() as rt, random() as rs, random() as rd, random() as rc, random() as rb
from bench_gen.tr t
join bench_gen.nc n on n.id = t.id
left join bench_gen.level lv on lv.l = t.level
cross join lateral (select case when t.r4 < 0.2 then 1 when t.r4 < 0.6 then 2 when t.r4 < 0.9 then 3 else 4 end as k
                    ) kk
cross join lateral generate_series(1, kk.k) j
where t.started_on is not null;

-- the type, by weight among those the newcomer's level allows (an unknown level: only a type that needs no Dutch)
alter table bench_gen.pl add column type_id text;
-- (weighted choice: the type whose exponential clock rings first)
update bench_gen.pl p set type_id = s.type_id
from (select p2.id, (select tp.type_id from bench_gen.type_pick tp where tp.min_n <= p2.level_n
                     order by -ln(random()) / tp.w limit 1) as type_id
      from bench_gen.pl p2) s
where s.id = p.id;
alter table bench_gen.pl add primary key (id);

alter table bench_gen.pl add column start_date date, add column end_date date, add column status text,
    add column dated boolean;
update bench_gen.pl p set dated = (p.type_id = 'internship');
update bench_gen.pl p set
    start_date = least(p.span_end, prm.today, greatest(
        p.started_on + floor((p.j - 1) * (p.span_end - p.started_on) / p.k::numeric)::int + floor(p.rs * 8)::int
            - case when p.j = 1 and p.rb < 0.12 then 1 + floor(p.rd * 60)::int else 0 end,
        p.opened_on - 90, coalesce(p.contract_date, p.opened_on - 90)))
from bench_gen.param prm;
update bench_gen.pl p set
    end_date = case when p.dated then p.start_date + 13 + floor(p.rd * 50)::int
                    when p.start_date + 30 + floor(p.rd * 210)::int >= p.span_end and p.plan <> 'STOPPED'
                         and p.plan <> 'EXEMPTED' then null
                    else p.start_date + 30 + floor(p.rd * 210)::int end,
    status = case when p.rc < 0.03 then 'CANCELLED' else 'ACTIVE' end;
update bench_gen.pl set status = 'ENDED' where status = 'ACTIVE' and end_date < (select today from bench_gen.param)
    and not (dated and random() < 0.15);

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
where (p.type_id <> 'buddy' and coalesce((select c.slots from bench_gen.slot_count c where c.network_id = p.network_id
        and c.type_id = p.type_id and c.level_n = p.level_n), 0) = 0)
   or (p.type_id = 'buddy' and coalesce((select c.slots from bench_gen.duo_count c
        where c.network_id = p.network_id), 0) = 0);
delete from bench_gen.pl p where p.type_id <> 'buddy' and coalesce((select c.slots from bench_gen.slot_count c
    where c.network_id = p.network_id and c.type_id = p.type_id and c.level_n = p.level_n), 0) = 0;

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
