/** The reasons a trajectory is on the worklist, in the API's codes, in the order the worklist and dashboard show them. */
export const WORKLIST_REASONS = Object.freeze(['no-hours', 'deadline-near', 'hours-waiting', 'intake-stalled', 'needs-rematch']);
