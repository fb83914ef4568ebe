-- Step 1 of the generator (bench/generate.sh): the working schema bench_gen with the parameters, helper functions,
-- word lists and reference lookups the later steps draw from. Nothing of the application's tables changes here except
-- that the secondary indexes and foreign keys of the tables about to be filled are dropped (their definitions kept in
-- bench_gen.saved_ddl and restored by 80-finish.sql): filling 5,000,000 rows is much faster without them.
-- psql variables: scale, seed, password_hash, types (the lines setup_api.py wrote).
\set ON_ERROR_STOP on
set client_min_messages = warning;
drop schema if exists bench_gen cascade;
create schema bench_gen;
select setseed(:seed);

-- "today" and "now" as the application sees them: dates in Belgium, instants as UTC wall-clock time.
create table bench_gen.param as
select :scale::numeric                                           as scale,
       (now() at time zone 'Europe/Brussels')::date              as today,
       (now() at time zone 'UTC')::timestamp(6)                  as now_utc,
       ((now() at time zone 'Europe/Brussels')::date - interval '3 years')::date as t0,
       :'password_hash'::text                                   as password_hash;

-- The volumes of docs/architecture.md ("The scale it is designed for"), scaled.
create table bench_gen.volume as
select greatest(18, round(5000 * scale))::int    as organisations,
       greatest(36, round(20000 * scale))::int   as offers,
       greatest(36, round(15000 * scale))::int   as buddies,
       greatest(100, round(250000 * scale))::int as newcomers,
       greatest(2, round(50 * scale))::int       as counsellors_per_network
from bench_gen.param;

