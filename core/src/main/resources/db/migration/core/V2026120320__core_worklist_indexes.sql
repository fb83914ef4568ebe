-- The worklist (core.worklist, README "Worklist") computes its reasons per open trajectory in scope with correlated
-- subqueries. A counsellor's own worklist, their home page, starts from their trajectories: by counsellor, then
-- status, then network (the scope), instead of every open trajectory of their networks.
create index ix_trajectory_counsellor on trajectory (counsellor, status, network_id);
-- "Hours waiting for confirmation for more than 7 days": a trajectory's pending entries by the moment they were
-- reported, one range of this index per trajectory, answered from the index alone (with the hours, for the detail).
create index ix_hour_entry_waiting on hour_entry (trajectory_id, status, reported_at, hours);
