#!/usr/bin/env bash
# The matching benchmark of issue 5 (see docs/benchmarks.md for the figures and how they were taken).
#
# It starts nothing: run the application first, on the embedded default database, e.g.
#   rm -rf data && VP_ADMIN_PASSWORD=bench-admin-1 ./mvnw package wildfly:run
# and then, in another terminal:
#   VP_ADMIN_PASSWORD=bench-admin-1 bench/matching.sh [http://localhost:8080]
#
# It loads, through the API, into one network (BENCH_NETWORK, default westhoek, whose municipalities it makes take
# part): 2,000 newcomers (BENCH_NEWCOMERS) with matching consent and an open trajectory, 200 organisations with
# 20,000 published offers (BENCH_OFFERS), and 1,500 available buddies (BENCH_PROPOSAL_BUDDIES). It times the
# network-wide proposal for those newcomers and buddies (3 runs; each withdraws the previous one's open pairs), then
# loads buddies up to 15,000 (BENCH_BUDDIES) and prints the median and p99 of one newcomer's suggestions, of buddies
# and of offers (BENCH_SAMPLES, default 200, after 30 warm-up calls), and finally the proposal with all buddies.
# Loading takes a while (tens of thousands of POSTs over BENCH_THREADS, default 2); the data stays in data/.
set -euo pipefail
cd "$(dirname "$0")/.."
exec java bench/MatchingBench.java "${1:-http://localhost:8080}"
