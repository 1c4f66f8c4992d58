#!/usr/bin/env bash
# Whole-process start-up benchmark, paired runs (issue 14):
#   1. `session-inspector --version`: target at most 0.3 s;
#   2. `session-inspector entropy --bits` on the first 10^6 bits of e against NIST STS 2.1.2's C reference
#      (`assess`, the same 9 tests: frequency, block frequency, cusum, runs, longest run, rank, DFT, approximate
#      entropy, serial; M=128, m=10, m=16): target at most 0.8x the reference's time.
# Each round runs the two sides back to back (alternating which goes first), timed by /usr/bin/time; the summary
# gives the medians and the median of the per-round ratios.
#
# Usage: packaging/bench/startup.sh STS_SOURCE_DIR [ROUNDS]
#   STS_SOURCE_DIR  an unpacked STS 2.1.2 source tree (src/, include/, makefile). It is copied and built here, under
#                   target/bench/ (nothing of it is committed).
#   ROUNDS          paired rounds per comparison (default 10)
# Environment: JAR (default target/session-inspector.jar, built when missing), LAUNCHER (an app-image launcher such
# as target/packaging/linux/session-inspector/bin/session-inspector, measured too when set: it runs with the AppCDS
# archive the packaging made).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
project=$(cd "$here/../.." && pwd)
sts_src=${1:?usage: startup.sh STS_SOURCE_DIR [ROUNDS]}
rounds=${2:-10}
jar=${JAR:-$project/target/session-inspector.jar}
work=$project/target/bench
mkdir -p "$work"

command -v /usr/bin/time >/dev/null || { echo "needs /usr/bin/time (package 'time')" >&2; exit 1; }
[[ -f $jar ]] || (cd "$project" && mvn -B -ntp -q -DskipTests package)

# --- setup: the C reference, built from source, and the bits of e -------------------------------------------------
if [[ ! -x $work/sts/assess ]]; then
    rm -rf "$work/sts"
    cp -r "$sts_src" "$work/sts"
    mkdir -p "$work/sts/obj"
    (cd "$work/sts" && make -s >/dev/null 2>&1) || { echo "building STS failed (make in $work/sts)" >&2; exit 1; }
    # the output folders assess writes into (its own experiments/create-dir-script does the same)
    for t in Frequency BlockFrequency CumulativeSums Runs LongestRun Rank FFT NonOverlappingTemplate \
        OverlappingTemplate Universal ApproximateEntropy RandomExcursions RandomExcursionsVariant Serial \
        LinearComplexity; do
        mkdir -p "$work/sts/experiments/AlgorithmTesting/$t"
    done
fi
bits=$work/e-1000000.txt
[[ -f $bits ]] || python3 "$here/e_bits.py" 1000000 "$bits"
# assess's prompts: generator 0 (input file), the file, tests by vector (the 9 of the battery), no parameter
# change, 1 bitstream, ASCII input. The vector picks tests 1-7 (frequency ... spectral), 11 (approximate entropy) and
# 14 (serial).
printf '0\n%s\n0\n111111100010010\n0\n1\n0\n' "$bits" > "$work/sts-answers.txt"

seconds() { # seconds SHELL_COMMAND: wall-clock seconds of one run (bash -c), its output discarded
    /usr/bin/time -f '%e' -o "$work/time.txt" bash -c "$1" >/dev/null 2>&1 || true
    tail -n 1 "$work/time.txt"
}
sts="cd '$work/sts' && ./assess 1000000 < '$work/sts-answers.txt'; true"

# pair NAME_A COMMAND_A NAME_B COMMAND_B: ROUNDS paired rounds (alternating which side goes first), then a summary.
pair() {
    local i ta tb
    : > "$work/pair.txt"
    for ((i = 0; i < rounds; i++)); do
        if ((i % 2 == 0)); then ta=$(seconds "$2"); tb=$(seconds "$4"); else tb=$(seconds "$4"); ta=$(seconds "$2"); fi
        printf '%s %s\n' "$ta" "$tb" >> "$work/pair.txt"
    done
    python3 - "$work/pair.txt" "$1" "$3" <<'PY'
import statistics, sys
rows = [tuple(map(float, l.split())) for l in open(sys.argv[1]) if l.strip()]
a = [r[0] for r in rows]; b = [r[1] for r in rows]
ratios = [x / y for x, y in rows if y > 0]
ratio = f"ratio median {statistics.median(ratios):.2f}" if ratios else "no ratio"
print(f"{sys.argv[2]}: median {statistics.median(a):.3f} s (min {min(a):.3f})   "
      f"{sys.argv[3]}: median {statistics.median(b):.3f} s (min {min(b):.3f})   "
      f"{ratio} over {len(rows)} paired rounds")
PY
}

echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); $(java -version 2>&1 | head -n 1)"
version="java -jar '$jar' --version"
pair "java -jar --version" "$version" "bash -c true" "true"
if [[ -n ${LAUNCHER:-} ]]; then
    pair "app-image --version" "'$LAUNCHER' --version" "java -jar --version" "$version"
fi
pair "java -jar entropy --bits" "java -jar '$jar' entropy --bits '$bits'" "STS assess" "$sts"
if [[ -n ${LAUNCHER:-} ]]; then
    pair "app-image entropy --bits" "'$LAUNCHER' entropy --bits '$bits'" "STS assess" "$sts"
fi
