-- The regional organisation networks and the municipalities of Flanders and Brussels with their membership.
-- Portable SQL: runs on PostgreSQL and on H2 in PostgreSQL mode.

create table regional_network (
    id                    varchar(40)  not null primary key,
    name                  varchar(100) not null,
    kind                  varchar(20)  not null,
    reference_region_code varchar(10),
    reference_region_name varchar(60),
    version               bigint       not null default 0,
    constraint ck_regional_network_kind check (kind in ('REFERENCE_REGION', 'CITY'))
);

create table municipality (
    nis_code              varchar(5)   not null primary key,
    name                  varchar(100) not null,
    -- the name folded for search: lower case, without accents
    name_search           varchar(100) not null,
    region                varchar(20)  not null,
    province              varchar(20),
    reference_region_code varchar(10),
    reference_region_name varchar(60),
    network_id            varchar(40)  not null references regional_network (id),
    -- membership: the municipality takes part in its network's fourth-pillar offer from/until (both inclusive)
    participating_from    date,
    participating_until   date,
    version               bigint       not null default 0,
    constraint ck_municipality_region check (region in ('VLAANDEREN', 'BRUSSEL')),
    constraint ck_municipality_membership check (participating_until is null
        or (participating_from is not null and participating_until >= participating_from))
);

-- The scoped list queries: by network, by province, by name; each ordered by the folded name.
create index ix_municipality_network on municipality (network_id, name_search);
create index ix_municipality_province on municipality (province, name_search);
create index ix_municipality_name on municipality (name_search);
