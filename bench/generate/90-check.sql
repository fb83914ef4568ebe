-- Step 9: the rules the generated data must keep, checked on the tables the application reads. Every query counts
-- the rows that break a rule; the script fails when any count is not 0.
\set ON_ERROR_STOP on
create temporary table broken (rule text, n bigint);

insert into broken
select 'trajectory hours are the sums of its entries', count(*) from trajectory t
left join (select trajectory_id, sum(hours) filter (where status = 'CONFIRMED') as c,
                  sum(hours) filter (where status in ('CONFIRMED', 'PENDING')) as r
           from hour_entry group by trajectory_id) h on h.trajectory_id = t.id
where t.confirmed_hours <> coalesce(h.c, 0) or t.reported_hours <> coalesce(h.r, 0);

insert into broken
select 'open trajectories are below their target, completed ones reached it at their last decision', count(*)
from trajectory t
where (t.status in ('INTAKE', 'ACTIVE', 'STOPPED', 'EXEMPTED') and t.confirmed_hours >= t.target_hours)
   or (t.status = 'COMPLETED' and (t.confirmed_hours < t.target_hours or t.confirmed_hours - (
        select coalesce(sum(e.hours), 0) from hour_entry e where e.trajectory_id = t.id and e.status = 'CONFIRMED'
        and e.decided_at = (select c.issued_at from certificate c where c.trajectory_id = t.id)) >= t.target_hours));

insert into broken
select 'a completed trajectory has its certificate (code, date, hours, lines), others none', count(*)
from trajectory t left join certificate c on c.trajectory_id = t.id
where (t.status = 'COMPLETED') <> (c.id is not null)
   or (c.id is not null and (c.code <> t.certificate_code or c.completed_on <> t.ended_on
       or c.confirmed_hours <> t.confirmed_hours or c.content_hash is null
       or c.confirmed_hours <> (select sum(l.hours) from certificate_category l where l.certificate_id = c.id)))
   or (t.status <> 'COMPLETED' and t.certificate_code is not null);

insert into broken
select 'dates of a trajectory follow its status', count(*) from trajectory
where (status = 'INTAKE' and (started_on is not null or ended_on is not null))
   or (status = 'ACTIVE' and (started_on is null or ended_on is not null))
   or (status in ('COMPLETED', 'STOPPED', 'EXEMPTED') and ended_on is null)
   or (status = 'COMPLETED' and started_on is null)
   or started_on < opened_on or ended_on < coalesce(started_on, opened_on) or deadline < opened_on
   or ended_on > (now() at time zone 'Europe/Brussels')::date;

insert into broken
select 'a closed trajectory has nothing pending and no running placement', count(*) from trajectory t
where t.status in ('COMPLETED', 'STOPPED', 'EXEMPTED')
  and (exists (select 1 from hour_entry e where e.trajectory_id = t.id and e.status = 'PENDING')
       or exists (select 1 from placement p where p.trajectory_id = t.id and p.status = 'ACTIVE'
                  or p.trajectory_id = t.id and p.status = 'ENDED'
                     and p.end_date > greatest(t.ended_on, p.start_date)));

insert into broken
select 'an open trajectory has no lapsed hours; an intake one no placement', count(*) from trajectory t
where (t.status in ('INTAKE', 'ACTIVE') and exists (select 1 from hour_entry e where e.trajectory_id = t.id
                                                  and e.status = 'LAPSED'))
   or (t.status = 'INTAKE' and exists (select 1 from placement p where p.trajectory_id = t.id));

insert into broken
select 'an hour entry lies within its placement, before today, within the back-dating window', count(*)
from hour_entry e join placement p on p.id = e.placement_id join trajectory t on t.id = e.trajectory_id
where p.trajectory_id <> e.trajectory_id or e.work_date < p.start_date or e.work_date > p.end_date
   or e.work_date > (now() at time zone 'Europe/Brussels')::date or e.work_date < t.opened_on - 90
   or e.recorded_afterwards <> (e.work_date < t.opened_on) or p.status = 'CANCELLED'
   or e.reporting_category <> p.reporting_category or e.reported_at < p.created_at
   or e.reported_at::date < e.work_date or e.decided_at < e.reported_at
   or (t.ended_on is not null and e.work_date > t.ended_on);

