#!/bin/sh
# html.sh -- score the HTML reader on the html-articles corpus (article text
# and publication date), as `make eval-html` does.
#
#     tests/eval/html.sh BIN [CORPUS [OUTDIR]]
#
# Writes OUTDIR/text/<page>.txt (the text as read) and OUTDIR/DCT.tsv (page,
# date), then runs extract-score on both.  Without the shared corpus it says
# so and succeeds: the corpus lives outside the repository.
set -eu
bin=${1:?usage: html.sh BIN [CORPUS [OUTDIR]]}
corpus=${2:-../shared/corpora/html-articles}
out=${3:-build/eval-html}
score=$(dirname "$corpus")/../tools/extract-score
if [ ! -d "$corpus" ] || [ ! -x "$score" ]; then
    echo "eval-html: $corpus or extract-score not found; skipped"
    exit 0
fi
rm -rf "$out/text"
mkdir -p "$out/text"
: >"$out/DCT.tsv"
for dir in "$corpus"/*/; do
    page=$(basename "$dir")
    [ -f "$dir/source.html" ] || continue
    # -f article prints "DCT: <date> (<source>)", a blank line, the text.
    "$bin" -f article "$dir/source.html" >"$out/$page.article" 2>/dev/null || true
    sed '1,2d' "$out/$page.article" >"$out/text/$page.txt"
    date=$(sed -n '1s/^DCT: \([^ ]*\).*/\1/p' "$out/$page.article" | cut -c1-10)
    printf '%s\t%s\n' "$page" "$date" >>"$out/DCT.tsv"
    rm -f "$out/$page.article"
done
"$score" --dir "$corpus" "$out/text"
"$score" --dct "$corpus" "$out/DCT.tsv" --gold "$corpus/dct.tsv"
