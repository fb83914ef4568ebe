-- Supply and demand (issue 14, core.report): a newcomer waits when their open trajectory is in intake, or active
-- without a running placement. "Without a running placement" is asked of every active trajectory of a network; with
-- the status in the index the database answers it from the index alone, without reading a placement row.
create index ix_placement_running on placement (trajectory_id, status);
