-- Step 5: what the application derives, as its rules would have it. A trajectory completes by itself at the
-- confirmation that brings its confirmed hours to the target (hours confirmed later were still pending then and
-- lapsed; nothing is reported afterwards); closing ends its running placements and lapses what is pending; the
-- certificate is the fixed record of the completion. Then the trajectories, placements and hour entries are written.
\set ON_ERROR_STOP on
select setseed(:seed + 0.04);

-- The completion: the first confirmation (in the order decided) at which the confirmed hours reach the target,
-- before the trajectory's limit (its closing, or now).
create table bench_gen.completion as
select tr_id, min(decided_at) as completes_at
from (select e.tr_id, e.decided_at, t.target,
             sum(e.hours) over (partition by e.tr_id order by e.decided_at, e.reported_at, e.placement_id, e.work_date)
                 as running
      from bench_gen.he e join bench_gen.tr t on t.id = e.tr_id
      where e.confirmed and e.decided_at <= t.limit_at) c
where running >= target
group by tr_id;
alter table bench_gen.completion add primary key (tr_id);

alter table bench_gen.tr add column status text, add column ended_on date, add column closed_at timestamp;
update bench_gen.tr t set status = case when c.tr_id is not null then 'COMPLETED'
                                        when t.plan = 'COMPLETED' then 'ACTIVE' else t.plan end,
                          closed_at = coalesce(c.completes_at, t.closes_at)
from bench_gen.tr t2 left join bench_gen.completion c on c.tr_id = t2.id
where t2.id = t.id;
update bench_gen.tr set ended_on = closed_at::date;
select plan, status, count(*) from bench_gen.tr group by 1, 2 order by 1, 2;

-- Hour entries as they stand: nothing reported after the closing; a decision after it never happened (the entry
-- lapsed when the trajectory closed); a decision still to come is pending.
-- (numbered in the order they were reported, as the identity column numbers them)
create unlogged table bench_gen.entry as
select row_number() over (order by e.reported_at, e.placement_id, e.work_date) as eid, e.placement_id, e.tr_id, e.type_id, e.work_date, e.hours, e.reported_at,
       case when e.decided_at <= coalesce(t.closed_at, p.now_utc) then case when e.confirmed then 'CONFIRMED'
                                                                          else 'REJECTED' end
            when t.closed_at is not null then 'LAPSED' else 'PENDING' end as status,
       case when e.decided_at <= coalesce(t.closed_at, p.now_utc) then e.decided_at
            when t.closed_at is not null then t.closed_at end as decided_at,
       e.by_contact, e.rn, e.work_date < t.opened_on as recorded_afterwards
from bench_gen.he e join bench_gen.tr t on t.id = e.tr_id cross join bench_gen.param p
where t.closed_at is null or e.reported_at <= t.closed_at;
drop table bench_gen.he;

-- Placements: none made after the closing; a placement running at the closing ended that day.
delete from bench_gen.pl p using bench_gen.tr t where t.id = p.tr_id and p.created_at > t.closed_at;
update bench_gen.pl p set status = 'ENDED',
    end_date = case when p.end_date is null or t.ended_on < p.end_date then greatest(p.start_date, t.ended_on)
                    else p.end_date end
from bench_gen.tr t
where t.id = p.tr_id and t.ended_on is not null and p.status <> 'CANCELLED'
  and (p.end_date is null or p.end_date > t.ended_on or p.status = 'ACTIVE');

-- The trajectory's own columns: confirmed hours are the confirmed entries, reported hours the confirmed and the
-- pending ones (rejected and lapsed ones left them); the version counts the commands that changed it: the start,
-- each report, each decision, the closing (a completion is part of the deciding command).
create table bench_gen.tr_hours as
select tr_id, coalesce(sum(hours) filter (where status = 'CONFIRMED'), 0) as confirmed,
       coalesce(sum(hours) filter (where status in ('CONFIRMED', 'PENDING')), 0) as reported,
       count(*) as entries, count(*) filter (where status in ('CONFIRMED', 'REJECTED')) as decided
from bench_gen.entry group by tr_id;
alter table bench_gen.tr_hours add primary key (tr_id);

insert into trajectory (id, newcomer_id, network_id, municipality_nis, counsellor, status, status_reason, target_hours,
                        target_reason, deadline, opened_on, started_on, ended_on, confirmed_hours, reported_hours,
                        certificate_code, created_at, version)
select t.id, t.id, t.network_id, t.nis, t.counsellor, t.status,
       case t.status when 'STOPPED' then bench_gen.pick((select w from bench_gen.words where list = 'stop_reasons'))
                     when 'EXEMPTED' then bench_gen.pick((select w from bench_gen.words where list = 'exempt_reasons'))
       end,
       t.target, case when t.target <> 40 then bench_gen.pick((select w from bench_gen.words
                                                               where list = 'target_reasons')) end,
       t.deadline, t.opened_on, t.started_on, t.ended_on,
       coalesce(h.confirmed, 0), coalesce(h.reported, 0),
       case when t.status = 'COMPLETED' then bench_gen.certificate_code('vp-bench-certificate-' || t.id) end,
       t.created_at,
       (t.started_on is not null)::int + coalesce(h.entries, 0) + coalesce(h.decided, 0)
           + (t.status in ('STOPPED', 'EXEMPTED'))::int
