#!/usr/bin/env bash
# The reliability tests of issue 16 against a real cluster: cluster/cluster.sh up (two WildFly nodes of standalone-ha
# behind HAProxy on PostgreSQL), the tests of module reliability (profile "reliability"), and cluster/cluster.sh down
# whatever happens. Called by .ci/run after the PostgreSQL suite, on the server and EAR that suite built; fails when
# the tests fail or none ran, and gives up after RELIABILITY_TIMEOUT seconds (default 1800). Prints the figures.
#
# Environment: everything cluster.sh reads (CLUSTER_NAME, CLUSTER_DB, CLUSTER_OFFSETS, CLUSTER_LB_PORT,
# VP_ADMIN_PASSWORD), RELIABILITY_TIMEOUT, REL_SOAK_SECONDS (rel.soak.seconds), RELIABILITY_TESTS (failsafe's
# -Dit.test, e.g. ClusterSessionIT; default all) and MVN_ARGS (extra Maven arguments, e.g. -o).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"

export CLUSTER_NAME=${CLUSTER_NAME:-rel}
export CLUSTER_DB=${CLUSTER_DB:-vierdepijler_rel}
export CLUSTER_OFFSETS=${CLUSTER_OFFSETS:-"100 200"}
export CLUSTER_LB_PORT=${CLUSTER_LB_PORT:-8090}
export VP_ADMIN_PASSWORD=${VP_ADMIN_PASSWORD:-reliability-admin-1}
RELIABILITY_TIMEOUT=${RELIABILITY_TIMEOUT:-1800}
read -r -a offsets <<<"$CLUSTER_OFFSETS"
nodes=""
for o in "${offsets[@]}"; do nodes="$nodes${nodes:+,}http://127.0.0.1:$((8080 + o))"; done

log() { printf '\n=== reliability: %s ===\n' "$*"; }

# The whole run, cluster included, bounded in time: the watchdog takes the run down and the trap the cluster.
if [ -z "${RELIABILITY_INNER:-}" ]; then
  export RELIABILITY_INNER=1
  status=0
  timeout --kill-after=60 "$RELIABILITY_TIMEOUT" "$0" "$@" || status=$?
  if [ "$status" = 124 ] || [ "$status" = 137 ]; then
    echo "reliability: gave up after ${RELIABILITY_TIMEOUT}s" >&2
    cluster/cluster.sh down || true
  fi
  exit "$status"
fi

cleanup() {
  local status=$?
  log "cluster down"
  cluster/cluster.sh down || true
  exit "$status"
}
trap cleanup EXIT
trap 'exit 143' TERM INT

log "cluster up (${#offsets[@]} nodes at offsets $CLUSTER_OFFSETS, HAProxy on $CLUSTER_LB_PORT, database $CLUSTER_DB)"
started=$(date +%s)
cluster/cluster.sh up
echo "cluster ready in $(($(date +%s) - started)) s"

log "./mvnw -B verify -pl reliability -Preliability"
rm -rf reliability/target/failsafe-reports
args=(-B verify -pl reliability -Preliability
  "-Drel.base=http://127.0.0.1:$CLUSTER_LB_PORT" "-Drel.nodes=$nodes"
  "-Drel.db.url=jdbc:postgresql://127.0.0.1:5432/$CLUSTER_DB"
  "-Drel.cluster.script=$ROOT/cluster/cluster.sh" "-Drel.admin.password=$VP_ADMIN_PASSWORD")
[ -n "${REL_SOAK_SECONDS:-}" ] && args+=("-Drel.soak.seconds=$REL_SOAK_SECONDS")
[ -n "${RELIABILITY_TESTS:-}" ] && args+=("-Dit.test=$RELIABILITY_TESTS")
# shellcheck disable=SC2086
tests_status=0
./mvnw "${args[@]}" ${MVN_ARGS:-} || tests_status=$?

log "figures"
# What the tests printed as their figures (lines of the form "[Name] ..."), then the counts.
grep -h '^\[[A-Za-z]*IT\]' reliability/target/failsafe-reports/*-output.txt 2>/dev/null || true
python3 - <<'PY'
import glob, sys, xml.etree.ElementTree as ET
totals = {"tests": 0, "failures": 0, "errors": 0, "skipped": 0}
for path in glob.glob("reliability/target/failsafe-reports/TEST-*.xml"):
    root = ET.parse(path).getroot()
    for key in totals:
        totals[key] += int(root.get(key, 0))
    print(f"  {root.get('name')}: {root.get('tests')} tests, {root.get('failures')} failures,"
          f" {root.get('errors')} errors, {root.get('skipped')} skipped, {root.get('time')} s")
failed = totals["failures"] + totals["errors"]
print(f"reliability: {totals['tests'] - failed - totals['skipped']} passed, {failed} failed, {totals['skipped']} skipped")
if totals["tests"] == 0:
    sys.exit("reliability: no test ran: that is a failure here")
if failed or totals["skipped"]:
    sys.exit("reliability: tests failed or were skipped")
PY
exit "$tests_status"