insert into broken
select 'hours come in quarter hours, above 0, a placement''s day within the type''s cap', count(*)
from (select e.placement_id, e.work_date, sum(e.hours) as h, min(e.hours) as least_hours,
             bool_and(e.hours * 4 = floor(e.hours * 4)) as quarters, max(p.type_id) as type_id
      from hour_entry e join placement p on p.id = e.placement_id
      where e.status <> 'REJECTED' group by e.placement_id, e.work_date) d
join (select type_id, max(max_per_day) as cap from bench_gen.type_category group by type_id) c on c.type_id = d.type_id
where d.h > c.cap or d.least_hours <= 0 or not d.quarters;

insert into broken
select 'a person''s day holds at most 24 hours', count(*)
from (select t.newcomer_id, e.work_date from hour_entry e join trajectory t on t.id = e.trajectory_id
      where e.status <> 'REJECTED' group by 1, 2 having sum(e.hours) > 24) d;

insert into broken
select 'decisions: who and how follow the status', count(*) from hour_entry
where (status = 'PENDING' and (decided_at is not null or decided_by is not null or decided_as is not null))
   or (status in ('CONFIRMED', 'REJECTED') and (decided_at is null or decided_by is null or decided_as is null))
   or (status = 'LAPSED' and (decided_at is null or decided_by not like 'traject %' or decided_as is not null))
   or ((status = 'REJECTED') <> (rejection_reason is not null) and trajectory_id not in (select t.id
        from trajectory t join newcomer n on n.id = t.newcomer_id where n.erased_at is not null));

insert into broken
select 'a contact person decides only hours of their own organisation''s offers of a type they confirm', count(*)
from hour_entry e join placement p on p.id = e.placement_id
left join app_user u on u.username = e.decided_by
where e.decided_as = 'CONTACT_PERSON' and (u.organisation_id is distinct from p.organisation_id
      or p.type_id not in (select type_id from bench_gen.type_category where contact_confirms));

insert into broken
select 'a placement is of a known type and category, with a buddy or in an offer of its type', count(*)
from placement p
left join offer o on o.id = p.offer_id
left join bench_gen.type_category c on c.type_id = p.type_id and c.category_id = p.reporting_category
where c.type_id is null or (c.with_buddy <> (p.buddy_id is not null))
   or (p.offer_id is not null and (o.trajectory_type_id <> p.type_id or o.reporting_category <> p.reporting_category
       or o.organisation_id <> p.organisation_id or o.title <> p.title or o.status = 'DRAFT'
       or p.start_date < o.active_from or p.created_at::date < o.active_from or p.created_at::date > o.active_until))
   or (p.buddy_id is not null and p.organisation_id is not null);

insert into broken
select 'placement attributes are its type''s form, referring to the placement''s own buddy or organisation', count(*)
from placement p join trajectory t on t.id = p.trajectory_id join newcomer n on n.id = t.newcomer_id
where n.erased_at is null and not coalesce(case p.type_id
    when 'buddy' then p.attributes like '{"buddy":"' || p.buddy_id || '",%'
    when 'volunteering' then p.attributes like '{"organisation":"' || p.organisation_id || '",%'
    when 'internship' then p.attributes like '{"hostOrganisation":"' || p.organisation_id || '",%'
        and (p.attributes::json ->> 'startDate')::date = p.start_date
        and (p.attributes::json ->> 'endDate')::date >= p.end_date
    else p.attributes like '{"subtype":"' || p.reporting_category || '",%' end, false);

insert into broken
select 'a placement''s dates: start not after end, within the back-dating window, after the contract', count(*)
from placement p join trajectory t on t.id = p.trajectory_id join newcomer n on n.id = t.newcomer_id
where p.end_date < p.start_date or p.start_date < t.opened_on - 90
   or p.start_date < n.integration_contract_date
   or (p.status = 'ACTIVE' and t.status <> 'ACTIVE') or (p.status = 'ENDED' and p.end_date is null)
   or p.created_at::date < t.started_on;

insert into broken
select 'the newcomer''s Dutch reaches the type''s and the offer''s level', count(*)
from placement p join trajectory t on t.id = p.trajectory_id join newcomer n on n.id = t.newcomer_id
join (select type_id, max(min_level) as min_level from bench_gen.type_category group by type_id) c on c.type_id = p.type_id
left join offer o on o.id = p.offer_id
where greatest(c.min_level, coalesce(o.required_level, 'A0')) <> 'A0'
  and (n.dutch_level is null or n.dutch_level < greatest(c.min_level, coalesce(o.required_level, 'A0')));

