#!/usr/bin/env bash
# The case-service benchmark (load-tests/README.md): builds what it needs, starts a fresh dev database, auth-server
# and case-service on free ports, seeds 100,000 synthetic cases, then runs Gatling against case-service directly
# (not through the gateway: this measures the service and its queries) and prints a table of throughput and
# latency per kind of request. Everything it starts is stopped on exit; the database lives in a temp directory.
#
#   bench/cases.sh
#
# Settings (environment): BENCH_CASES=100000 BENCH_USERS=8 BENCH_WARM_UP_SECONDS=5 BENCH_SECONDS=30
# BENCH_TIMEOUT_SECONDS=120 (per request), BENCH_QUERIES=newest,filter,overdue,employer,summary, and
# BENCH_DEVDB=memory (default) or file: the dev database's in-memory backend (the tests'), or its H2 file (run.sh's),
# which reads every document from the file on each query: tens of seconds per list at 100,000 cases, so run that
# one with BENCH_USERS=1 BENCH_WARM_UP_SECONDS=0 (load-tests/README.md has the figures of both).
# Needs a JDK 17+, curl, python3 (the table) and Maven Central (Gatling). Linux (reads /proc).
set -euo pipefail
cd "$(dirname "$0")/.."

: "${BENCH_CASES:=100000}" "${BENCH_USERS:=8}" "${BENCH_WARM_UP_SECONDS:=5}" "${BENCH_SECONDS:=30}"
: "${BENCH_DEVDB:=memory}" "${BENCH_TIMEOUT_SECONDS:=120}"
export BENCH_USERS BENCH_WARM_UP_SECONDS BENCH_SECONDS BENCH_TIMEOUT_SECONDS
UNIT=110105                               # the dev supervisor's unit: its token sees this unit's share of cases
DEV_CLIENT=dev-supervisor1:dev-secret     # auth-server's dev profile: a SUPERVISOR of unit 110105
SIMULATION=cn.procuratorate.wages.load.cases.CaseQueriesSimulation
# run.sh's flags favour start-up; here case-service gets the full JIT and a fixed heap, as in production. The dev
# database needs room: in memory, 100,000 cases take about 3.2 GB of heap; on file it still sorts a unit's matching
# documents in memory (it has no secondary indexes), and ran out of 1 GB with 8 queries queued.
QUICK_JAVA="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx256m -Xss512k"
SERVICE_JAVA="-Xms512m -Xmx512m"

BENCH_NAME=bench/cases.sh
BENCH_OUT=load-tests/target/bench      # logs, feeders and the CPU samples stay here after the run
out=$BENCH_OUT
# shellcheck source=bench/lib.sh
. bench/lib.sh
[[ "$BENCH_DEVDB" =~ ^(memory|file)$ ]] || die "BENCH_DEVDB is memory or file, not $BENCH_DEVDB"
if [ "$BENCH_DEVDB" = memory ]; then DEVDB_JAVA="-Xmx5g"; else DEVDB_JAVA="-Xmx4g"; fi
load_before=$(cut -d' ' -f1-3 /proc/loadavg)

bench_init
mkdir -p "$out/feeders"

say "Building devdb, auth-server, case-service and the seeder's class path..."
./mvnw -B -q -DskipTests package dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/bench-classpath.txt -pl devdb,auth-server,case-service -am
say "Building the load tests (profile load: Gatling)..."
./mvnw -B -q -Pload -pl load-tests test-compile

say "Starting a fresh dev database ($BENCH_DEVDB)..."
start_devdb "$BENCH_DEVDB" "$DEVDB_JAVA"

