-- The reports over a period (issue 13, core.report, docs/reports.md). Each index lets its query read one range of an
-- index and nothing of the table (plans measured on PostgreSQL 15: docs/reports.md, "Volume").
-- Completions in a period: completed trajectories by the day they completed, with the scope's columns and the newcomer
-- (for the integration status) in the index.
create index ix_trajectory_completed on trajectory (status, ended_on, network_id, municipality_nis, newcomer_id);
-- Trajectories running on a day (opened by then, not closed by then) of a network, whatever their status today.
create index ix_trajectory_period on trajectory (network_id, opened_on, ended_on, newcomer_id);
-- Confirmed hours of a period over everything (administrators, viewers): the period's range of confirmed entries.
create index ix_hour_entry_period on hour_entry (status, work_date, trajectory_id, placement_id, reporting_category,
    hours);
