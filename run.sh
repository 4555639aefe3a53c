#!/usr/bin/env bash
# Starts the whole system locally: dev database, registry, auth-server, case/petition/outreach services, the
# console (staff and public web pages) and the gateway, each a separate JVM with its log under logs/. Builds what is
# missing first. Ctrl-C (or `./run.sh stop` from another terminal) stops everything it started. Data stays in data/ between runs.
#
#   ./run.sh           start and wait; Ctrl-C stops
#   ./run.sh stop      stop a run started from another terminal
#   ./run.sh status    show what is running
#   ./run.sh --instances 2   (or INSTANCES=2 ./run.sh) two instances of each domain service (case, petition,
#                      outreach): the second on its own port (CASE_SERVICE_PORT_2, default CASE_SERVICE_PORT+10, ...),
#                      own log (logs/case-service-2.log) and own Eureka instance id (host:name:port)
#
# Ports and settings (environment): GATEWAY_PORT=8080 REGISTRY_PORT=8761 AUTH_SERVER_PORT=9000 CASE_SERVICE_PORT=8081
# PETITION_SERVICE_PORT=8082 OUTREACH_SERVICE_PORT=8083 CONSOLE_PORT=8084 DEVDB_PORT=27017; DEVDB_FILE=data/devdb.mv; MONGODB_URI
# (use that MongoDB instead of the dev database); SPRING_PROFILES_ACTIVE (default dev: short Eureka timings);
# JAVA_OPTS (every JVM but the gateway's), GATEWAY_JAVA_OPTS; START_TIMEOUT=180. Linux (uses /proc and GNU date).
set -euo pipefail
cd "$(dirname "$0")"

RUN_DIR=.run
PIDS="$RUN_DIR/pids"
LOGS=logs
: "${GATEWAY_PORT:=8080}" "${REGISTRY_PORT:=8761}" "${AUTH_SERVER_PORT:=9000}" "${CASE_SERVICE_PORT:=8081}"
: "${PETITION_SERVICE_PORT:=8082}" "${CONSOLE_PORT:=8084}"
: "${OUTREACH_SERVICE_PORT:=8083}" "${DEVDB_PORT:=27017}" "${SPRING_PROFILES_ACTIVE:=dev}" "${START_TIMEOUT:=180}"
: "${INSTANCES:=1}"
: "${JAVA_OPTS:=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xms64m -Xmx256m -Xss512k -XX:ReservedCodeCacheSize=32m -XX:MaxMetaspaceSize=192m -XX:+ExitOnOutOfMemoryError}"
# The gateway carries every request: the full JIT (C2), not the quick start-up one, which halved its throughput
# (load-tests/README.md, "Gateway tuning").
: "${GATEWAY_JAVA_OPTS:=-XX:+UseSerialGC -Xms64m -Xmx256m -Xss512k -XX:ReservedCodeCacheSize=64m -XX:MaxMetaspaceSize=192m -XX:+ExitOnOutOfMemoryError}"
export GATEWAY_PORT REGISTRY_PORT AUTH_SERVER_PORT CASE_SERVICE_PORT PETITION_SERVICE_PORT OUTREACH_SERVICE_PORT
export CONSOLE_PORT
export SPRING_PROFILES_ACTIVE
export EUREKA_URL="http://localhost:${REGISTRY_PORT}/eureka/"
# Tokens name the gateway's public URL as issuer; the gateway and services fetch auth-server's keys through it.
export AUTH_ISSUER="${AUTH_ISSUER:-http://localhost:${GATEWAY_PORT}}"
export AUTH_JWKS_URI="${AUTH_JWKS_URI:-http://localhost:${GATEWAY_PORT}/oauth2/jwks}"
# Where petition-service gets its own (platform-services) token for deliveries made without a user.
export AUTH_TOKEN_URI="${AUTH_TOKEN_URI:-http://localhost:${GATEWAY_PORT}/oauth2/token}"
# The console calls the API through the gateway, and is itself reached through it: its OAuth2 redirect URIs are the
# gateway's (auth-server's dev profile registers them from these).
export GATEWAY_URL="${GATEWAY_URL:-http://localhost:${GATEWAY_PORT}}"
export AUTH_CONSOLE_REDIRECT_URIS="${AUTH_CONSOLE_REDIRECT_URIS:-http://localhost:${GATEWAY_PORT}/console/login/oauth2/code/console}"
export AUTH_CONSOLE_POST_LOGOUT_REDIRECT_URIS="${AUTH_CONSOLE_POST_LOGOUT_REDIRECT_URIS:-http://localhost:${GATEWAY_PORT}/console}"
MODULES=(devdb registry auth-server case-service petition-service outreach-service console gateway)
APPS=(registry auth-server case-service petition-service outreach-service console gateway)
# The dev profile's one-curl client of a seeded supervisor (auth-server/README.md), used to check the routes.
DEV_CLIENT=dev-supervisor1:dev-secret