say "Starting auth-server and case-service (dev profile, no Eureka)..."
auth_port=$(free_port); case_port=$(free_port)
export SPRING_PROFILES_ACTIVE=dev AUTH_SERVER_PORT=$auth_port CASE_SERVICE_PORT=$case_port
export AUTH_ISSUER="http://localhost:$auth_port" AUTH_JWKS_URI="http://localhost:$auth_port/oauth2/jwks"
start_jar auth-server "$QUICK_JAVA" --eureka.client.enabled=false; auth_pid=$started_pid
# No demo cases: the seeder needs an empty collection (its numbers would clash with theirs).
start_jar case-service "$SERVICE_JAVA" --eureka.client.enabled=false --cases.demo.enabled=false; case_pid=$started_pid
TOKEN_URL="$AUTH_ISSUER/oauth2/token"
wait_for "auth-server" 180 "$auth_pid" dev_token "$DEV_CLIENT"
token=$(dev_token "$DEV_CLIENT")
case_url="http://localhost:$case_port"
wait_for "case-service" 180 "$case_pid" curl -sf --max-time 5 "$case_url/actuator/health/readiness"

# After case-service is ready, i.e. has created its indexes on the empty collection, as in production: the dev
# database builds an index by reading every document, even one it then ignores, and locks the database meanwhile.
say "Seeding $BENCH_CASES cases (insertMany, batches of 1,000)..."
(cd case-service && java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  cn.procuratorate.wages.cases.casefile.BenchSeeder "$MONGODB_URI" cases "$BENCH_CASES" "../$out/feeders" "$UNIT") \
  | tee "$out/seeder.log"

# The status of one GET (000: no answer within the simulation's timeout).
status_of() {
  curl -s -o /dev/null -w '%{http_code}' --max-time "$BENCH_TIMEOUT_SECONDS" -H "Authorization: Bearer $token" \
    "$case_url$1" || true
}
list_status=$(status_of /api/cases)
[ "$list_status" = 200 ] || die "GET /api/cases answers $list_status with the token of $DEV_CLIENT"
queries=${BENCH_QUERIES:-newest,filter,overdue,employer,summary}
if [[ ",$queries," == *,summary,* ]]; then
  summary_status=$(status_of "/api/cases/employers/$(sed -n 2p "$out/feeders/employers.csv")/summary")
  if [ "$summary_status" != 200 ]; then
    queries=$(tr , '\n' <<< "$queries" | grep -vx summary | paste -sd ,)
    say "SKIPPED employer summary: GET /api/cases/employers/{creditCode}/summary answers $summary_status in this" \
      "build (the endpoint came from branch stats)."
  fi
fi

# CPU time of the database, auth-server and the service, and of the whole machine, every second: the table shows
# which one was busy during each measured phase.
start_cpu_sampler

phases=$(( $(tr -cd , <<< "$queries" | wc -c) + 1 ))
say "Running Gatling: $queries; $BENCH_USERS users, ${BENCH_WARM_UP_SECONDS}s warm-up + ${BENCH_SECONDS}s each" \
  "(about $(( phases * (BENCH_WARM_UP_SECONDS + BENCH_SECONDS) + 20 ))s)..."
BENCH_CASE_SERVICE_URL=$case_url BENCH_TOKEN=$token BENCH_FEEDERS=$PWD/$out/feeders BENCH_QUERIES=$queries \
  ./mvnw -B -Pload -pl load-tests gatling:test -Dgatling.simulationClass=$SIMULATION > "$out/gatling.log" 2>&1 \
  || die "Gatling failed; see $out/gatling.log"

report=$(latest_report)
say ""
cp "$out/feeders/phases.csv" "$out/phases.csv"
python3 bench/report.py cases "$out" "$(getconf CLK_TCK)"
cat <<TXT

Directly against case-service (not through the gateway), $BENCH_USERS concurrent users (closed model), \
${BENCH_WARM_UP_SECONDS}s warm-up + ${BENCH_SECONDS}s per kind.
$(grep -E '^(Seeded|Unit)' "$out/seeder.log")
Dev database: mongo-java-server, $BENCH_DEVDB backend; no secondary indexes, so every query reads every document,
one query at a time per collection (load-tests/README.md: which index serves each query on a real MongoDB).
p50/p95/p99: exact percentiles of Gatling's response times; req/s: requests over each phase's own window.
Gatling runs on the same cores; other work on the machine (e.g. builds of other sessions) shows in the "machine" column.
Gatling report: ${report}index.html; logs: $out/
TXT
machine_line
