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

out=load-tests/target/bench            # logs, feeders and the CPU samples stay here after the run
say() { printf '%s\n' "$*"; }
die() { say "bench/cases.sh: $*" >&2; exit 1; }
[[ "$BENCH_DEVDB" =~ ^(memory|file)$ ]] || die "BENCH_DEVDB is memory or file, not $BENCH_DEVDB"
work=$(mktemp -d "${TMPDIR:-/tmp}/bench-cases.XXXXXX")
if [ "$BENCH_DEVDB" = memory ]; then
  DEVDB_JAVA="-Xmx5g"; devdb_store=(--in-memory)
else
  DEVDB_JAVA="-Xmx4g"; devdb_store=(--file="$work/devdb.mv")
fi
pids=()

stop_all() {
  local pid
  for pid in "${pids[@]+"${pids[@]}"}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]+"${pids[@]}"}"; do
    for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -KILL "$pid" 2>/dev/null || true
  done
  rm -rf "$work"
}
trap stop_all EXIT
trap 'exit 130' INT TERM

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
free_port() {
  local port
  while :; do port=$((20000 + RANDOM % 40000)); port_in_use "$port" || { echo "$port"; return; }; done
}

# wait_for WHAT SECONDS PID COMMAND...: until COMMAND succeeds; fails when PID dies or time is up.
wait_for() {
  local what=$1 seconds=$2 pid=$3; shift 3
  local deadline=$(( $(date +%s) + seconds ))
  until "$@" >/dev/null 2>&1; do
    kill -0 "$pid" 2>/dev/null || die "$what exited; see $out/"
    [ "$(date +%s)" -lt "$deadline" ] || die "$what not ready after ${seconds}s; see $out/"
    sleep 0.5
  done
}

for tool in java curl python3; do command -v "$tool" >/dev/null || die "$tool is needed"; done
rm -rf "$out" && mkdir -p "$out/feeders"

say "Building devdb, auth-server, case-service and the seeder's class path..."
./mvnw -B -q -DskipTests package dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/bench-classpath.txt -pl devdb,auth-server,case-service -am
say "Building the load tests (profile load: Gatling)..."
./mvnw -B -q -Pload -pl load-tests test-compile

say "Starting a fresh dev database ($BENCH_DEVDB)..."
# shellcheck disable=SC2086
java $DEVDB_JAVA -jar devdb/target/devdb-exec.jar --port=0 "${devdb_store[@]}" > "$out/devdb.log" 2>&1 &
devdb_pid=$!; pids+=("$devdb_pid")
wait_for "the dev database" 60 "$devdb_pid" grep -q '^devdb ready' "$out/devdb.log"
export MONGODB_URI; MONGODB_URI=$(sed -n 's/^devdb ready \(mongodb:[^ ]*\).*/\1/p' "$out/devdb.log")

say "Starting auth-server and case-service (dev profile, no Eureka)..."
auth_port=$(free_port); case_port=$(free_port)
export SPRING_PROFILES_ACTIVE=dev AUTH_SERVER_PORT=$auth_port CASE_SERVICE_PORT=$case_port
export AUTH_ISSUER="http://localhost:$auth_port" AUTH_JWKS_URI="http://localhost:$auth_port/oauth2/jwks"
# shellcheck disable=SC2086
java $QUICK_JAVA -jar auth-server/target/auth-server-exec.jar --eureka.client.enabled=false \
  > "$out/auth-server.log" 2>&1 &
auth_pid=$!; pids+=("$auth_pid")
# shellcheck disable=SC2086
java $SERVICE_JAVA -jar case-service/target/case-service-exec.jar --eureka.client.enabled=false \
  > "$out/case-service.log" 2>&1 &
case_pid=$!; pids+=("$case_pid")
token_json() { curl -sf --max-time 5 -u "$DEV_CLIENT" -d grant_type=client_credentials "$AUTH_ISSUER/oauth2/token"; }
wait_for "auth-server" 180 "$auth_pid" token_json
token=$(token_json | sed -n 's/.*"access_token" *: *"\([^"]*\)".*/\1/p')
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

# CPU time of the database and the service, and of the whole machine, every second: the table shows which one was
# busy during each measured phase.
( while :; do
    printf '%s %s %s %s\n' "$(date +%s%3N)" "$(awk '{print $14 + $15}' "/proc/$devdb_pid/stat")" \
      "$(awk '{print $14 + $15}' "/proc/$case_pid/stat")" "$(awk '/^cpu / {print $2+$3+$4+$7+$8+$9, $5+$6}' /proc/stat)"
    sleep 1
  done ) > "$out/cpu.txt" 2>/dev/null &
pids+=("$!")

phases=$(( $(tr -cd , <<< "$queries" | wc -c) + 1 ))
say "Running Gatling: $queries; $BENCH_USERS users, ${BENCH_WARM_UP_SECONDS}s warm-up + ${BENCH_SECONDS}s each" \
  "(about $(( phases * (BENCH_WARM_UP_SECONDS + BENCH_SECONDS) + 20 ))s)..."
BENCH_CASE_SERVICE_URL=$case_url BENCH_TOKEN=$token BENCH_FEEDERS=$PWD/$out/feeders BENCH_QUERIES=$queries \
  ./mvnw -B -Pload -pl load-tests gatling:test -Dgatling.simulationClass=$SIMULATION > "$out/gatling.log" 2>&1 \
  || die "Gatling failed; see $out/gatling.log"

report=$(ls -td load-tests/target/gatling/*/ | head -1)
say ""
python3 bench/report.py "$out/feeders/phases.csv" "$out/cpu.txt" "$(getconf CLK_TCK)"
cat <<TXT

Directly against case-service (not through the gateway), $BENCH_USERS concurrent users (closed model), \
${BENCH_WARM_UP_SECONDS}s warm-up + ${BENCH_SECONDS}s per kind.
$(grep -E '^(Seeded|Unit)' "$out/seeder.log")
Dev database: mongo-java-server, $BENCH_DEVDB backend; no secondary indexes, so every query reads every document,
one query at a time per collection (load-tests/README.md: which index serves each query on a real MongoDB).
p50/p99: exact percentiles of Gatling's response times; req/s: requests over each phase's own window.
Machine: $(nproc) cores, $(java -version 2>&1 | head -1), $(date -u '+%Y-%m-%d %H:%M UTC'). Gatling runs on the same
cores; other work on the machine (e.g. builds of other sessions) shows in the "machine" column.
Gatling report: ${report}index.html; logs: $out/
TXT
