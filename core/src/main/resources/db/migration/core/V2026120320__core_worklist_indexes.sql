-- The worklist (core.worklist, README "Worklist") computes its reasons per open trajectory in scope with correlated
-- subqueries; these indexes let each be answered from an index alone (measured with bench/worklist-postgresql.sh).
-- A counsellor's own worklist, their home page, starts from their trajectories: by counsellor, then status, then
-- network (the scope), instead of every open trajectory of their networks.
create index ix_trajectory_counsellor on trajectory (counsellor, status, network_id);
-- A trajectory's last day with confirmed (or pending) hours is the last entry of one range, and its hours reported
-- more than 7 days ago and still pending are read in the range of its pending entries.
create index ix_hour_entry_worklist on hour_entry (trajectory_id, status, work_date, reported_at);
-- Whether a trajectory has a placement that was not cancelled.
create index ix_placement_trajectory_status on placement (trajectory_id, status);