from bench_gen.tr t left join bench_gen.tr_hours h on h.tr_id = t.id;

-- Placements, numbered in the order they were made; the title is the offer's, or "Buddy <name>"; the attributes are
-- those the type's form asks, as the application stores them (schema order, references as strings).
create table bench_gen.placement_id as
select id as pl_id, row_number() over (order by created_at, id) as id from bench_gen.pl;
alter table bench_gen.placement_id add primary key (pl_id);
insert into placement (id, trajectory_id, type_id, reporting_category, offer_id, buddy_id, organisation_id, title,
                       start_date, end_date, status, attributes, created_at, created_by)
select pid.id, p.tr_id, p.type_id, coalesce(o.category_id, c.category_id), p.offer_id, p.buddy_id, o.org_id,
       coalesce(o.title, 'Buddy ' || b.first_name || ' ' || b.last_name), p.start_date, p.end_date, p.status,
       -- compact JSON in the order of the type's form, as AttributesJson writes it
       case p.type_id
           when 'buddy' then '{"buddy":' || to_json(p.buddy_id::text)
               || ',"meetingRhythm":' || to_json(case when p.rc < 0.6 then 'weekly' when p.rc < 0.9 then 'fortnightly'
                                                       else 'monthly' end)
               || ',"sharedLanguages":' || case when p.rs < 0.7 then '["nl"]'
                                               else '["nl",' || to_json(bench_gen.pick(array['en', 'fr', 'ar', 'tr'])) || ']' end
               || case when p.rd < 0.7 then ',"firstMeeting":' || to_json(p.start_date::text) else '' end || '}'
           when 'internship' then '{"hostOrganisation":' || to_json(o.org_id::text)
               || ',"hostKind":' || to_json(case org.kind when 'COMPANY' then 'company' when 'ASSOCIATION' then 'association'
                                                 when 'LOCAL_GOVERNMENT' then 'local-government' else 'organisation' end)
               || ',"supervisor":' || to_json(bench_gen.pick((select w from bench_gen.words where list = 'buddy_first'))
                                              || ' ' || bench_gen.pick((select w from bench_gen.words where list = 'buddy_last')))
               || ',"startDate":' || to_json(p.start_date::text)
               || ',"endDate":' || to_json((p.start_date + 13 + floor(p.rd * 50)::int)::text)
               || ',"agreementSigned":true}'
           when 'volunteering' then '{"organisation":' || to_json(o.org_id::text)
               || ',"role":' || to_json(bench_gen.pick((select w from bench_gen.words where list = 'volunteer_roles')))
               || ',"insuranceConfirmed":true}'
           else '{"subtype":' || to_json(o.category_id) || ',"setting":' || case when p.rs < 0.8 then '"group"' else '"duo"' end
               || case when p.rd < 0.5 then ',"groupSize":' || case when p.rs < 0.8 then 3 + floor(p.rc * 20)::int else 2 end
                       else '' end
               || case when o.category_id = 'other' or p.rb < 0.3 then ',"activity":'
                       || to_json(bench_gen.pick((select w from bench_gen.words where list = 'activities'))) else '' end
               || '}'
       end,
       p.created_at, p.created_by
from bench_gen.pl p
join bench_gen.placement_id pid on pid.pl_id = p.id
left join bench_gen.offer o on o.id = p.offer_id
left join bench_gen.org org on org.id = o.org_id
left join buddy b on b.id = p.buddy_id
left join (select type_id, min(category_id) as category_id from bench_gen.type_category group by type_id) c
       on c.type_id = p.type_id;

-- Hour entries, numbered in the order they were reported.
insert into hour_entry (id, trajectory_id, placement_id, work_date, hours, note, reporting_category, status,
                        reported_by, reported_at, decided_by, decided_as, decided_at, rejection_reason,
                        recorded_afterwards)
select e.eid, e.tr_id, pid.id, e.work_date, e.hours,
       case when e.rn > 0.97 then bench_gen.pick(array['Samen gekookt.', 'Uitstap met de groep.',
           'Extra sessie.', 'Voorbereiding activiteit.']) end,
       pl.reporting_category, e.status, t.counsellor, e.reported_at,
       case when e.status = 'LAPSED' then 'traject ' || case t.status when 'COMPLETED' then 'voltooid'
                                                                     when 'STOPPED' then 'stopgezet' else 'vrijgesteld' end
            when e.status in ('CONFIRMED', 'REJECTED') then
                case when e.by_contact then 'contact.org' || pl.organisation_id else t.counsellor end end,
       case when e.status in ('CONFIRMED', 'REJECTED') then
                case when e.by_contact then 'CONTACT_PERSON' else 'COUNSELLOR' end end,
       e.decided_at,
       case when e.status = 'REJECTED' then bench_gen.pick((select w from bench_gen.words where list = 'rejections')) end,
       e.recorded_afterwards
