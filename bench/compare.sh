#!/usr/bin/env bash
# bench/compare.sh TRUTH.tsv REFS.tsv CORPUS_DIR OUT_PREFIX
#
# Compares what `kamergraph refs --tsv CORPUS_DIR` found (REFS.tsv) with what
# tools/gencorpus planted (TRUTH.tsv: file<TAB>kind<TAB>id), as multisets of
# (file name, kind, id).  Prints one line:
#   truth=N found=N matched=N recall=R precision=P
# and writes OUT_PREFIX.missing.tsv (planted, not found) and
# OUT_PREFIX.extra.tsv (found, not planted), plus OUT_PREFIX.examples.txt:
# the first few of each with the text around them, to tell a generator bug
# from a scanner bug.
set -euo pipefail
export LC_ALL=C
truth=$1 refs=$2 dir=$3 out=$4
want=$(mktemp) got=$(mktemp)
trap 'rm -f "$want" "$got"' EXIT

sort "$truth" >"$want"
# the file column is the path as given; the corpus is flat, keep the name
awk -F'\t' '{ n = split($1, p, "/"); print p[n] "\t" $4 "\t" $5 }' "$refs" | sort >"$got"

# comm pairs equal lines one to one, so duplicates count as a multiset
comm -23 "$want" "$got" >"$out.missing.tsv"
comm -13 "$want" "$got" >"$out.extra.tsv"
nt=$(wc -l <"$want")
ng=$(wc -l <"$got")
nm=$(wc -l <"$out.missing.tsv")
tp=$((nt - nm))

nbsp=$'\xc2\xa0'
{
    echo "# planted but not found, by kind:"
    cut -f2 "$out.missing.tsv" | sort | uniq -c | sed 's/^ */#   /'
    echo "# found but not planted, by kind:"
    cut -f2 "$out.extra.tsv" | sort | uniq -c | sed 's/^ */#   /'
    echo
    echo "# planted but not found (file, kind, id :: text in the file around the dossier number)"
    head -n 25 "$out.missing.tsv" | while IFS=$'\t' read -r f k id; do
        # the first number of the id, with an optional separator after the thousands
        num=$(printf '%s\n' "$id" | sed -E 's/^[^0-9]*([0-9]+).*/\1/')
        if [ ${#num} -eq 5 ]; then
            # written 31490, 31 490, 31.490 or with a no-break space
            pat="${num:0:2}( |\\.|$nbsp)?${num:2}"
        else
            pat="$num"
        fi
        last=${id##*[-#]}
        snippets=$(grep -o -E ".{0,70}${pat}.{0,50}" "$dir/$f" 2>/dev/null || true)
        # prefer the places that also hold the last number of the id
        ctx=$(printf '%s\n' "$snippets" | grep -F -- "$last" | head -n 2 | tr '\n' '|' || true)
        [ -n "$ctx" ] || ctx=$(printf '%s\n' "$snippets" | head -n 2 | tr '\n' '|')
        printf '%s\t%s\t%s :: %s\n' "$f" "$k" "$id" "$ctx"
    done
    echo
    echo "# found but not planted (file, kind, id :: line:col text as kamergraph reports it)"
    head -n 25 "$out.extra.tsv" >"$want"
    awk -F'\t' 'NR == FNR { want[$0] = 1; next }
        { n = split($1, p, "/"); k = p[n] "\t" $4 "\t" $5 }
        (k in want) && !(k in seen) { seen[k] = 1; print k " :: " $2 ":" $3 " " $6 }' \
        "$want" "$refs"
} >"$out.examples.txt"

awk -v nt="$nt" -v ng="$ng" -v tp="$tp" 'BEGIN {
    r = nt ? tp / nt : 1; p = ng ? tp / ng : 1
    printf "truth=%d found=%d matched=%d recall=%.6f precision=%.6f\n", nt, ng, tp, r, p }'
