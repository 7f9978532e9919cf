#!/bin/sh
# Runs one libFuzzer harness for a while; used by `make fuzz` (mk/fuzz.mk).
#   run-one.sh NAME BINARY CORPUS_DIR CRASH_DIR LOG SECONDS MAX_LEN DICT [libFuzzer flags...]
# Prints one line of statistics; on a crash, leak or timeout prints the end
# of the log and where the input was written, and exits 1.
set -u
name=$1 bin=$2 corpus=$3 crashes=$4 log=$5 seconds=$6 maxlen=$7 dict=$8
shift 8
mkdir -p "$corpus" "$crashes" "$(dirname "$log")"
before=$(ls "$crashes")
"$bin" -max_total_time="$seconds" -max_len="$maxlen" -timeout=10 \
    -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$crashes/" \
    -dict="$dict" "$@" "$corpus" >"$log" 2>&1
rc=$?
stat() { sed -n "s/^stat::$1: *//p" "$log" | tail -1; }
runs=$(stat number_of_executed_units) eps=$(stat average_exec_per_sec)
secs=$(sed -n 's/^Done [0-9]* runs in \([0-9]*\) second.*/\1/p' "$log" | tail -1)
cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1)
printf 'fuzz %-6s %6ss %10s runs %7s exec/s  %s  corpus %s files\n' "$name" \
    "${secs:-?}" "${runs:-?}" "${eps:-?}" "${cov:-cov: ?}" "$(ls "$corpus" | wc -l)"
new=$(ls "$crashes" | while read -r f; do
    printf '%s\n' "$before" | grep -qxF "$f" || echo "$crashes/$f"; done)
if [ "$rc" -ne 0 ] || [ -n "$new" ]; then
    echo "fuzz $name: FAILED (exit $rc); end of $log:" >&2
    tail -n 40 "$log" >&2
    echo "fuzz $name: first report: $(grep -m1 -E '^==[0-9]+==ERROR|runtime error|ERROR: libFuzzer|broken promise' "$log")" >&2
    echo "fuzz $name: new inputs: ${new:-none}" >&2
    exit 1
fi
exit 0
