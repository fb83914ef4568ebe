-- Indexes for the reports measured over 200 ms at the full volume (issue 15, docs/benchmarks.md). Each lets a report
-- read one index range instead of the table's pages, which at that volume are mostly not in memory.

-- Supply and demand (JpaDemandRepository): the network's open trajectories with their newcomer, from the index alone
-- (was a bitmap scan of ~3,600 of the table's 5,600 pages for limburg). Same leading columns as before, so every
-- query that used ix_trajectory_network still can.
drop index ix_trajectory_network;
create index ix_trajectory_network on trajectory (network_id, status, id, newcomer_id);
-- ... and the waiting newcomer's municipality and Dutch level without reading newcomer (was a scan of all its pages).
create index ix_newcomer_waiting on newcomer (id, erased_at, municipality_nis, dutch_level);
-- ... and the free places of the network's published offers (JpaOfferSupply) from the index alone (was a visit to a
-- page of offer per published offer).
create index ix_offer_supply on offer (network_id, status, municipality_nis, trajectory_type_id, active_from,
                                       active_until, capacity, places_taken);

