-- The trajectory list (issue 15, docs/benchmarks.md): its default order is newest first, within the caller's scope.
-- Each index leads with one kind of scope and then the sort, so that a page (the first, or page 500) is one range of
-- it read without the table, and the count reads the scope's entries only.
create index ix_trajectory_network_opened on trajectory (network_id, opened_on, id);
create index ix_trajectory_municipality_opened on trajectory (municipality_nis, opened_on, id);
create index ix_trajectory_opened on trajectory (opened_on, id);