DOMAIN_SERVICES=(case-service petition-service outreach-service)

say() { printf '%s\n' "$*"; }
die() { say "run.sh: $*" >&2; exit 1; }
# The module of a process: case-service-2 (a further instance) runs case-service's jar.
module_of() { local m; for m in "${DOMAIN_SERVICES[@]}"; do [[ "$1" == "$m"-[0-9]* ]] && { echo "$m"; return; }; done; echo "$1"; }
jar_of() { local m; m=$(module_of "$1"); printf '%s/target/%s-exec.jar' "$m" "$m"; }

# The environment variable that holds a process's port, e.g. case-service -> CASE_SERVICE_PORT; a further instance
# case-service-2 -> CASE_SERVICE_PORT_2, by default CASE_SERVICE_PORT + 10 for the 2nd, + 20 for the 3rd, ...
port_var() {
  local m n; m=$(module_of "$1")
  if [ "$m" = "$1" ]; then echo "${1}_PORT" | tr 'a-z-' 'A-Z_'; else n=${1##*-}; echo "${m}_PORT_${n}" | tr 'a-z-' 'A-Z_'; fi
}
port_of() {
  local var m base; var=$(port_var "$1"); m=$(module_of "$1")
  if [ -n "${!var:-}" ]; then echo "${!var}"; return; fi
  base=$(port_var "$m"); echo $(( ${!base} + 10 * (${1##*-} - 1) ))
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

stop_all() {
  # Claim the list first, so that a stop from another terminal and this script's own exit do not both stop.
  # `./run.sh stop` also finishes a stop that was interrupted (the list is then already claimed).
  if ! mv "$PIDS" "$PIDS.stopping" 2>/dev/null; then
    [ "${1:-}" = finish-interrupted ] && [ -f "$PIDS.stopping" ] || return 0
  fi
  say "Stopping..."
  # The gateway and services all at once (each takes seconds to deregister and drain), then the registry they
  # deregister from, then the database: it flushes its file on a clean stop, once nothing writes any more.
  local apps=() registry=() db=()
  while read -r name pid; do
    case "$name" in
      devdb) db+=("$name $pid") ;;
      registry) registry+=("$name $pid") ;;
      *) apps+=("$name $pid") ;;
    esac
  done < "$PIDS.stopping"
  stop_group "${apps[@]+"${apps[@]}"}"
  stop_group "${registry[@]+"${registry[@]}"}"
  stop_group "${db[@]+"${db[@]}"}"
  rm -f "$PIDS.stopping"
}

# stop_group "name pid" ...: SIGTERM to each, up to 20 s for all to exit, then SIGKILL for any left.
stop_group() {
  local entry name pid
  for entry in "$@"; do kill -TERM "${entry#* }" 2>/dev/null || true; done
  for _ in $(seq 1 40); do
    local left=0
    for entry in "$@"; do kill -0 "${entry#* }" 2>/dev/null && left=1; done
    [ "$left" = 0 ] && break
    sleep 0.5
  done
  for entry in "$@"; do
    name=${entry% *}; pid=${entry#* }
    if kill -0 "$pid" 2>/dev/null; then
      kill -KILL "$pid" 2>/dev/null || true
      say "  killed $name (did not stop within 20 s)"
    else
      say "  stopped $name"
    fi
  done
}

status() {
  [ -f "$PIDS" ] || { say "Nothing started by run.sh is running."; return 0; }
  while read -r name pid; do
    if kill -0 "$pid" 2>/dev/null; then
      say "  $name (pid $pid): running, $(( $(awk '/VmRSS/ {print $2}' "/proc/$pid/status" 2>/dev/null || echo 0) / 1024 )) MB RSS"
    else
      say "  $name (pid $pid): not running"
    fi
  done < "$PIDS"
}

command=start
while [ $# -gt 0 ]; do
  case "$1" in
    --instances) [ $# -ge 2 ] || die "--instances needs a number"; INSTANCES=$2; shift 2 ;;
    --instances=*) INSTANCES=${1#--instances=}; shift ;;
    *) command=$1; shift ;;
  esac
done
[[ "$INSTANCES" =~ ^[1-9]$ ]] || die "INSTANCES must be a number from 1 to 9, not '$INSTANCES'"
# Further instances of each domain service, started after the first ones (e.g. case-service-2).
EXTRA_INSTANCES=()
for ((n = 2; n <= INSTANCES; n++)); do
  for m in "${DOMAIN_SERVICES[@]}"; do EXTRA_INSTANCES+=("$m-$n"); done
done

case "$command" in
  stop) stop_all finish-interrupted; exit 0 ;;
  status) status; exit 0 ;;
  start) ;;
  *) die "unknown command '$command' (start, stop, status; --instances N)" ;;
