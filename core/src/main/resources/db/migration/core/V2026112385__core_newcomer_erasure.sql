-- The rights of a newcomer over their data (issue 4): an erased (pseudonymised) newcomer keeps who erased them and
-- when, as buddies do; the audit table follows. The retention job looks for newcomers whose trajectories all closed
-- long enough ago: by newcomer through ix_trajectory_newcomer, the closing day read per trajectory.
alter table newcomer add column erased_at timestamp;
alter table newcomer add column erased_by varchar(80);
alter table newcomer_aud add column erased_at timestamp;
alter table newcomer_aud add column erased_by varchar(80);
-- Stopped or refused buddies untouched since the retention period, and not erased yet.
create index ix_buddy_retention on buddy (status, updated_at, id);
-- An erasure clears one person's rows of the audit history: found by the person, not by revision.
create index ix_newcomer_language_aud on newcomer_language_aud (newcomer_id);
create index ix_newcomer_interest_aud on newcomer_interest_aud (newcomer_id);
create index ix_newcomer_availability_aud on newcomer_availability_aud (newcomer_id);
create index ix_placement_aud_trajectory on placement_aud (trajectory_id);
create index ix_hour_entry_aud_trajectory on hour_entry_aud (trajectory_id);
