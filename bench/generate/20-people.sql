-- Step 2: municipalities take part, accounts, partner organisations with their contacts, offers, buddies.
\set ON_ERROR_STOP on
select setseed(:seed + 0.01);

-- Every municipality takes part in its network (as PUT /municipalities/{nis}/membership records it: the dates, and
-- the version raised by the change), since three years and a year before the first trajectory.
update municipality set participating_from = (select t0 - 365 from bench_gen.param), participating_until = null,
                        version = version + 1;

-- Accounts: a coordinator per network, ~50 counsellors per network, a contact person's account per organisation
-- (they decide on the hours of their organisation's offers). The password hash is the one of the accounts the API
-- made (BENCH_PASSWORD), so every generated account signs in with it.
create table bench_gen.person_name as
select row_number() over () as n, f, l
from unnest((select w from bench_gen.words where list = 'buddy_first')) f,
     unnest((select w from bench_gen.words where list = 'buddy_last')) l
order by md5(f || l);

create table bench_gen.counsellor as
select n.network_id, i as idx, 'counsellor.' || n.network_id || '.' || lpad(i::text, 2, '0') as username
from bench_gen.net n, generate_series(1, (select counsellors_per_network from bench_gen.volume)) i;
create unique index on bench_gen.counsellor (network_id, idx);

insert into app_user (username, display_name, email, role, password_hash, must_change_password, active,
                      failed_logins, created_at, version)
select c.username, p.f || ' ' || p.l, c.username || '@example.org', 'COUNSELLOR', (select password_hash from bench_gen.param),
       false, true, 0, (select t0 - 400 from bench_gen.param) + bench_gen.rtime(8, 18), 0
from bench_gen.counsellor c
join bench_gen.person_name p on p.n = 1 + (hashtext(c.username) & 2147483647) % (select count(*) from bench_gen.person_name);
insert into app_user (username, display_name, email, role, password_hash, must_change_password, active,
                      failed_logins, created_at, version)
select 'coordinator.' || n.network_id, 'Coördinator ' || n.network_id, 'coordinator.' || n.network_id || '@example.org',
       'NETWORK_COORDINATOR', (select password_hash from bench_gen.param), false, true, 0,
       (select t0 - 420 from bench_gen.param) + bench_gen.rtime(8, 18), 0
from bench_gen.net n;
insert into app_user_network (user_id, network_id)
select u.id, split_part(u.username, '.', 2) from app_user u
where u.username like 'counsellor.%' or u.username like 'coordinator.%';

-- Organisations, in the municipalities uniformly (so each network in proportion to its municipalities).
create table bench_gen.org as
select g as id, m.nis, m.name as muni_name, m.network_id,
       case when r < 0.40 then 'ASSOCIATION' when r < 0.56 then 'COMPANY' when r < 0.64 then 'LOCAL_GOVERNMENT'
            when r < 0.80 then 'WELFARE' when r < 0.90 then 'EDUCATION' else 'OTHER' end as kind
from (select g, random() as r, 1 + floor(random() * (select count(*) from bench_gen.muni))::int as mi
      from generate_series(1, (select organisations from bench_gen.volume)) g) x
join bench_gen.muni m on m.idx = x.mi;

alter table bench_gen.org add column name text;
update bench_gen.org set name = case kind
    when 'ASSOCIATION' then bench_gen.pick(array['Vzw ', '', '']) || bench_gen.pick(array['Sportclub','Voetbalclub',
        'Wandelclub','Toneelkring','Koor','Fanfare','Buurtvereniging','Jeugdbeweging','Zwemclub','Fietsclub',
        'Vrouwenbeweging','Kunstkring','Tuinclub','Schaakclub','Gezinsbond-afdeling','Volkstuinvereniging'])
        || ' ' || bench_gen.pick(array['De Toekomst','Sint-Jan','Vooruit','De Eendracht','Hand in Hand',
        'De Vriendenkring','Samen Sterk','De Brug','Het Anker','De Horizon','Sint-Martinus','De Kring','Onder Ons',
        'Ons Huis','Élan','De Schakel','Kruispunt','De Zonnebloem']) || ' ' || muni_name
    when 'COMPANY' then bench_gen.pick(array['Bakkerij','Garage','Drukkerij','Schrijnwerkerij','Tuinaanleg',
        'Schoonmaakbedrijf','Transport','Hotel','Restaurant','Supermarkt','Logistiek','Bouwbedrijf','Slagerij',
        'Brasserie','Kapsalon','Boekhandel']) || ' ' || bench_gen.pick((select w from bench_gen.words
        where list = 'buddy_last')) || bench_gen.pick(array[' bv', ' nv', '', ''])
    when 'LOCAL_GOVERNMENT' then bench_gen.pick(array['Gemeente ','OCMW ','Bibliotheek ','Sportdienst ',
        'Jeugddienst ','Cultuurcentrum ']) || muni_name
    when 'WELFARE' then bench_gen.pick(array['Woonzorgcentrum ','CAW ','Kinderopvang ','Wijkcentrum ',
        'Dagcentrum ','Sociaal restaurant ','Buurtwerk ']) || bench_gen.pick(array['Sint-Jozef','De Linde',
        'Het Hofje','De Meander','Ter Heide','De Wingerd','Zonnewende','Den Olm','Hemelrijk']) || ' ' || muni_name
    when 'EDUCATION' then bench_gen.pick(array['CVO ','Basisschool ','Academie ','Centrum Basiseducatie ',
        'Huis van het Nederlands ','Volkshogeschool ']) || muni_name
    else bench_gen.pick(array['Kringloopcentrum ','Voedselbank ','Repair Café ','Jeugdhuis ','Buurthuis ',
        'Gemeenschappelijke moestuin ','Ontmoetingscentrum ']) || muni_name end;
alter table bench_gen.org add column slug text;
update bench_gen.org set slug = left(regexp_replace(bench_gen.fold(name), '[^a-z0-9]+', '', 'g'), 40) || id;

insert into organisation (id, name, name_search, kind, municipality_nis, address, website, description, active,
                          created_at, version)
select o.id, o.name, bench_gen.fold(o.name), o.kind, o.nis,
       bench_gen.pick((select w from bench_gen.words where list = 'streets')) || ' ' || bench_gen.rint(1, 180)
           || ', ' || o.muni_name,
       case when random() < 0.85 then 'https://' || o.slug || '.example.org' end,
       case o.kind when 'ASSOCIATION' then 'Vereniging die nieuwkomers verwelkomt bij haar activiteiten.'
                   when 'COMPANY' then 'Bedrijf dat kennismakingsstages en vrijwilligerswerk aanbiedt.'
                   when 'LOCAL_GOVERNMENT' then 'Diensten van het lokaal bestuur met aanbod voor nieuwkomers.'
                   when 'WELFARE' then 'Welzijnsorganisatie met vrijwilligers bij het onthaal en de activiteiten.'
                   when 'EDUCATION' then 'Onderwijs en vorming, ook buiten de lessen Nederlands.'
                   else 'Organisatie waar nieuwkomers mensen uit de buurt ontmoeten.' end,
       random() < 0.97, (select t0 - 540 from bench_gen.param) + bench_gen.rint(0, 60) + bench_gen.rtime(8, 18),
       case when random() < 0.8 then 0 else bench_gen.rint(1, 3) end
from bench_gen.org o;

-- One to three contact persons per organisation (position 0 is the first).
insert into organisation_contact (organisation_id, position, name, function_title, email, phone)
select o.id, k - 1, p.f || ' ' || p.l, bench_gen.pick((select w from bench_gen.words where list = 'functions')),
       lower(regexp_replace(bench_gen.fold(p.f), '[^a-z]+', '', 'g')) || '@' || o.slug || '.example.org',
       '04' || bench_gen.rint(70, 99) || ' ' || lpad(bench_gen.rint(0, 99)::text, 2, '0') || ' '
           || lpad(bench_gen.rint(0, 99)::text, 2, '0') || ' ' || lpad(bench_gen.rint(0, 99)::text, 2, '0')
from bench_gen.org o
cross join lateral generate_series(1, case when random() < 0.6 then 1 when random() < 0.7 then 2 else 3 end
                                      + 0 * o.id) k
join bench_gen.person_name p on p.n = 1 + (o.id * 7 + k * 131) % (select count(*) from bench_gen.person_name);

-- The account of each organisation's (first) contact person.
insert into app_user (username, display_name, email, role, organisation_id, password_hash, must_change_password,
                      active, failed_logins, created_at, version)
select 'contact.org' || c.organisation_id, c.name, c.email, 'ORGANISATION_CONTACT', c.organisation_id,
       (select password_hash from bench_gen.param), false, true, 0, o.created_at + interval '2 days', 0
from organisation_contact c join organisation o on o.id = c.organisation_id
where c.position = 0;

-- Offers: a partner organisation's activity in its municipality (or another of its network), of a type other than
-- the buddy scheme (placed with a buddy, not in an offer), under one of the type's categories.
create table bench_gen.offer_mix (category_id text, type_id text, lo numeric, hi numeric);
insert into bench_gen.offer_mix
select c.category_id, c.type_id, coalesce(sum(w.w) over (order by c.category_id rows between unbounded preceding
        and 1 preceding), 0)::numeric / sum(w.w) over (), sum(w.w) over (order by c.category_id)::numeric / sum(w.w) over ()
from bench_gen.type_category c
join (values ('volunteering', 33), ('internship', 14), ('conversation-group', 16), ('course', 7),
             ('socio-cultural-association', 8), ('sport', 10), ('informal-participation', 7), ('other', 5)) w(c, w)
  on w.c = c.category_id
where not c.with_buddy;

create table bench_gen.offer as
select x.id, x.org_id, m.nis, m.name as muni_name, m.network_id, mix.type_id, mix.category_id,
       case when x.rs < 0.86 then 'PUBLISHED' when x.rs < 0.95 then 'CLOSED' else 'DRAFT' end as status
from (select g as id, 1 + floor(random() * (select organisations from bench_gen.volume))::int as org_id,
             random() as rt, random() as rs, random() as rm, random() as rn
      from generate_series(1, (select offers from bench_gen.volume)) g) x
join bench_gen.org o on o.id = x.org_id
join bench_gen.muni om on om.nis = o.nis
join bench_gen.muni m on m.network_id = o.network_id
     and m.net_idx = case when x.rm < 0.75 then om.net_idx else 1 + floor(x.rn * om.net_count)::int end
join bench_gen.offer_mix mix on x.rt >= mix.lo and x.rt < mix.hi;
alter table bench_gen.offer add primary key (id);

alter table bench_gen.offer add column title text, add column required_level text, add column capacity int,
    add column active_from date, add column active_until date;
update bench_gen.offer o set
    title = t.title || case when t.r < 0.4 then ' in ' || o.muni_name when t.r < 0.55 then ' (' || o.muni_name || ')'
                            else '' end,
    required_level = (select l from bench_gen.level where n = least(5, (select n from bench_gen.level
        where l = c.min_level) + case when t.r2 < 0.7 then 0 when t.r2 < 0.92 then 1 else 2 end)),
    capacity = case o.category_id when 'conversation-group' then bench_gen.rint(6, 20)
        when 'course' then bench_gen.rint(8, 16) when 'sport' then bench_gen.rint(4, 15)
        when 'socio-cultural-association' then bench_gen.rint(3, 10) when 'informal-participation' then bench_gen.rint(3, 8)
        when 'other' then bench_gen.rint(2, 6) when 'internship' then bench_gen.rint(1, 3)
        else bench_gen.rint(1, 6) end,
    active_from = case when o.status = 'DRAFT' then case when t.r3 < 0.5 then null else p.today + bench_gen.rint(1, 60) end
        when t.r3 < 0.1 then null when t.r3 < 0.7 then p.t0 - bench_gen.rint(0, 365)
        else p.t0 + bench_gen.rint(0, p.today - p.t0 - 30) end
from (select id, random() as r, random() as r2, random() as r3,
             (select title from bench_gen.offer_title ot where ot.category_id = o2.category_id
              order by random() + o2.id * 0 limit 1) as title
      from bench_gen.offer o2) t, bench_gen.type_category c, bench_gen.param p
where t.id = o.id and c.category_id = o.category_id and c.type_id = o.type_id;
update bench_gen.offer o set active_until = case
        when o.status = 'CLOSED' then greatest(coalesce(o.active_from, p.t0) + 60, p.t0 + bench_gen.rint(200, p.today - p.t0))
        when o.status = 'PUBLISHED' and random() < 0.2 then p.today + bench_gen.rint(30, 400) end
from bench_gen.param p;
update bench_gen.offer set active_until = (select today - 1 from bench_gen.param)
where status = 'CLOSED' and active_until >= (select today from bench_gen.param);

insert into offer (id, organisation_id, trajectory_type_id, reporting_category, title, title_search, description,
                   municipality_nis, network_id, address, required_level, capacity, places_taken, schedule,
                   active_from, active_until, status, contact_name, contact_email, contact_phone, created_at,
                   changed_at, version)
select o.id, o.org_id, o.type_id, o.category_id, o.title, bench_gen.fold(o.title),
       case bench_gen.rint(1, 4)
           when 1 then o.title || ' in ' || o.muni_name || '. Samen met anderen Nederlands oefenen en mensen leren kennen.'
           when 2 then org.name || ' zoekt nieuwkomers die willen meedoen. Je leert de buurt kennen en oefent'
                || ' Nederlands in een gezellige sfeer.'
           when 3 then 'Een activiteit voor nieuwkomers: ' || lower(o.title) || '. Geen ervaring nodig; vrijwilligers'
                || ' begeleiden je.'
           else 'Elke week ontmoeten we elkaar. Welkom voor iedereen die zijn netwerk wil uitbreiden en Nederlands'
                || ' wil spreken.' end,
       o.nis, o.network_id,
       case when random() < 0.8 then bench_gen.pick((select w from bench_gen.words where list = 'streets')) || ' '
           || bench_gen.rint(1, 180) || ', ' || o.muni_name end,
       o.required_level, o.capacity, 0,
       case when random() < 0.85 then bench_gen.pick((select w from bench_gen.words where list = 'schedules')) end,
       o.active_from, o.active_until, o.status,
       c.name, c.email, c.phone,
       -- created before it became active; placements move it earlier when needed (50-derive.sql)
       coalesce(o.active_from, p.t0 - 200) - bench_gen.rint(1, 60) + bench_gen.rtime(8, 18),
       coalesce(o.active_from, p.t0 - 200) - bench_gen.rint(1, 60) + bench_gen.rtime(8, 18),
       case when o.status = 'CLOSED' then bench_gen.rint(1, 3) when random() < 0.7 then 0 else bench_gen.rint(1, 2) end
from bench_gen.offer o
join organisation org on org.id = o.org_id
left join organisation_contact c on c.organisation_id = o.org_id and c.position = 0 and random() < 0.9
cross join bench_gen.param p;
update offer set changed_at = greatest(created_at, changed_at,
                     case when status = 'CLOSED' then active_until + interval '9 hours' end);

insert into offer_language (offer_id, position, language)
select o.id, k.o - 1, k.l
from offer o cross join lateral unnest(bench_gen.sample((select w from bench_gen.words where list = 'languages_offer'),
     case when random() < 0.45 then 0 else bench_gen.rint(1, 3) end + (o.id * 0))) with ordinality k(l, o);

-- Buddies: 65 % screened and trained with consent to matching (they can take duos), the rest still awaiting
-- screening, screened but not trained, or refused.
create table bench_gen.buddy as
select row_number() over (order by x.registered_on, x.r) as id, x.*
from (select m.nis, m.name as muni_name, m.network_id, g.r,
             case when g.r < 0.65 then 'READY' when g.r < 0.80 then 'SCREENED' when g.r < 0.92 then 'REGISTERED'
                  else 'REFUSED' end as stage,
             case when random() < 0.70 then 'COORDINATOR' else 'SELF' end as registered_by,
             case when g.rc < 0.55 then 1 when g.rc < 0.85 then 2 when g.rc < 0.95 then 3 when g.rc < 0.98 then 4
                  else 5 end as capacity,
             p.t0 - 180 + floor(random() * (p.today - p.t0 + 150))::int as registered_on
      from (select random() as r, random() as rc, 1 + floor(random() * (select count(*) from bench_gen.muni))::int as mi
            from generate_series(1, (select buddies from bench_gen.volume))) g
      join bench_gen.muni m on m.idx = g.mi
      cross join bench_gen.param p) x;
alter table bench_gen.buddy add primary key (id);
-- a buddy who registered last month is still waiting
update bench_gen.buddy set stage = 'REGISTERED' where registered_on > (select today - 20 from bench_gen.param);
alter table bench_gen.buddy add column first_name text, add column last_name text;
update bench_gen.buddy set first_name = bench_gen.pick((select w from bench_gen.words where list = 'buddy_first')),
                           last_name = bench_gen.pick((select w from bench_gen.words where list = 'buddy_last'));

insert into buddy (id, reference, first_name, last_name, name_search, sort_name, email, phone, municipality_nis,
                   network_id, screening, screening_decided_on, training, trained_on, capacity, duos_taken, status,
                   registered_by, matching_consent, created_at, updated_at, version)
select b.id, bench_gen.buddy_reference(b.id), b.first_name, b.last_name,
       bench_gen.fold(b.first_name || ' ' || b.last_name), bench_gen.fold(b.last_name || ' ' || b.first_name),
       lower(regexp_replace(bench_gen.fold(b.first_name || '.' || b.last_name), '[^a-z.]+', '', 'g')) || '.' || b.id
           || '@example.org',
       case when random() < 0.8 then '04' || bench_gen.rint(70, 99) || ' ' || lpad(bench_gen.rint(0, 99)::text, 2, '0')
           || ' ' || lpad(bench_gen.rint(0, 99)::text, 2, '0') || ' ' || lpad(bench_gen.rint(0, 99)::text, 2, '0') end,
       b.nis, b.network_id,
       case b.stage when 'REGISTERED' then 'REGISTERED' when 'REFUSED' then 'REFUSED' else 'SCREENED' end,
       case when b.stage <> 'REGISTERED' then least(p.today, b.registered_on + bench_gen.rint(5, 40)) end,
       case when b.stage = 'READY' then 'TRAINED' else 'NOT_TRAINED' end,
       case when b.stage = 'READY' then least(p.today, b.registered_on + bench_gen.rint(45, 90)) end,
       b.capacity, 0,
       case when b.stage = 'REFUSED' and random() < 0.6 then 'STOPPED' when random() < 0.04 then 'PAUSED' else 'ACTIVE' end,
       b.registered_by, true,
       b.registered_on + bench_gen.rtime(8, 21), b.registered_on + bench_gen.rtime(8, 21), 0
from bench_gen.buddy b cross join bench_gen.param p;
-- the last change: screening and training decided, each raising the version
update buddy set updated_at = greatest(created_at, coalesce(trained_on, screening_decided_on)::timestamp
                     + interval '10 hours'),
                 version = (screening <> 'REGISTERED')::int + (training = 'TRAINED')::int + (status <> 'ACTIVE')::int;

insert into buddy_language (buddy_id, language)
select distinct b.id, l from buddy b cross join lateral unnest(array['nl'] || bench_gen.sample(
    (select w from bench_gen.words where list = 'languages_buddy'),
    case when random() < 0.4 then 0 when random() < 0.75 then 1 else 2 end + (b.id * 0))) l;
insert into buddy_interest (buddy_id, interest)
select b.id, i from buddy b cross join lateral unnest(bench_gen.sample(
    (select w from bench_gen.words where list = 'interests'), bench_gen.rint(1, 4) + (b.id * 0))) i;
insert into buddy_availability (buddy_id, time_slot)
select b.id, s from buddy b cross join lateral unnest(bench_gen.sample(
    (select w from bench_gen.words where list = 'slots'), bench_gen.rint(1, 6) + (b.id * 0))) s;
-- one answer per purpose, in the order the registration records them; matching is required to register
insert into buddy_consent (buddy_id, position, purpose, granted, recorded_at, recorded_by)
select b.id, k.n - 1, k.purpose, k.purpose = 'matching' or random() < k.p,
       date_trunc('milliseconds', b.created_at),
       case when b.registered_by = 'SELF' then 'self' else 'coordinator.' || b.network_id end
from buddy b cross join (values (1, 'matching', 1.0), (2, 'share-with-partners', 0.8),
                                (3, 'evaluation-contact', 0.6)) k(n, purpose, p);

select (select count(*) from app_user) as users, (select count(*) from organisation) as organisations,
       (select count(*) from offer) as offers, (select count(*) from buddy) as buddies;