esac

started_at=$(date +%s.%N)
command -v java >/dev/null || die "java (17 or newer) is not on the PATH"
command -v curl >/dev/null || die "curl is needed to check the services (apt-get install curl)"
for list in "$PIDS" "$PIDS.stopping"; do
  [ -f "$list" ] || continue
  while read -r name pid; do
    kill -0 "$pid" 2>/dev/null && die "already running ($name, pid $pid): './run.sh stop' it first"
  done < "$list"
  rm -f "$list"   # left by a run that was killed: none of its processes is alive
done

# Build when a runnable jar is missing or older than its module's sources.
needs_build=no
for m in "${MODULES[@]}"; do
  jar=$(jar_of "$m")
  if [ ! -f "$jar" ] || [ -n "$(find "$m/src/main" platform-common/src/main "$m/pom.xml" pom.xml -newer "$jar" -print -quit 2>/dev/null)" ]; then
    needs_build=yes
  fi
done
if [ "$needs_build" = yes ]; then
  say "Building (./mvnw -q -DskipTests package)..."
  ./mvnw -B -q -DskipTests package || die "the build failed"
fi

start_list=("${MODULES[@]}")
use_devdb=yes
if [ -n "${MONGODB_URI:-}" ]; then
  use_devdb=no
  start_list=("${MODULES[@]:1}")
  say "Using the MongoDB given by MONGODB_URI; no dev database"
else
  export MONGODB_URI="mongodb://127.0.0.1:${DEVDB_PORT}"
fi

for m in "${start_list[@]}" "${EXTRA_INSTANCES[@]+"${EXTRA_INSTANCES[@]}"}"; do
  port=$(port_of "$m")
  if port_in_use "$port"; then
    die "port $port (for $m) is already in use: stop what uses it, or choose another port with $(port_var "$m")=..."
  fi
done

mkdir -p "$LOGS" "$RUN_DIR" data
: > "$PIDS"
trap 'stop_all; exit 130' INT TERM
trap 'stop_all' EXIT

launch() {
  local name=$1; shift
  local opts=$JAVA_OPTS
  [ "$name" = gateway ] && opts=$GATEWAY_JAVA_OPTS
  # shellcheck disable=SC2086
  java $opts -jar "$(jar_of "$name")" "$@" > "$LOGS/$name.log" 2>&1 &
  echo "$name $!" >> "$PIDS"
}

fail_with_log() {
  say "run.sh: $1 did not come up; last lines of $LOGS/$1.log:" >&2
  tail -n 30 "$LOGS/$1.log" >&2 || true
  exit 1
}

alive() { kill -0 "$(awk -v n="$1" '$1 == n {print $2}' "$PIDS" 2>/dev/null)" 2>/dev/null; }

# True once `./run.sh stop` (from another terminal) has claimed the list: this run is being stopped on purpose.
stopped_elsewhere() { [ ! -f "$PIDS" ]; }

if [ "$use_devdb" = yes ]; then
  launch devdb --port="$DEVDB_PORT" --file="${DEVDB_FILE:-data/devdb.mv}"
  for _ in $(seq 1 60); do grep -q '^devdb ready' "$LOGS/devdb.log" 2>/dev/null && break; alive devdb || fail_with_log devdb; sleep 0.5; done
  grep -q '^devdb ready' "$LOGS/devdb.log" || fail_with_log devdb
fi
for m in "${APPS[@]}"; do launch "$m"; done
# Further instances: the same jar on their own port; Eureka's default instance id (host:name:port) tells them apart.
for m in "${EXTRA_INSTANCES[@]+"${EXTRA_INSTANCES[@]}"}"; do
  launch "$m" --server.port="$(port_of "$m")"
  APPS+=("$m")
done

# Up means: auth-server answers through the gateway, and every route answers with a token from it (including one
# served by a Feign call between services). Without the dev profile there is no dev client: a route then counts as
# up when it refuses a request without a token (401), i.e. the gateway reached a secured route.
routes=(/api/cases /api/petitions /api/outreach/campaigns /api/outreach/case-figures)
deadline=$(( $(date +%s) + START_TIMEOUT ))
gateway="http://localhost:${GATEWAY_PORT}"
check_alive() {
  for m in "${APPS[@]}"; do alive "$m" || fail_with_log "$m"; done
  [ "$(date +%s)" -lt "$deadline" ] || die "not up after ${START_TIMEOUT}s: $1 (see $LOGS/)"
}
until [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 3 "$gateway/.well-known/openid-configuration")" = 200 ]; do
  check_alive "auth-server through the gateway"; sleep 0.5