insert into broken
select 'places and duos taken are the running placements, never above the capacity', count(*)
from (select o.id, o.places_taken as taken, o.capacity,
             (select count(*) from placement p where p.offer_id = o.id and p.status = 'ACTIVE') as running
      from offer o
      union all
      select b.id, b.duos_taken, b.capacity,
             (select count(*) from placement p where p.buddy_id = b.id and p.status = 'ACTIVE')
      from buddy b) x
where x.taken <> x.running or x.taken > x.capacity;

insert into broken
select 'an offer or buddy never held more placements at once than its capacity', count(*)
from (select target, capacity, max(concurrent) as most
      from (select target, capacity, sum(delta) over (partition by target order by day, delta) as concurrent
            from (select 'o' || p.offer_id as target, o.capacity, p.start_date as day, 1 as delta
                  from placement p join offer o on o.id = p.offer_id
                  union all
                  select 'o' || p.offer_id, o.capacity, case when p.status = 'CANCELLED' then p.start_date
                                                      when p.status = 'ACTIVE' then 'infinity' else p.end_date end + 1, -1
                  from placement p join offer o on o.id = p.offer_id
                  union all
                  select 'b' || p.buddy_id, b.capacity, p.start_date, 1
                  from placement p join buddy b on b.id = p.buddy_id
                  union all
                  select 'b' || p.buddy_id, b.capacity, case when p.status = 'CANCELLED' then p.start_date
                                                      when p.status = 'ACTIVE' then 'infinity' else p.end_date end + 1, -1
                  from placement p join buddy b on b.id = p.buddy_id) ev) c
      group by target, capacity) m
where m.most > m.capacity;

insert into broken
select 'a buddy with duos is screened, trained, consenting, and was before its first duo', count(*)
from buddy b join (select buddy_id, min(created_at) as first_made, count(*) filter (where status = 'ACTIVE') as running
                   from placement where buddy_id is not null group by buddy_id) p on p.buddy_id = b.id
where b.screening <> 'SCREENED' or b.training <> 'TRAINED' or not b.matching_consent
   or b.trained_on > p.first_made::date or b.created_at > p.first_made
   or (p.running > 0 and b.status = 'STOPPED');

insert into broken
select 'derived names: folded search and sort names, title_search', count(*)
from (select name_search <> bench_gen.fold(first_name || ' ' || last_name) as bad from newcomer where erased_at is null
      union all select name_search <> bench_gen.fold(first_name || ' ' || last_name)
                       or sort_name <> bench_gen.fold(last_name || ' ' || first_name) from buddy where erased_at is null
      union all select name_search <> bench_gen.fold(name) from organisation
      union all select title_search <> bench_gen.fold(title) from offer) x
where bad;

insert into broken
select 'every published or closed offer has search terms', count(*) from offer o
where not exists (select 1 from offer_search_term t where t.offer_id = o.id);

insert into broken
select 'a buddy placement came from an approved pair; the match status names the last one', count(*)
from placement p left join match_pair m on m.placement_id = p.id
where p.buddy_id is not null and (m.id is null or m.status <> 'APPROVED' or m.buddy_id <> p.buddy_id);
insert into broken
select 'match statuses point at an approved pair of the newcomer', count(*)
from match_status s left join match_pair m on m.id = s.pair_id
where m.id is null or m.newcomer_id <> s.newcomer_id;

insert into broken
select 'erased people are erased everywhere and were due', count(*)
from newcomer n
where n.erased_at is not null and (n.first_name <> 'Verwijderd' or n.email is not null
      or exists (select 1 from newcomer_language l where l.newcomer_id = n.id)
      or exists (select 1 from trajectory t where t.newcomer_id = n.id and (t.status in ('INTAKE', 'ACTIVE')
                 or t.ended_on >= ((now() at time zone 'Europe/Brussels')::date - interval '24 months')::date))
      or not exists (select 1 from personal_data_erasure e where e.subject_kind = 'newcomer'
                     and e.subject_id = n.id::text));

insert into broken
select 'users: trajectories name a counsellor of their network; deciders exist', count(*)
from trajectory t
where not exists (select 1 from app_user u join app_user_network un on un.user_id = u.id
                  where u.username = t.counsellor and u.role = 'COUNSELLOR' and un.network_id = t.network_id);

select rule, n from broken order by n desc, rule;
do $$
begin
    if exists (select 1 from broken where n <> 0) then
        raise exception 'the generated data break % rule(s): see above', (select count(*) from broken where n <> 0);
    end if;
end $$;
