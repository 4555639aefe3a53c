#!/usr/bin/env bash
# Whole-system load scenarios (load-tests/README.md): builds what is missing, starts a fresh dev database, the
# registry, auth-server, the services the scenario needs and the gateway on free ports (dev profile: demo data and
# the dev clients), takes real tokens from auth-server through the gateway, runs ONE Gatling simulation and prints a
# table per request kind, with the CPU each process used. Everything it starts is stopped on exit.
#
#   bench/run.sh gateway-overhead   the same GET (one case by id) through the gateway and straight to case-service,
#                                   in alternating phases; throughput and latency of both, and their ratio
#   bench/run.sh surge              public petition submissions at a rising rate, clerks listing and routing
#   bench/run.sh staff-mixed        case lists, registrations, transitions, payments, statistics at a steady rate
#
# Settings (environment), defaults for a 2-core machine:
#   all          BENCH_DEVDB=file (an H2 file in a temp dir, as ./run.sh) or memory;
#                BENCH_GATEWAY_JAVA, BENCH_SERVICE_JAVA (full JIT, fixed heaps, below); BENCH_MVN_FLAGS (e.g. -o)
#   overhead     BENCH_USERS=16 (closed model, both phases) BENCH_ROUNDS=3 BENCH_PHASE_SECONDS=15
#                BENCH_WARM_UP_SECONDS=20 BENCH_OVERHEAD_PATH (default /api/cases/<a demo case id>);
#                BENCH_WRK=auto|no: also the same comparison with wrk (-t1 -c32), when wrk is on the PATH
#   surge        BENCH_SURGE_START=4 BENCH_SURGE_STEP=4 BENCH_SURGE_LEVELS=8 (submissions/s) BENCH_LEVEL_SECONDS=20
#                BENCH_WARM_UP_SECONDS=30 (at the first level's rate, not measured)
#                BENCH_CLERK_LISTS=2 BENCH_CLERK_ROUTINGS=1 (per second, at every level)
#   staff-mixed  BENCH_SECONDS=300 BENCH_WARM_UP_SECONDS=20 BENCH_LISTS=4 BENCH_STATISTICS=0.5 BENCH_CASE_WORK=1
#                (per second; each "case work" registers a case, reads its actions, takes 3 steps, records a payment)
# Needs a JDK 17+, curl, python3, Maven Central (Gatling). Linux (reads /proc).
set -euo pipefail
cd "$(dirname "$0")/.."

scenario=${1:-}
case "$scenario" in
  gateway-overhead|surge|staff-mixed) ;;
  *) sed -n '2,23p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2 ;;
esac
BENCH_NAME="bench/run.sh $scenario"
BENCH_OUT=load-tests/target/bench-$scenario
# shellcheck source=bench/lib.sh
. bench/lib.sh

: "${BENCH_DEVDB:=file}" "${BENCH_MVN_FLAGS:=}"
# Registry and auth-server are off the measured path: quick start-up flags, as ./run.sh. The gateway and the services
# get the full JIT (C2) and fixed heaps, as in production: throughput, not start-up, is measured.
QUICK_JAVA="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx256m -Xss512k"
: "${BENCH_GATEWAY_JAVA:=-Xms256m -Xmx256m -XX:+UseParallelGC}"
: "${BENCH_SERVICE_JAVA:=-Xms256m -Xmx256m -XX:+UseParallelGC}"
DEVDB_JAVA="-Xmx1g"
load_before=$(cut -d' ' -f1-3 /proc/loadavg)

case "$scenario" in
  gateway-overhead)
    services=(case-service)
    : "${BENCH_USERS:=16}" "${BENCH_ROUNDS:=3}" "${BENCH_PHASE_SECONDS:=15}" "${BENCH_WARM_UP_SECONDS:=20}"
    : "${BENCH_WRK:=auto}"
    export BENCH_USERS BENCH_ROUNDS BENCH_PHASE_SECONDS BENCH_WARM_UP_SECONDS
    SIMULATION=cn.procuratorate.wages.load.overhead.GatewayOverheadSimulation ;;
  surge)
    services=(case-service petition-service)
    : "${BENCH_SURGE_START:=4}" "${BENCH_SURGE_STEP:=4}" "${BENCH_SURGE_LEVELS:=8}" "${BENCH_LEVEL_SECONDS:=20}"
    : "${BENCH_CLERK_LISTS:=2}" "${BENCH_CLERK_ROUTINGS:=1}" "${BENCH_WARM_UP_SECONDS:=30}"
    export BENCH_SURGE_START BENCH_SURGE_STEP BENCH_SURGE_LEVELS BENCH_LEVEL_SECONDS BENCH_CLERK_LISTS \
      BENCH_CLERK_ROUTINGS BENCH_WARM_UP_SECONDS
    SIMULATION=cn.procuratorate.wages.load.surge.PetitionSurgeSimulation ;;
  staff-mixed)
    services=(case-service)
    : "${BENCH_SECONDS:=300}" "${BENCH_WARM_UP_SECONDS:=20}" "${BENCH_LISTS:=4}" "${BENCH_STATISTICS:=0.5}"
    : "${BENCH_CASE_WORK:=1}"
    export BENCH_SECONDS BENCH_WARM_UP_SECONDS BENCH_LISTS BENCH_STATISTICS BENCH_CASE_WORK
    SIMULATION=cn.procuratorate.wages.load.staff.StaffMixedSimulation ;;
