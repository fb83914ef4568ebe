-- The dashboard's queries (core.report, docs/adr/0010) start from the scoped trajectories (ix_trajectory_network,
-- ix_trajectory_municipality) and reach, per trajectory, its newcomer's integration status and its confirmed hours.
-- Both indexes cover what those queries read, so the database answers them from the index alone, without a random
-- read of the table per row: on PostgreSQL with 250,000 trajectories and 5,000,000 hour entries the hours of one
-- network took 2.3 s instead of 3.6-4.3 s, its trajectories 0.4-0.7 s instead of 0.7-0.9 s (README, "The dashboard").
create index ix_newcomer_integration on newcomer (id, integration_status);
create index ix_hour_entry_report on hour_entry (trajectory_id, status, placement_id, reporting_category, work_date,
    hours);