-- SearchText.fold: strip, NFD, drop combining marks, lower case (checked against the municipalities' name_search).
create function bench_gen.fold(t text) returns text language sql immutable strict as $$
    select lower(regexp_replace(normalize(btrim(t, E' \t\n\r'), NFD), '[\u0300-\u036f]+', '', 'g'))
$$;

-- Small random helpers (volatile: random() per call).
create function bench_gen.pick(a text[]) returns text language sql volatile as $$
    select a[1 + floor(random() * cardinality(a))::int]
$$;
create function bench_gen.rint(lo int, hi int) returns int language sql volatile as $$
    select lo + floor(random() * (hi - lo + 1))::int
$$;
-- a whole-minute time of day between two hours, as an interval
create function bench_gen.rtime(h1 int, h2 int) returns interval language sql volatile as $$
    select make_interval(mins => h1 * 60 + floor(random() * ((h2 - h1) * 60))::int)
$$;
-- a random sample of k distinct elements of a, in the order of a
create function bench_gen.sample(a text[], k bigint) returns text[] language sql volatile as $$
    select coalesce(array_agg(x order by o), '{}') from (
        select x, o from unnest(a) with ordinality u(x, o) order by random() limit greatest(k, 0)) s
$$;
-- Crockford base 32 (no I, L, O, U) of 80 bits of md5: a certificate code VP-XXXX-XXXX-XXXX-XXXX
create function bench_gen.certificate_code(seed text) returns text language sql immutable as $$
    select 'VP-' || string_agg(substr('0123456789ABCDEFGHJKMNPQRSTVWXYZ',
                   substring(b from i * 5 + 1 for 5)::int + 1, 1) || case when i in (3, 7, 11) then '-' else '' end,
                   '' order by i)
    from (select ('x' || substr(md5(seed), 1, 20))::bit(80) as b) h, generate_series(0, 15) i
$$;
-- BuddyReference: BD-XXXX-XXXX over 31 symbols, a bijection of the id (unique by construction)
create function bench_gen.buddy_reference(id bigint) returns text language sql immutable as $$
    select 'BD-' || string_agg(substr('23456789ABCDEFGHJKMNPQRSTUVWXYZ',
                   ((x / (31::bigint ^ (7 - i))::bigint) % 31)::int + 1, 1) || case when i = 3 then '-' else '' end,
                   '' order by i)
    from (select (id * 48271 + 97336) % 852891037441 as x) v, generate_series(0, 7) i
$$;

-- The trajectory types the running application answered at /api/v1/trajectory-types: one row per reporting
-- category (type_id, category_id, Dutch label, minimum Dutch level, daily cap, contact person confirms, with buddy).
create table bench_gen.type_category (type_id text, category_id text, label text, min_level text,
                                      max_per_day numeric, contact_confirms boolean, with_buddy boolean);
insert into bench_gen.type_category
select split_part(l, E'\t', 1), split_part(l, E'\t', 2), split_part(l, E'\t', 3), split_part(l, E'\t', 4),
       split_part(l, E'\t', 5)::numeric, split_part(l, E'\t', 6)::boolean, split_part(l, E'\t', 7)::boolean
from regexp_split_to_table(:'types', E'\n') l where l <> '';
-- The generator fills the placement forms of the types it knows; another type would need its form filled here.
do $$
declare unknown text;
begin
    select string_agg(distinct type_id, ', ') into unknown from bench_gen.type_category
    where type_id not in ('buddy', 'internship', 'volunteering', 'alternative');
    if unknown is not null then
        raise exception 'the application knows trajectory types the generator cannot fill: %', unknown;
    end if;
    if (select count(distinct type_id) from bench_gen.type_category) < 4 then
        raise exception 'the application does not know all four trajectory types: %',
            (select string_agg(distinct type_id, ', ') from bench_gen.type_category);
    end if;
end $$;

create table bench_gen.level as
select l, n from unnest(array['A0','A1','A2','B1','B2','C1','C2']) with ordinality u(l, n);

-- Municipalities with their network, numbered overall and within their network (uniform picks make every network's
-- share proportional to its municipalities).
create table bench_gen.muni as
select m.nis_code as nis, m.name, m.network_id,
       row_number() over (order by m.nis_code) as idx,
       row_number() over (partition by m.network_id order by m.nis_code) as net_idx,
       count(*) over (partition by m.network_id) as net_count
from municipality m;
create unique index on bench_gen.muni (idx);
create unique index on bench_gen.muni (network_id, net_idx);
create table bench_gen.net as
select network_id, count(*) as municipalities from bench_gen.muni group by network_id;

-- Word lists. Names are made up from common first and family names; every address is at example.org.
create table bench_gen.words (list text primary key, w text[]);
insert into bench_gen.words values
('newcomer_first', array['Amina','Yusuf','Olena','Dawit','Fatima','Ahmad','Mariam','Tesfay','Nour','Oksana','Ali',
  'Leila','Samir','Hanna','Omar','Zainab','Ibrahim','Aster','Karim','Rania','Mohammed','Sara','Bilal','Iryna','Hamid',
  'Selam','Farah','Mustafa','Aylin','Dmytro','Khadija','Yonas','Nadia','Tariq','Hiwet','Kateryna','Abdi','Halima',
  'Reza','Zahra','Jamal','Noor','Elif','Emre','Ayşe','Gökhan','Şeyma','Ömer','Zoë','Anaïs','José','María','João',
  'Inês','Andrei','Ioana','Piotr','Agnieszka','Arben','Blerta','Mihai','Yaw','Ama','Kwame','Chinedu','Ngozi',
  'Thandiwe','Mamadou','Aïcha','Fatoumata','Sékou','Hussein','Layla','Yasmin','Mahmoud','Sami','Dilan','Rojda',
  'Berhane','Saba','Hamza','Iman','Lina','Kiran','Priya','Arjun','Mei','Wei','Thi','Minh','Svitlana','Bohdan']),
('newcomer_last', array['Ahmadi','Haddad','Kovalenko','Tesfaye','Mohammadi','Hussaini','Bondarenko','Gebremedhin',
  'Yilmaz','Kaya','Demir','Çelik','Şahin','Öztürk','Al-Khatib','Mansour','Nasser','Haidari','Rahimi','Karimi',
  'Shevchenko','Melnyk','Tkachenko','Abebe','Tadesse','Girma','Mohamed','Hassan','Abdullahi','Osman','Farah','Diallo',
  'Traoré','Keïta','Coulibaly','Mensah','Boateng','Okafor','Nwosu','Popescu','Ionescu','Nowak','Kowalski','Wiśniewska',
  'Hoxha','Krasniqi','Gashi','Pereira','Silva','Gonçalves','Fernández','García','Nguyen','Tran','Pham','Singh',
  'Kumar','Khan','Qureshi','Rahman','Barzani','Aziz','Saleh','Habibi','Noori','Sultani','Mirzaei','Jafari','Petrenko',
  'Savchenko','Kebede','Alemu','Yousef','Darwish','Ismail','Idris','Jibril','Ndiaye','Sow','Bah']),
('buddy_first', array['Els','Jan','Griet','Pieter','An','Koen','Sofie','Wim','Lies','Bart','Hilde','Tom','Inge','Dirk',
  'Nele','Stijn','Marleen','Joris','Katrien','Luc','Annelies','Geert','Veerle','Kris','Leen','Bram','Eline','Jeroen',
  'Femke','Wouter','Ruth','Hans','Marijke','Filip','Ilse','Dries','Lotte','Pieterjan','Saar','Wannes','Hélène',
  'Chloë','Maaike','Joëlle','Frédéric','Benoît','René','Jozef','Maria','Rita','Patrick','Karel','Greet','Ann-Sofie',
  'Ruben','Jonas','Hannelore','Toon','Lieve','Mieke']),
('buddy_last', array['Peeters','Janssens','Maes','Jacobs','Mertens','Willems','Claes','Goossens','Wouters','De Smet',
  'Dubois','Lambert','Dupont','Martens','Vermeulen','Hermans','Pauwels','Aerts','Van Damme','De Clercq','Desmet',
  'Michiels','Verhoeven','Van den Broeck','Declercq','Smets','Vandenberghe','Coppens','Stevens','Verstraete',
  'De Backer','Van de Velde','Cools','Segers','Lemmens','Verbruggen','Van Hove','Bogaert','Dhondt','Vermeersch',
  'Claeys','De Wilde','Van Acker','Vercammen','Geerts','Thys','De Meyer','Baert','Wuyts','Van Dyck','Sterckx',
  'Timmermans','Van Looy','Bosmans','Moens','Devos','Verschueren','Hendrickx','Leclercq','Dewulf','Vandewalle',
  'Cornelis','Daems','Nijs','Raes','Somers','D''Hondt','Van Gucht','Callens','Beyens']),
('languages_newcomer', array['ar','ar','ar','fr','fr','en','en','uk','uk','ru','ti','ti','so','fa','fa','ps','tr','tr',
  'es','pt','ro','pl','bg','sq','am','ku','ur','hi','zh','vi','sw','ln','ne','ta','bn','yo','ha','om']),
('languages_buddy', array['fr','en','en','en','de','es','it','ar','tr','pt','pl','ru','uk']),
('languages_offer', array['fr','en','ar','uk','ru','tr','es','ti','fa','so','pl','ro']),
('interests', array['sport','cooking','music','culture','nature','reading','games','crafts','technology','gardening',
  'children','work','language','religion-philosophy','society']),
('slots', array['mon-morning','mon-afternoon','mon-evening','tue-morning','tue-afternoon','tue-evening','wed-morning',
  'wed-afternoon','wed-evening','thu-morning','thu-afternoon','thu-evening','fri-morning','fri-afternoon',
  'fri-evening','sat-morning','sat-afternoon','sat-evening','sun-morning','sun-afternoon','sun-evening']),
('streets', array['Kerkstraat','Stationsstraat','Dorpsstraat','Schoolstraat','Molenstraat','Nieuwstraat','Kapelstraat',
  'Marktplein','Beekstraat','Kouter','Veldstraat','Lindenlaan','Groenstraat','Hoogstraat','Brugstraat','Vaartstraat',
  'Pastoriestraat','Gemeenteplein','Sint-Jansstraat','Hospitaalstraat']),
('functions', array['Coördinator vrijwilligers','Verantwoordelijke onthaal','Zaakvoerder','Voorzitter','Secretaris',
  'Stagebegeleider','Buurtwerker','Teamleider','Animator','Personeelsverantwoordelijke','Trainer','Docent']),
('schedules', array['elke maandag 19–21 u','woensdagnamiddag 14–16 u','zaterdagvoormiddag 10–12 u',
  'dinsdag en donderdag 9–12 u','om de twee weken op vrijdag 18–20 u','elke donderdagavond','in overleg',
  'weekdagen 9–17 u','zondagvoormiddag','elke woensdag 13.30–15.30 u','maandag tot vrijdag, halve dagen']),
('rejections', array['Niet aanwezig op deze dag.','Te veel uren geregistreerd.','Dubbel ingegeven.',
  'Activiteit ging niet door.','Datum klopt niet.']),
('stop_reasons', array['Wil het traject niet verderzetten.','Verhuisd naar het buitenland.','Geen contact meer.',
  'Werk gevonden, geen tijd meer.','Gezondheidsredenen.','Zwangerschap en geboorte.']),
('exempt_reasons', array['Vrijgesteld wegens werk.','Vrijgesteld om medische redenen.',
  'Vrijgesteld: volgt een opleiding voltijds.','Vrijgesteld door het agentschap.']),
('target_reasons', array['Aangepast doel na overleg met het agentschap.','Deeltijds werk: kleiner doel afgesproken.',
  'Uitgebreid traject op vraag van de inburgeraar.']),
('volunteer_roles', array['onthaal in het woonzorgcentrum','hulp bij de jeugdbeweging','helpen in de kringloopwinkel',
  'sorteren bij de voedselbank','begeleiden van de fietsbibliotheek','hulp bij het buurtrestaurant',
  'onthaal in de bibliotheek','helpen bij de sportclub','klusjes in de moestuin','hulp bij het buurtfeest']),
('activities', array['praatcafé De Loper','zwemclub','buurtfeest','wandelgroep','kookatelier','breiclub',
  'fietsles','schaakclub','koor','repair café']);

-- Titles of offers per reporting category (the placement takes the offer's title).
create table bench_gen.offer_title (category_id text, title text);
insert into bench_gen.offer_title
select c, t from (values
 ('volunteering', array['Vrijwilliger in het woonzorgcentrum','Vrijwilligerswerk bij de voedselbank',
   'Onthaalvrijwilliger in de bibliotheek','Helpen in de kringloopwinkel','Vrijwilliger bij de jeugdbeweging',
   'Vrijwilliger in het buurtrestaurant','Helpen bij het sportkamp','Vrijwilliger op het cultuurfestival',
   'Vrijwilliger in de fietsherstelplaats','Vrijwilligerswerk in de dierenopvang','Helpen in de sociale kruidenier',
   'Vrijwilliger bij de wijkwerking','Meewerken in de gemeenschappelijke moestuin','Begeleider bij de speelpleinwerking']),
 ('internship', array['Kennismakingsstage in de bakkerij','Stage in het magazijn','Kennismakingsstage in de keuken',
   'Stage bij de groendienst','Kennismakingsstage in de kinderopvang','Stage in de zorg','Stage op het secretariaat',
   'Kennismakingsstage in de supermarkt','Stage in de garage','Kennismakingsstage bij de schoonmaakdienst',
   'Stage in de bouw','Kennismakingsstage in het hotel']),
 ('conversation-group', array['Praatcafé Nederlands','Taalcafé','Babbelbox','Conversatietafel Nederlands',
   'Praatgroep voor vrouwen','Wandelen en praten','Taalwandeling','Koffie en klap']),
 ('course', array['Cursus koken met seizoensgroenten','Fietsles voor volwassenen','Leren fietsen','Computercursus voor beginners',
   'Cursus naaien','EHBO-cursus','Cursus fotografie','Cursus tuinieren']),
 ('socio-cultural-association', array['Koor in de parochiezaal','Toneelgroep','Breiclub','Vrouwenwerking',
   'Buurtvereniging','Wijkcomité','Fanfare','Kunstatelier']),
 ('sport', array['Zwemclub','Voetbal voor iedereen','Wandelclub','Loopgroep','Volleybal','Yoga in het park',
   'Badminton','Samen fietsen','Fietsclub','Minivoetbal','Petanque']),
 ('informal-participation', array['Buurtfeest organiseren','Samen tuinieren','Repair café','Buurtkeuken',
   'Spelletjesnamiddag','Samen koken in het buurthuis','Ontmoetingsnamiddag']),
 ('other', array['Samen naar de markt','Museumbezoek in groep','Filmavond met nabespreking','Bibliotheekbezoek',
   'Stadswandeling','Ontdek je gemeente']))
 v(c, titles), unnest(titles) t;

-- Saved definitions of the indexes and foreign keys dropped for the load (restored in 80-finish.sql).
create table bench_gen.saved_ddl (seq serial, kind text, table_name text, name text, ddl text);
insert into bench_gen.saved_ddl (kind, table_name, name, ddl)
select 'index', i.tablename, i.indexname, i.indexdef
from pg_indexes i
where i.schemaname = 'public'
  and i.tablename in ('newcomer', 'newcomer_language', 'newcomer_interest', 'newcomer_availability',
                      'newcomer_consent', 'trajectory', 'placement', 'hour_entry', 'buddy', 'buddy_language',
                      'buddy_interest', 'buddy_availability', 'buddy_consent', 'offer', 'offer_language',
                      'offer_search_term', 'organisation', 'organisation_contact', 'certificate',
                      'certificate_category', 'match_pair', 'match_status', 'match_proposal', 'app_user',
                      'app_user_network', 'personal_data_erasure')
  and not exists (select 1 from pg_constraint c where c.conindid = (quote_ident(i.indexname))::regclass
                  and c.contype in ('p', 'u'));
insert into bench_gen.saved_ddl (kind, table_name, name, ddl)
select 'fk', c.conrelid::regclass::text, c.conname,
       'alter table ' || c.conrelid::regclass::text || ' add constraint ' || quote_ident(c.conname) || ' '
           || pg_get_constraintdef(c.oid)
from pg_constraint c
where c.contype = 'f' and c.connamespace = 'public'::regnamespace
  and c.conrelid::regclass::text in ('newcomer_language', 'newcomer_interest', 'newcomer_availability',
                      'newcomer_consent', 'trajectory', 'placement', 'hour_entry', 'buddy_language',
                      'buddy_interest', 'buddy_availability', 'buddy_consent', 'offer', 'offer_language',
                      'offer_search_term', 'organisation', 'organisation_contact', 'certificate',
                      'certificate_category', 'match_pair', 'app_user_network');
do $$
declare d record;
begin
    for d in select * from bench_gen.saved_ddl where kind = 'fk' loop
        execute format('alter table %s drop constraint %I', d.table_name, d.name);
    end loop;
    for d in select * from bench_gen.saved_ddl where kind = 'index' loop
        execute format('drop index public.%I', d.name);
    end loop;
end $$;

-- The fold must be the application's: its municipalities' name_search were folded by SearchText.fold.
do $$
begin
    if exists (select 1 from municipality where bench_gen.fold(name) <> name_search) then
        raise exception 'bench_gen.fold differs from SearchText.fold for %', (select string_agg(name, ', ')
            from municipality where bench_gen.fold(name) <> name_search);
    end if;
end $$;
select (select count(*) from bench_gen.saved_ddl where kind = 'index') as indexes_dropped,
       (select count(*) from bench_gen.saved_ddl where kind = 'fk') as foreign_keys_dropped;
