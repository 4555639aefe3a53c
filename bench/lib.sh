# Shared by the bench scripts (sourced, not run): free ports, starting jars and waiting for them, stopping
# everything started on exit, and sampling the CPU of each started process from /proc. Linux only.
#
# A script sets BENCH_NAME (for messages) and BENCH_OUT (logs and samples), then calls bench_init.

bench_pids=()        # every process started, stopped in reverse order on exit
bench_names=()       # the names of the processes whose CPU is sampled, in sample column order
bench_sampled=()     # their pids
bench_work=""        # a temp directory removed on exit (dev database file, ...)

say() { printf '%s\n' "$*"; }
die() { say "$BENCH_NAME: $*" >&2; exit 1; }

bench_init() {
  for tool in java curl python3; do command -v "$tool" >/dev/null || die "$tool is needed"; done
  rm -rf "$BENCH_OUT" && mkdir -p "$BENCH_OUT"
  bench_work=$(mktemp -d "${TMPDIR:-/tmp}/bench.XXXXXX")
  trap bench_stop_all EXIT
  trap 'exit 130' INT TERM
}

# TERM to all (the newest first, so the gateway goes before the services and the database last), up to 20 s, KILL.
bench_stop_all() {
  local i pid
  for (( i=${#bench_pids[@]}-1; i>=0; i-- )); do kill -TERM "${bench_pids[$i]}" 2>/dev/null || true; done
  for pid in "${bench_pids[@]+"${bench_pids[@]}"}"; do
    for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -KILL "$pid" 2>/dev/null || true
  done
  [ -z "$bench_work" ] || rm -rf "$bench_work"
}

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
    kill -0 "$pid" 2>/dev/null || die "$what exited; see $BENCH_OUT/"
    [ "$(date +%s)" -lt "$deadline" ] || die "$what not ready after ${seconds}s; see $BENCH_OUT/"
    sleep 0.5
  done
}

# start_jar NAME "JAVA FLAGS" ARGS...: java FLAGS -jar NAME/target/NAME-exec.jar ARGS, log in $BENCH_OUT/NAME.log;
# sets started_pid, and samples the process's CPU.
start_jar() {
  local name=$1 flags=$2; shift 2
  # shellcheck disable=SC2086
  java $flags -jar "$name/target/$name-exec.jar" "$@" > "$BENCH_OUT/$name.log" 2>&1 &
  started_pid=$!
  bench_pids+=("$started_pid"); bench_names+=("$name"); bench_sampled+=("$started_pid")
}

# start_devdb memory|file FLAGS: a fresh dev database on a free port; exports MONGODB_URI.
start_devdb() {
  local store=(--in-memory)
  [ "$1" = file ] && store=(--file="$bench_work/devdb.mv")
  start_jar devdb "$2" --port=0 "${store[@]}"
  wait_for "the dev database" 60 "$started_pid" grep -q '^devdb ready' "$BENCH_OUT/devdb.log"
  export MONGODB_URI; MONGODB_URI=$(sed -n 's/^devdb ready \(mongodb:[^ ]*\).*/\1/p' "$BENCH_OUT/devdb.log")
}

# Once a second: time in ms, the CPU ticks (user + system) of each started process, then the machine's busy and idle
# ticks. bench/report.py turns them into the cores each used during each measured phase.
start_cpu_sampler() {
  local pids="${bench_sampled[*]}"
  printf '%s\n' "${bench_names[@]}" > "$BENCH_OUT/cpu-names.txt"
  ( while :; do
      line="$(date +%s%3N)"
      for pid in $pids; do line+=" $(awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null || echo 0)"; done
      printf '%s %s\n' "$line" "$(awk '/^cpu / {print $2+$3+$4+$7+$8+$9, $5+$6}' /proc/stat)"
      sleep 1
    done ) > "$BENCH_OUT/cpu.txt" 2>/dev/null &
  bench_pids+=("$!")
}

# A client-credentials token of a dev client (auth-server's dev profile) from TOKEN_URL.
dev_token() {
  curl -sf --max-time 5 -u "$1" -d grant_type=client_credentials "$TOKEN_URL" \
    | sed -n 's/.*"access_token" *: *"\([^"]*\)".*/\1/p'
}

# The newest Gatling report folder.
latest_report() { ls -td load-tests/target/gatling/*/ 2>/dev/null | head -1; }

machine_line() {
  say "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo)," \
    "$(java -version 2>&1 | head -1), $(date -u '+%Y-%m-%d %H:%M UTC'); load average before: $load_before," \
    "after: $(cut -d' ' -f1-3 /proc/loadavg)"
}
