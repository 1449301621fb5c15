#!/bin/sh
# bench.sh -- `make bench`: throughput and memory of timeline, reported, never
# asserted.
#
# usage: tests/eval/bench.sh TIMELINE_BINARY OUTDIR
# Cases, each ONE timeline process over all its files:
#   silver-tml   ../shared/corpora/te3-silver/input/*.tml (2452 documents),
#                -f timeml -o OUTDIR/silver: one file out per input, as
#                `make eval` runs it
#   silver-json  the same, -f json to standard output (/dev/null): one
#                merged timeline, no per-file writing
#   seeds        ../shared/seeds/*.txt (5 web articles) with their dct.tsv,
#                -f json -o OUTDIR/seeds.json: the small-input case
# Wall time: hyperfine when installed (mean and standard deviation), else the
# mean of RUNS runs timed by the shell.  Peak RSS: /usr/bin/time (package
# `time`), else Python's getrusage.  Stage CPU times and the resolver's MB/s
# (text bytes / CPU seconds of the "time" stage): timeline --stats, best of 3.
# Environment: SHARED (default ../shared), RUNS (default 5).
set -u
BIN=${1:?usage: bench.sh TIMELINE_BINARY OUTDIR}
OUT=${2:?usage: bench.sh TIMELINE_BINARY OUTDIR}
SHARED=${SHARED:-../shared}
RUNS=${RUNS:-5}
SILVER=$SHARED/corpora/te3-silver/input

if [ ! -d "$SILVER" ]; then
    echo "make bench: $SILVER not found; skipped (the corpora live in ../shared)"
    exit 0
fi
mkdir -p "$OUT" || exit 1
# Absolute paths: each case runs in its input folder, so that the file names
# are short (hyperfine -N takes the command as one argument, at most 128 KiB).
abs() { (cd "$(dirname "$1")" && printf '%s/%s\n' "$(pwd)" "$(basename "$1")"); }
BIN=$(abs "$BIN") OUT=$(abs "$OUT") SHARED=$(abs "$SHARED")
SILVER=$SHARED/corpora/te3-silver/input
SEEDS=$SHARED/seeds
RESULTS=$OUT/bench.tsv
: > "$RESULTS"

# bench NAME DIR PATTERN ARGS...: in DIR, times "BIN ARGS FILES..." (FILES:
# PATTERN expanded there) and appends one line to $RESULTS: name, documents,
# input bytes, wall mean and sd, peak RSS in KiB, how timed, --stats line.
bench() (
    name=$1
    cd "$2" || exit 1
    # shellcheck disable=SC2086 # the pattern is expanded on purpose
    files=$(ls $3 | tr "\n" " ")
    shift 3
    # shellcheck disable=SC2086 # the file list is split on purpose (no spaces in it)
    in_bytes=$(cat $files | wc -c)
    if command -v hyperfine > /dev/null 2>&1; then
        hyperfine -N --style none --warmup 1 --runs "$RUNS" --export-json "$OUT/$name.hyperfine.json" \
            "$BIN $* $files" > "$OUT/$name.hyperfine.log" 2>&1 \
            || { echo "$name: timeline failed under hyperfine"; tail -5 "$OUT/$name.hyperfine.log"; return 1; }
        wall=$(python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))["results"][0]; print(r["mean"], r["stddev"] or 0)' \
            "$OUT/$name.hyperfine.json")
        how="hyperfine, $RUNS runs"
    else
        wall=$(python3 - "$BIN" "$@" $files <<'EOF'
import os, statistics, subprocess, sys, time
runs = []
for _ in range(int(os.environ.get("RUNS", "5"))):
    t = time.perf_counter()
    subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    runs.append(time.perf_counter() - t)
print(statistics.mean(runs), statistics.stdev(runs) if len(runs) > 1 else 0)
EOF
) || { echo "$name: timeline failed"; return 1; }
        how="shell timing, $RUNS runs"
    fi
    best_stats="" rss=0
    for _ in 1 2 3; do
        if [ -x /usr/bin/time ]; then
            # shellcheck disable=SC2086
            /usr/bin/time -f 'rss %M' -o "$OUT/$name.time" "$BIN" --stats "$@" $files 2> "$OUT/$name.stderr" > /dev/null \
                || { echo "$name: timeline failed"; cat "$OUT/$name.stderr"; return 1; }
            r=$(sed -n 's/^rss //p' "$OUT/$name.time")
        else
            # shellcheck disable=SC2086
            r=$(python3 -c 'import resource,subprocess,sys; p=subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL); print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss if p.returncode == 0 else -1)' \
                "$BIN" --stats "$@" $files 2> "$OUT/$name.stderr")
            [ "$r" != -1 ] || { echo "$name: timeline failed"; cat "$OUT/$name.stderr"; return 1; }
        fi
        [ "$r" -gt "$rss" ] && rss=$r
        stats=$(sed -n 's/^timeline: stats: //p' "$OUT/$name.stderr")
        # best of 3: the run with the fastest "time" stage
        t=$(echo "$stats" | sed -n 's/.*(\([0-9.]*\) MB\/s).*/\1/p')
        bt=$(echo "$best_stats" | sed -n 's/.*(\([0-9.]*\) MB\/s).*/\1/p')
        if [ -z "$best_stats" ] || awk -v a="$t" -v b="$bt" 'BEGIN { exit !(a > b) }'; then best_stats=$stats; fi
    done
    docs=$(echo "$files" | wc -w)
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$name" "$docs" "$in_bytes" "$wall" "$rss" "$how" "$best_stats" >> "$RESULTS"
)

status=0
rm -rf "${OUT:?}/silver"
bench silver-tml "$SILVER" '*.tml' -q -f timeml -o "$OUT/silver" || status=1
bench silver-json "$SILVER" '*.tml' -q -f json || status=1
if [ -d "$SEEDS" ]; then
    dct=""
    [ -f "$SEEDS/dct.tsv" ] && dct="--dct-file $SEEDS/dct.tsv"
    # shellcheck disable=SC2086
    bench seeds "$SEEDS" '*.txt' -q $dct -f json -o "$OUT/seeds.json" || status=1
fi

python3 - "$RESULTS" <<'EOF'
import re, sys
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1]) if l.strip()]
print("%-12s %5s %8s %8s %15s %8s %9s %8s %9s" % (
    "case", "docs", "input MB", "text MB", "wall s", "in MB/s", "text MB/s", "peak RSS", "resolver"))
notes = []
for name, docs, in_bytes, wall, rss, how, stats in rows:
    mean, sd = (float(x) for x in wall.split())
    text = re.search(r"(\d+) bytes of text", stats)
    text = int(text.group(1)) if text else 0
    res = re.search(r"time [0-9.]+ s \(([0-9.]+) MB/s\)", stats)
    print("%-12s %5s %8.2f %8.2f %8.3f ±%5.3f %8.1f %9.1f %5.0f MB %5s MB/s" % (
        name, docs, int(in_bytes) / 1e6, text / 1e6, mean, sd, int(in_bytes) / 1e6 / mean,
        text / 1e6 / mean, int(rss) / 1024, res.group(1) if res else "-"))
    notes.append("  %-12s stages, CPU s (best of 3): %s" % (name, re.sub(r"^.*?; ", "", stats)))
print("\n".join(notes))
print("wall: %s; MB = 10^6 bytes; text = characters of the documents' text as read;" % rows[0][5])
print("resolver = text MB / CPU s of the time stage (goal: at least 50 MB/s on one core, issue 4)")
EOF
exit $status
