#!/usr/bin/env bash
# Start-up time and resident memory of the packaged jar with the demo county.
#
#   bench/startup.sh [PATH ...]        default paths: / /login
#
# Run 1 starts target/zhengtong.jar on an empty data dir, so the demo county is generated during
# start-up; run 2 starts it again on the same data dir (demo already there). For each run it prints
# the wall-clock time from process start until every PATH answers 200, and VmRSS right after that
# and after 50 rounds of requests to every PATH, then compares them with the goals of issue 2:
# start ≤ 20 s and resident memory ≤ 1 GiB. Only 127.0.0.1 is contacted.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

GOAL_START_S=20
GOAL_RSS_MIB=1024
TIMEOUT_S=120
ROUNDS=50
JAR=target/zhengtong.jar
# The heap the README command (./mvnw spring-boot:run) gives the platform (pom property zt.jvm.options).
JVM_OPTIONS=${ZT_JVM_OPTIONS:--Xmx512m}

if (($# > 0)); then
	PATHS=("$@")
else
	PATHS=(/ /login)
fi

command -v curl >/dev/null 2>&1 || { echo "bench: curl is needed (apt-get install curl)" >&2; exit 1; }
command -v java >/dev/null 2>&1 || { echo "bench: java is needed" >&2; exit 1; }

if [[ ! -f "$JAR" ]]; then
	echo "== building $JAR (./mvnw -B -q -DskipTests package)"
	./mvnw -B -q -DskipTests package
fi
[[ -f "$JAR" ]] || { echo "bench: $JAR was not built" >&2; exit 1; }

DATA_DIR=$(mktemp -d /tmp/zt-bench-data.XXXXXX)
LOG_DIR=$(mktemp -d /tmp/zt-bench-logs.XXXXXX)
APP_PID=""

cleanup() {
	if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
		kill "$APP_PID" 2>/dev/null || true
		wait "$APP_PID" 2>/dev/null || true
	fi
	rm -rf "$DATA_DIR"
}
trap cleanup EXIT

free_port() {
	python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()' 2>/dev/null \
		|| shuf -i 20000-60000 -n 1
}

now_ms() {
	date +%s%3N
}

rss_mib() {
	awk '/^VmRSS:/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"
}

status_of() {
	curl -s -o /dev/null -w '%{http_code}' --max-time 10 "http://127.0.0.1:$1$2" || true
}

# run ID LABEL -> sets START_S, RSS_START, RSS_AFTER
run() {
	local id=$1 name=$2 port log start_ms ready_ms path all_ok
	port=$(free_port)
	log="$LOG_DIR/$id.log"
	echo
	echo "== $name: java $JVM_OPTIONS -jar $JAR --server.port=$port --zt.data-dir=$DATA_DIR"
	start_ms=$(now_ms)
	# shellcheck disable=SC2086 # word splitting of the options is intended
	java $JVM_OPTIONS -jar "$JAR" --server.port="$port" --zt.data-dir="$DATA_DIR" >"$log" 2>&1 &
	APP_PID=$!
	ready_ms=""
	while (($(now_ms) - start_ms < TIMEOUT_S * 1000)); do
		if ! kill -0 "$APP_PID" 2>/dev/null; then
			echo "bench: the application exited during start-up; last lines of $log:" >&2
			tail -n 30 "$log" >&2
			exit 1
		fi
		all_ok=true
		for path in "${PATHS[@]}"; do
			if [[ $(status_of "$port" "$path") != 200 ]]; then
				all_ok=false
				break
			fi
		done
		if $all_ok; then
			ready_ms=$(now_ms)
			break
		fi
		sleep 0.2
	done
	if [[ -z "$ready_ms" ]]; then
		echo "bench: not every path of (${PATHS[*]}) answered 200 within $TIMEOUT_S s; see $log" >&2
		for path in "${PATHS[@]}"; do
			echo "  GET $path -> $(status_of "$port" "$path")" >&2
		done
		exit 1
	fi
	START_S=$(awk -v ms=$((ready_ms - start_ms)) 'BEGIN { printf "%.1f", ms / 1000 }')
	RSS_START=$(rss_mib "$APP_PID")
	local i code failed=0
	for ((i = 0; i < ROUNDS; i++)); do
		for path in "${PATHS[@]}"; do
			code=$(status_of "$port" "$path")
			[[ $code == 200 ]] || failed=$((failed + 1))
		done
	done
	RSS_AFTER=$(rss_mib "$APP_PID")
	echo "   first 200 on every path after: $START_S s"
	echo "   VmRSS after start:             $RSS_START MiB"
	echo "   VmRSS after $ROUNDS x (${PATHS[*]}):   $RSS_AFTER MiB  ($failed requests not 200)"
	kill "$APP_PID"
	wait "$APP_PID" 2>/dev/null || true
	APP_PID=""
	((failed == 0)) || { echo "bench: $failed requests did not answer 200; see $log" >&2; exit 1; }
}

echo "Zhengtong start-up benchmark: $(nproc) cores, $(java -version 2>&1 | head -n 1)"
echo "paths: ${PATHS[*]}"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg) (other work on the machine slows start-up)"

run run1 "run 1 (empty data dir: demo county generated)"
FIRST_START=$START_S FIRST_RSS_START=$RSS_START FIRST_RSS_AFTER=$RSS_AFTER
run run2 "run 2 (same data dir: demo county present)"
SECOND_START=$START_S SECOND_RSS_START=$RSS_START SECOND_RSS_AFTER=$RSS_AFTER

ratio() {
	awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'
}

echo
echo "== results (goals from issue 2: start <= $GOAL_START_S s, resident memory <= $GOAL_RSS_MIB MiB)"
printf '%-26s %10s %16s %22s\n' "" "start (s)" "RSS start (MiB)" "RSS after load (MiB)"
printf '%-26s %10s %16s %22s\n' "run 1: demo generated" "$FIRST_START" "$FIRST_RSS_START" "$FIRST_RSS_AFTER"
printf '%-26s %10s %16s %22s\n' "run 2: demo present" "$SECOND_START" "$SECOND_RSS_START" "$SECOND_RSS_AFTER"
printf '%-26s %10s %16s %22s\n' "goal" "$GOAL_START_S" "$GOAL_RSS_MIB" "$GOAL_RSS_MIB"
printf '%-26s %10s %16s %22s\n' "run 1 / goal" "$(ratio "$FIRST_START" $GOAL_START_S)" \
	"$(ratio "$FIRST_RSS_START" $GOAL_RSS_MIB)" "$(ratio "$FIRST_RSS_AFTER" $GOAL_RSS_MIB)"
printf '%-26s %10s %16s %22s\n' "run 2 / goal" "$(ratio "$SECOND_START" $GOAL_START_S)" \
	"$(ratio "$SECOND_RSS_START" $GOAL_RSS_MIB)" "$(ratio "$SECOND_RSS_AFTER" $GOAL_RSS_MIB)"
verdict=within
for v in "$(ratio "$FIRST_START" $GOAL_START_S)" "$(ratio "$SECOND_START" $GOAL_START_S)" \
	"$(ratio "$FIRST_RSS_AFTER" $GOAL_RSS_MIB)" "$(ratio "$SECOND_RSS_AFTER" $GOAL_RSS_MIB)"; do
	awk -v r="$v" 'BEGIN { exit !(r > 1) }' && verdict=OVER
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "verdict: $verdict the goals (ratio <= 1.00 is within). Logs: $LOG_DIR"