done
token=""
if [ "$SPRING_PROFILES_ACTIVE" = dev ]; then
  until token=$(curl -s --fail --max-time 3 -u "$DEV_CLIENT" -d grant_type=client_credentials "$gateway/oauth2/token" \
      | sed -n 's/.*"access_token" *: *"\([^"]*\)".*/\1/p') && [ -n "$token" ]; do
    check_alive "a token from auth-server"; sleep 0.5
  done
fi
expected=200; [ -n "$token" ] || expected=401
pending=("${routes[@]}")
while [ ${#pending[@]} -gt 0 ]; do
  check_alive "${pending[*]}"
  next=()
  for r in "${pending[@]}"; do
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 3 ${token:+-H "Authorization: Bearer $token"} "$gateway$r" || true)
    [ "$code" = "$expected" ] || next+=("$r")
  done
  pending=("${next[@]+"${next[@]}"}")
  [ ${#pending[@]} -eq 0 ] || sleep 0.5
done

# The console's public home renders through the gateway (its staff pages need a sign-in, so they are not probed).
until [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 3 "$gateway/public")" = 200 ]; do
  check_alive "the console through the gateway"; sleep 0.5
done
# Every further instance ready too (its own database check), and listed by Eureka before the gateway counts on it.
for m in "${EXTRA_INSTANCES[@]+"${EXTRA_INSTANCES[@]}"}"; do
  until [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 3 "http://localhost:$(port_of "$m")/actuator/health/readiness")" = 200 ]; do
    check_alive "$m"; sleep 0.5
  done
done
if [ "$INSTANCES" -gt 1 ]; then
  for m in "${DOMAIN_SERVICES[@]}"; do
    app=$(echo "$m" | tr 'a-z' 'A-Z')
    until [ "$(curl -s --max-time 3 "http://localhost:${REGISTRY_PORT}/eureka/apps/$app" | grep -c '<status>UP</status>')" -ge "$INSTANCES" ]; do
      check_alive "$INSTANCES instances of $m in Eureka"; sleep 0.5
    done
  done
fi

elapsed=$(awk -v s="$started_at" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1f", e - s }')
cat <<TXT

All routes answer through the gateway (${elapsed} s).
  Gateway            http://localhost:${GATEWAY_PORT}
  Console            http://localhost:${GATEWAY_PORT}/console
  Public pages       http://localhost:${GATEWAY_PORT}/public
  Swagger UI         http://localhost:${GATEWAY_PORT}/swagger-ui.html
  Eureka dashboard   http://localhost:${REGISTRY_PORT}
  Token issuer       ${AUTH_ISSUER}
  Database           $(printf '%s' "$MONGODB_URI" | sed -E 's#//[^/@]*@#//***@#')
  Logs               ${LOGS}/
Ctrl-C stops everything (or ./run.sh stop from another terminal).
TXT
if [ "$INSTANCES" -gt 1 ]; then
  say "Instances (each in Eureka, behind the gateway's and the Feign clients' load balancers):"
  for m in "${DOMAIN_SERVICES[@]}"; do
    ports="$(port_of "$m")"; logs="$LOGS/$m.log"
    for ((n = 2; n <= INSTANCES; n++)); do ports="$ports, $(port_of "$m-$n")"; logs="$logs, $LOGS/$m-$n.log"; done
    printf '  %-18s %s\n' "$m" "ports $ports; logs $logs"
  done
fi
if [ "$SPRING_PROFILES_ACTIVE" = dev ]; then
  cat <<TXT
Sign in to the console as procurator1, clerk1 or supervisor1 (unit 110105) or clerk2, password dev-password.
A token for each role (dev users of unit 110105; clerk2 is of unit 320102):
  curl -s -u dev-procurator1:dev-secret -d grant_type=client_credentials $gateway/oauth2/token
  curl -s -u dev-clerk1:dev-secret -d grant_type=client_credentials $gateway/oauth2/token
  curl -s -u dev-supervisor1:dev-secret -d grant_type=client_credentials $gateway/oauth2/token
then: curl -H "Authorization: Bearer <access_token>" $gateway/api/cases
TXT
fi

# Stay in the foreground until Ctrl-C or until a process dies.
while true; do
  stopped_elsewhere && { trap - EXIT; say "Stopped by './run.sh stop'."; exit 0; }
  for m in "${APPS[@]}"; do
    if ! alive "$m"; then
      stopped_elsewhere && continue
      say "run.sh: $m exited; see $LOGS/$m.log" >&2
      exit 1
    fi
  done
  sleep 2
done
