-- One counter per network and kind of matching candidate (buddy, offer), raised in every transaction that changes
-- such a candidate: a node keeps a network's candidates in memory while the counter stays where it was
-- (be.vierdepijler.core.matching.domain.CandidateChanges, docs/benchmarks.md).
create table matching_generation (
    network_id varchar(40) not null,
    kind       varchar(10) not null,
    generation bigint      not null,
    constraint pk_matching_generation primary key (network_id, kind),
    constraint ck_matching_generation_kind check (kind in ('buddy', 'offer'))
);

-- The networks are reference data (regions' migrations insert them before this one).
insert into matching_generation (network_id, kind, generation) select id, 'buddy', 0 from regional_network;
insert into matching_generation (network_id, kind, generation) select id, 'offer', 0 from regional_network;
