#!/bin/sh
# eval.sh -- `make eval`: tag TimeBank and AQUAINT with timeline, score each
# part with the project's scorer (te3eval.py), and check that it agrees with
# ../shared/tools/te3score within 0.5 points when that tool is there.
#
# usage: tests/eval/eval.sh TIMELINE_BINARY OUTDIR
#   OUTDIR/{TimeBank,AQUAINT}/      the system's TimeML output
#   OUTDIR/PART.te3eval.json        our figures (--json layout of te3score)
#   OUTDIR/PART.te3score.json       te3score's figures
#   OUTDIR/PART.warnings            the scorers' warnings (text differences ...)
# Environment: SHARED (default ../shared); EVAL_FULL=1 also runs the slow
# alignment check (perturbed gold with changed text, about a minute).
#
# Fails (exit 1) when timeline fails, the scorer's self-test fails, or the two
# scorers disagree; low scores are reported, never a failure.  Exits 0 with a
# message when the corpora are absent.
set -u
BIN=${1:?usage: eval.sh TIMELINE_BINARY OUTDIR}
OUT=${2:?usage: eval.sh TIMELINE_BINARY OUTDIR}
SHARED=${SHARED:-../shared}
HERE=$(dirname "$0")
SCORER="python3 $HERE/te3eval.py"
TBAQ=$SHARED/corpora/tbaq
TE3SCORE=$SHARED/tools/te3score

if [ ! -d "$TBAQ/gold" ] || [ ! -d "$TBAQ/input" ]; then
    echo "make eval: $TBAQ not found; skipped (the corpora live in ../shared)"
    exit 0
fi
$SCORER --self-test || exit 1
have_te3score=0
if [ -x "$TE3SCORE" ]; then have_te3score=1; else echo "make eval: $TE3SCORE not found; agreement not checked"; fi
mkdir -p "$OUT" || exit 1
status=0

# agree LABEL GOLD SYSTEM JSON: compare our JSON with te3score's on the same data.
agree() {
    [ "$have_te3score" = 1 ] || return 0
    "$TE3SCORE" --json "$2" "$3" > "$OUT/$1.te3score.json" 2>/dev/null
    if [ $? -gt 1 ]; then echo "$1: te3score failed"; status=1; return; fi
    line=$($SCORER --compare "$4" "$OUT/$1.te3score.json") || status=1
    printf '%-9s agreement with te3score: %s\n' "$1" "$line"
}

echo
echo "TIMEX3 (percent; type, value and mod: accuracy over relaxed pairs / attribute F1)"
for part in TimeBank AQUAINT; do
    rm -rf "${OUT:?}/$part"
    "$BIN" -q -f timeml -o "$OUT/$part" "$TBAQ/input/$part"/*.tml
    rc=$?
    if [ "$rc" != 0 ]; then
        echo "$part: timeline failed (exit status $rc)"
        status=1
        continue
    fi
    $SCORER --summary "$part" --save-json "$OUT/$part.te3eval.json" \
        "$TBAQ/gold/$part" "$OUT/$part" 2> "$OUT/$part.warnings" || status=1
    n=$(wc -l < "$OUT/$part.warnings")
    [ "$n" -eq 0 ] || echo "          $n scorer warnings, see $OUT/$part.warnings"
    agree "$part" "$TBAQ/gold/$part" "$OUT/$part" "$OUT/$part.te3eval.json"
done
python3 - "$OUT" <<'EOF'
import json, sys
goals = {"TimeBank": 88, "AQUAINT": 85}  # value F1; strict 88 and relaxed 94 on each (issue 4)
parts = []
for part, value_goal in goals.items():
    try:
        t = json.load(open("%s/%s.te3eval.json" % (sys.argv[1], part)))["timex3"]
    except OSError:
        continue
    f = lambda m: t[m]["f1"] or 0.0
    parts.append("%s value %.2f/%d strict %.2f/88 relaxed %.2f/94 %s" % (
        part, f("value"), value_goal, f("strict"), f("relaxed"),
        "met" if f("value") >= value_goal and f("strict") >= 88 and f("relaxed") >= 94 else "not met"))
print("targets (F1/goal): " + "; ".join(parts))
EOF

# The scorers on perturbed gold, so the check means something before the
# tagger finds anything: deleted, grown, cut and shifted extents, changed
# attributes, merged and split timexes (and with EVAL_FULL=1 changed text).
if [ "$have_te3score" = 1 ]; then
    kinds="extents merge-split"
    [ "${EVAL_FULL:-0}" = 1 ] && kinds="$kinds text"
    echo
    echo "scorer agreement on perturbed gold (te3eval.py --perturb):"
    for kind in $kinds; do
        rm -rf "${OUT:?}/perturbed-$kind"
        $SCORER --perturb "$TBAQ/gold" "$OUT/perturbed-$kind" --kind "$kind" || { status=1; continue; }
        for part in TimeBank AQUAINT; do
            label="$part/$kind"
            $SCORER --json "$TBAQ/gold/$part" "$OUT/perturbed-$kind/$part" \
                > "$OUT/perturbed-$kind/$part.te3eval.json" 2>/dev/null
            "$TE3SCORE" --json "$TBAQ/gold/$part" "$OUT/perturbed-$kind/$part" \
                > "$OUT/perturbed-$kind/$part.te3score.json" 2>/dev/null
            fig=$(python3 -c 'import json,sys; t=json.load(open(sys.argv[1]))["timex3"]; print("strict %.2f relaxed %.2f value %.2f" % (t["strict"]["f1"], t["relaxed"]["f1"], t["value"]["f1"]))' \
                "$OUT/perturbed-$kind/$part.te3eval.json")
            line=$($SCORER --compare "$OUT/perturbed-$kind/$part.te3eval.json" \
                "$OUT/perturbed-$kind/$part.te3score.json") || status=1
            printf '  %-22s %s  %s\n' "$label" "$fig" "$line"
        done
    done
fi
[ "$status" = 0 ] && echo "make eval: ok" || echo "make eval: FAILED"
exit $status