esac

bench_init

# Build a module when its runnable jar is missing or older than its sources (as ./run.sh decides).
stale=()
for m in devdb registry auth-server "${services[@]}" gateway; do
  jar="$m/target/$m-exec.jar"
  if [ ! -f "$jar" ] || [ -n "$(find "$m/src/main" platform-common/src/main "$m/pom.xml" pom.xml -newer "$jar" \
      -print -quit 2>/dev/null)" ]; then
    stale+=("$m")
  fi
done
if [ ${#stale[@]} -gt 0 ]; then
  say "Building ${stale[*]}..."
  # shellcheck disable=SC2086
  ./mvnw -B -q $BENCH_MVN_FLAGS -DskipTests package -pl "$(IFS=,; echo "${stale[*]}")" -am \
    > "$BENCH_OUT/build.log" 2>&1 || die "the build failed; see $BENCH_OUT/build.log"
fi
say "Building the load tests (profile load: Gatling)..."
# shellcheck disable=SC2086
./mvnw -B -q $BENCH_MVN_FLAGS -Pload -pl load-tests test-compile > "$BENCH_OUT/build-load-tests.log" 2>&1 \
  || die "the load tests did not compile; see $BENCH_OUT/build-load-tests.log"

say "Starting a fresh dev database ($BENCH_DEVDB), registry, auth-server, ${services[*]}, gateway (free ports)..."
start_devdb "$BENCH_DEVDB" "$DEVDB_JAVA"
registry_port=$(free_port); gateway_port=$(free_port)
export SPRING_PROFILES_ACTIVE=dev REGISTRY_PORT=$registry_port GATEWAY_PORT=$gateway_port
export AUTH_SERVER_PORT=$(free_port) CASE_SERVICE_PORT=$(free_port) PETITION_SERVICE_PORT=$(free_port)
export OUTREACH_SERVICE_PORT=$(free_port)
export EUREKA_URL="http://localhost:$registry_port/eureka/"
# As ./run.sh: tokens name the gateway as issuer, and everyone fetches auth-server's keys through it.
export AUTH_ISSUER="http://localhost:$gateway_port" AUTH_JWKS_URI="http://localhost:$gateway_port/oauth2/jwks"
export AUTH_TOKEN_URI="http://localhost:$gateway_port/oauth2/token"
# The load comes from one address. Loopback is declared a trusted proxy for the public rate limits, so each
# simulated petitioner's X-Forwarded-For (an address of its own) is its bucket: the limits stay as configured
# (3 submissions per address at once) and are exercised, one bucket per petitioner, instead of being switched off.
export GATEWAY_RATE_TRUSTED_PROXIES=127.0.0.1
start_jar registry "$QUICK_JAVA"; registry_pid=$started_pid
start_jar auth-server "$QUICK_JAVA"; auth_pid=$started_pid
declare -A service_pid
for s in "${services[@]}"; do start_jar "$s" "$BENCH_SERVICE_JAVA"; service_pid[$s]=$started_pid; done
start_jar gateway "$BENCH_GATEWAY_JAVA"; gateway_pid=$started_pid

gateway="http://127.0.0.1:$gateway_port"
TOKEN_URL="$gateway/oauth2/token"
wait_for "auth-server through the gateway" 240 "$auth_pid" dev_token dev-procurator1:dev-secret
procurator=$(dev_token dev-procurator1:dev-secret)
clerk=$(dev_token dev-clerk1:dev-secret)
answers() { [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 -H "Authorization: Bearer $procurator" "$1")" = 200 ]; }
case_direct="http://127.0.0.1:$CASE_SERVICE_PORT"
wait_for "case-service" 240 "${service_pid[case-service]}" answers "$case_direct/api/cases"
wait_for "the gateway's case route" 120 "$gateway_pid" answers "$gateway/api/cases"
if [ -n "${service_pid[petition-service]:-}" ]; then
  wait_for "petition-service" 240 "${service_pid[petition-service]}" answers "http://127.0.0.1:$PETITION_SERVICE_PORT/api/petitions"
  wait_for "the gateway's petition route" 120 "$gateway_pid" answers "$gateway/api/petitions"
fi
kill -0 "$registry_pid" || die "the registry exited"
say "Up: gateway $gateway, case-service $case_direct; logs in $BENCH_OUT/"

export BENCH_GATEWAY_URL=$gateway BENCH_CASE_SERVICE_URL=$case_direct BENCH_TOKEN=$procurator BENCH_CLERK_TOKEN=$clerk
export BENCH_FEEDERS=$PWD/$BENCH_OUT
if [ "$scenario" = gateway-overhead ] && [ -z "${BENCH_OVERHEAD_PATH:-}" ]; then
  # One demo case of the procurator's unit: a small authenticated GET, one document read by id.
  case_id=$(curl -sf -H "Authorization: Bearer $procurator" "$case_direct/api/cases?size=1" \
    | sed -n 's/.*"items" *: *\[ *{ *"id" *: *"\([^"]*\)".*/\1/p')
  [ -n "$case_id" ] || die "no demo case to read"
  export BENCH_OVERHEAD_PATH=/api/cases/$case_id
fi

start_cpu_sampler
say "Running Gatling ($SIMULATION)..."
# shellcheck disable=SC2086
./mvnw -B $BENCH_MVN_FLAGS -Pload -pl load-tests gatling:test -Dgatling.simulationClass=$SIMULATION \
  > "$BENCH_OUT/gatling.log" 2>&1 || die "Gatling failed; see $BENCH_OUT/gatling.log"
report=$(latest_report)

if [ "$scenario" = gateway-overhead ] && [ "$BENCH_WRK" != no ] && command -v wrk >/dev/null; then
  say "The same comparison with wrk (-t1 -c32, ${BENCH_PHASE_SECONDS}s per phase, alternating, $BENCH_ROUNDS rounds)..."
  : > "$BENCH_OUT/wrk-phases.txt"
  for round in $(seq 1 "$BENCH_ROUNDS"); do
    for kind in gateway direct; do
      url=$gateway; [ "$kind" = direct ] && url=$case_direct
      first=$(date +%s%3N)
      wrk -t1 -c32 -d"${BENCH_PHASE_SECONDS}s" --latency -H "Authorization: Bearer $procurator" \
        "$url$BENCH_OVERHEAD_PATH" > "$BENCH_OUT/wrk-$kind-$round.txt"
      printf '%s %s %s %s\n' "$kind" "$first" "$(date +%s%3N)" "$BENCH_OUT/wrk-$kind-$round.txt" \
        >> "$BENCH_OUT/wrk-phases.txt"
    done
  done
fi

say ""
python3 bench/report.py "$scenario" "$BENCH_OUT" "$(getconf CLK_TCK)"
say ""
case "$scenario" in
  gateway-overhead)
    say "GET $BENCH_OVERHEAD_PATH with the procurator's token (JWT checked by the gateway and again by case-service);"
    say "Gatling: $BENCH_USERS users each way (closed model, one shared connection pool), ${BENCH_WARM_UP_SECONDS}s warm-up" \
      "each, then $BENCH_ROUNDS rounds of ${BENCH_PHASE_SECONDS}s via the gateway then ${BENCH_PHASE_SECONDS}s direct." ;;
  surge)
    say "Open model: POST /api/public/petitions (valid ID and phone, Idempotency-Key, own X-Forwarded-For each) at each" \
      "level's rate for ${BENCH_LEVEL_SECONDS}s, plus clerk1 listing ($BENCH_CLERK_LISTS/s) and routing ($BENCH_CLERK_ROUTINGS/s)" \
      "petitions into cases (Feign to case-service), all through the gateway." ;;
  staff-mixed)
    say "Open model through the gateway, procurator1's token: lists $BENCH_LISTS/s, statistics $BENCH_STATISTICS/s," \
      "case work $BENCH_CASE_WORK/s for ${BENCH_SECONDS}s after a ${BENCH_WARM_UP_SECONDS}s warm-up." ;;
esac
say "Dev database: $BENCH_DEVDB backend. Gateway JVM: $BENCH_GATEWAY_JAVA; services: $BENCH_SERVICE_JAVA."
machine_line
say "Gatling report: ${report}index.html; logs and samples: $BENCH_OUT/"
