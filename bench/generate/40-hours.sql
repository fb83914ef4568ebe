-- Step 4: when each placement was made and by whom, and the hour entries of every placement: dated within the
-- placement and the trajectory, reported by the counsellor, decided by the offer's contact person or the counsellor
-- (or not yet), a day never above the type's cap nor a person's 24 hours.
\set ON_ERROR_STOP on
select setseed(:seed + 0.03);

-- Hours: each placement gets its share of the trajectory's reported hours, by how long it runs within the
-- trajectory's life, in entries of a type's usual length (quarter hours), on distinct days of the placement.
create table bench_gen.hour_kind (type_id text primary key, lo numeric, hi numeric);
insert into bench_gen.hour_kind values ('alternative', 1.0, 1.75), ('buddy', 1.0, 2.0), ('volunteering', 1.0, 2.5),
                                       ('internship', 2.0, 4.0);
create table bench_gen.pl_hours as
select p.id, p.tr_id, p.type_id, p.start_date, d.last_day,
       case when p.status = 'CANCELLED' then 0 else least(d.last_day - p.start_date + 1,
           round(t.budget * (d.last_day - p.start_date + 1)
                 / sum(case when p.status = 'CANCELLED' then 0 else d.last_day - p.start_date + 1 end)
                       over (partition by p.tr_id)
                 / ((k.lo + k.hi) / 2))::int) end as entries
from bench_gen.pl p
join bench_gen.tr t on t.id = p.tr_id
join bench_gen.hour_kind k on k.type_id = p.type_id
cross join lateral (select greatest(p.start_date, least(coalesce(p.end_date, t.span_end), t.span_end,
                                                        t.limit_at::date)) as last_day) d;

create unlogged table bench_gen.he0 as
select p.id as placement_id, p.tr_id, p.type_id,
       p.start_date + a.lo + floor(random() * (a.hi - a.lo))::int as work_date,
       k.lo + 0.25 * floor(random() * ((k.hi - k.lo) / 0.25 + 1)) as hours,
       random() as rr, random() as rd, random() as rw, random() as rn, random() as rt
from bench_gen.pl_hours p
join bench_gen.hour_kind k on k.type_id = p.type_id
cross join lateral generate_series(1, p.entries) i
cross join lateral (select floor((i - 1) * (p.last_day - p.start_date + 1)::numeric / p.entries)::int as lo,
                           floor(i * (p.last_day - p.start_date + 1)::numeric / p.entries)::int as hi) a
where p.entries > 0;

-- Reported by the counsellor, mostly the same week, never before the placement was made nor after the trajectory's
-- limit; decided after a few hours to a few weeks (now and then much later), 92 % confirmed, by the offer's contact
-- person (their organisation's account) where the type has them confirm, else by the counsellor.
create unlogged table bench_gen.he as
select e.placement_id, e.tr_id, e.type_id, e.work_date, e.hours::numeric(4, 2) as hours, r.reported_at,
       r.reported_at + case when e.rd < 0.6 then make_interval(mins => 120 + floor(e.rw * 4200)::int)
                            when e.rd < 0.85 then make_interval(days => 3 + floor(e.rw * 7)::int)
                            when e.rd < 0.95 then make_interval(days => 10 + floor(e.rw * 20)::int)
                            else make_interval(days => 30 + floor(e.rw * 45)::int) end
                     + make_interval(mins => floor(e.rt * 600)::int) as decided_at,
       e.rn >= 0.08 as confirmed,
       tp.contact_confirms and e.rw < 0.7 as by_contact,
       e.rn
from bench_gen.he0 e
join bench_gen.pl p on p.id = e.placement_id
join bench_gen.tr t on t.id = e.tr_id
join bench_gen.type_pick tp on tp.type_id = e.type_id
cross join lateral (select least(t.limit_at - interval '1 minute', greatest(p.created_at + interval '2 minutes',
        e.work_date + case when e.rr < 0.45 then 0 when e.rr < 0.75 then 1 when e.rr < 0.9 then floor(e.rr * 7)::int
                           else floor(e.rr * 14)::int end + make_interval(mins => 480 + floor(e.rt * 840)::int)))
        as reported_at) r
where r.reported_at >= p.created_at and r.reported_at::date >= e.work_date;
drop table bench_gen.he0;

select count(*) as hour_entries_planned from bench_gen.he;