from bench_gen.entry e
join bench_gen.placement_id pid on pid.pl_id = e.placement_id
join placement pl on pl.id = pid.id
join bench_gen.tr t on t.id = e.tr_id;

-- Certificates: the fixed record made at the completing confirmation, with the confirmed hours per type and
-- category (labels as the registry names them), sealed with the SHA-256 of Certificate.canonical().
insert into certificate (id, trajectory_id, code, completed_on, target_hours, confirmed_hours, issued_at)
select row_number() over (order by c.completes_at, t.id), t.id, t.certificate_code, t.ended_on, t.target_hours,
       t.confirmed_hours, c.completes_at
from trajectory t join bench_gen.completion c on c.tr_id = t.id
where t.status = 'COMPLETED';
insert into certificate_category (certificate_id, line_no, type_id, category_id, label, hours)
select g.certificate_id, row_number() over (partition by g.certificate_id order by g.type_id, g.category_id) - 1,
       g.type_id, g.category_id, tc.label, g.hours
from (select c.id as certificate_id, p.type_id, e.reporting_category as category_id, sum(e.hours) as hours
      from certificate c
      join hour_entry e on e.trajectory_id = c.trajectory_id and e.status = 'CONFIRMED'
      join placement p on p.id = e.placement_id
      group by c.id, p.type_id, e.reporting_category) g
join bench_gen.type_category tc on tc.type_id = g.type_id and tc.category_id = g.category_id;
update certificate c set content_hash = encode(sha256(convert_to(
    'vierdepijler-attest/1' || E'\n' || 'code=' || c.code || E'\n' || 'completedOn=' || c.completed_on || E'\n'
    || 'targetHours=' || trim_scale(c.target_hours) || E'\n' || 'confirmedHours=' || trim_scale(c.confirmed_hours)
    || E'\n' || coalesce((select string_agg(l.type_id || '/' || l.category_id || '=' || trim_scale(l.hours) || E'\n', ''
                                            order by l.line_no)
                          from certificate_category l where l.certificate_id = c.id), ''), 'UTF8')), 'hex');

-- Offers: the places its running placements hold; active from its first placement at the latest, and (closed) until
-- after its last one was made; created before any of it.
update offer o set places_taken = s.running,
    active_from = case when o.active_from is not null then least(o.active_from, s.first_start, s.first_made::date) end,
    active_until = case when o.status = 'CLOSED' then greatest(o.active_until, s.last_made::date) else o.active_until end,
    created_at = least(o.created_at, s.first_made - interval '3 days'),
    changed_at = greatest(least(o.created_at, s.first_made - interval '3 days'), o.changed_at)
from (select offer_id, count(*) filter (where status = 'ACTIVE') as running, min(start_date) as first_start,
             min(created_at) as first_made, max(created_at) as last_made
      from placement where offer_id is not null group by offer_id) s
where s.offer_id = o.id;
update offer set created_at = least(created_at, active_from - interval '5 days') where active_from is not null;
update offer set changed_at = greatest(changed_at, created_at,
                                       case when status = 'CLOSED' then active_until + interval '9 hours' end);

-- Buddies: the duos their running placements hold; every take and give-back of a duo raised the version; trained and
-- screened before their first duo; some who run no duo stopped since; a few paused.
update buddy b set duos_taken = s.running, version = b.version + s.taken + s.released,
    trained_on = least(b.trained_on, s.first_made::date - 3),
    screening_decided_on = least(b.screening_decided_on, s.first_made::date - 20),
    created_at = least(b.created_at, s.first_made - interval '40 days')
from (select buddy_id, count(*) filter (where status = 'ACTIVE') as running, count(*) as taken,
             count(*) filter (where status <> 'ACTIVE') as released, min(created_at) as first_made,
             max(coalesce(end_date, start_date)) as last_day
      from placement where buddy_id is not null group by buddy_id) s
where s.buddy_id = b.id;
update buddy b set status = 'STOPPED', version = b.version + 1,
    updated_at = least(p.now_utc, greatest(b.updated_at, coalesce(x.last_day, b.trained_on) + 20 + bench_gen.rint(0, 200)
                                                          + interval '10 hours'))
from (select b2.id, s.last_day
      from buddy b2 left join (select buddy_id, max(coalesce(end_date, start_date)) as last_day from placement
                               where buddy_id is not null group by buddy_id) s on s.buddy_id = b2.id
      where b2.duos_taken = 0 and b2.status = 'ACTIVE' and b2.training = 'TRAINED' and random() < 0.12) x,
     bench_gen.param p
where x.id = b.id;
update buddy set updated_at = greatest(updated_at, created_at,
                                       coalesce(trained_on, screening_decided_on)::timestamp + interval '10 hours');
update buddy_consent c set recorded_at = date_trunc('milliseconds', b.created_at)
from buddy b where b.id = c.buddy_id and c.recorded_at <> date_trunc('milliseconds', b.created_at);

select (select count(*) from trajectory) as trajectories, (select count(*) from placement) as placements,
       (select count(*) from hour_entry) as hour_entries, (select count(*) from certificate) as certificates;
