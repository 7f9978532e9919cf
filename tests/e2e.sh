#!/usr/bin/env bash
# End-to-end tests of the kamergraph command: the sample letters against
# hand-checked golden lists, the graph files against Graphviz, igraph and
# networkx, exit codes, standard input, atomic output.
# Run from the project root: KG=build/kamergraph tests/e2e.sh
set -u
KG=${KG:-build/kamergraph}
CORPUS=${CORPUS:-../shared/corpus}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0 skip=0

ok()   { pass=$((pass + 1)); echo "ok   $1"; }
bad()  { fail=$((fail + 1)); echo "FAIL $1"; }
skip() { skip=$((skip + 1)); echo "skip $1"; }
check() { # name, then a command that must succeed
    local name=$1; shift
    if "$@" >"$tmp/out" 2>&1; then ok "$name"; else bad "$name"; sed 's/^/     /' "$tmp/out" | head -30; fi
}

# ---- references ---------------------------------------------------------

corpus_matches_golden() {
    local n=$1 f
    f=$(ls "$CORPUS"/"$n"_*.txt)
    "$KG" refs --tsv "$f" | cut -f2,4,5 >"$tmp/got-$n" || return 1
    diff "$tmp/got-$n" "tests/golden/corpus-$n.tsv"
}
if [ -d "$CORPUS" ]; then
    for n in 000 001 002 003; do
        check "refs: letter $n gives exactly the hand-made golden list" corpus_matches_golden "$n"
    done
else
    skip "sample letters: $CORPUS is absent (it sits beside the project in CI)"
fi

model_matches_golden() {
    local n=$1 f
    f=$(ls "$CORPUS"/"$n"_*.txt)
    "$KG" model "$f" >"$tmp/model-$n" && diff "$tmp/model-$n" "tests/golden/model-$n.tsv"
}
if [ -d "$CORPUS" ]; then
    for n in 000 001 002 003; do
        check "model: letter $n gives the hand-made document model (blocks, askers, footnotes, metadata, furniture)" model_matches_golden "$n"
    done
fi

examples_match_golden() {
    "$KG" refs --tsv examples >"$tmp/ex.tsv" && diff "$tmp/ex.tsv" tests/golden/examples.tsv
}
check "refs: examples/ give the checked golden TSV (file, line, col, kind, id, text)" examples_match_golden

# Documents written for the project in the layouts of the real kinds (tests/fixtures/real-like/
# README.md: Handelingen of a debate, of stemmingen and of ingekomen stukken, a besluitenlijst,
# an answer to written questions and a letter as PDF text, a letter flattened with a broken
# encoding, an OCR'd letter of 1991), each read alone, against the golden TSV checked by hand.
real_like_matches_golden() {
    local f
    for f in tests/fixtures/real-like/*.txt tests/fixtures/real-like/*.xml; do
        "$KG" refs --tsv "$f" || return 1
    done >"$tmp/real-like.tsv" && diff "$tmp/real-like.tsv" tests/golden/real-like.tsv
}
check "refs: the real-like documents give their checked golden TSV (motions born and voted, list entries, wrapped PDF lines, glued footnotes, flattened and OCR'd heads)" real_like_matches_golden

# Real documents nobody on the project wrote, against the gold list made by reading them
# (../shared/real/README.md): recall and precision must stay at 0.98 or above. score-real
# lists what it missed and what it found extra when the check fails.
REAL=${REAL:-../shared/real}
SCORE_REAL=${SCORE_REAL:-../shared/tools/score-real}
real_documents_score() {
    python3 "$SCORE_REAL" "$KG" --dir "$REAL" --gold "$REAL/gold.tsv" \
        --need-recall 0.98 --need-precision 0.98
}
if [ -f "$REAL/gold.tsv" ] && [ -f "$SCORE_REAL" ]; then
    failed_before=$fail
    check "refs: the real documents in $REAL reach recall and precision 0.98 against their gold list (score-real)" real_documents_score
    [ "$fail" -eq "$failed_before" ] && grep '^real documents:' "$tmp/out" | sed 's/^/     /'
else
    skip "real documents: $REAL/gold.tsv or $SCORE_REAL is absent (they sit beside the project in CI)"
fi

stdin_is_a_file() {
    printf 'Zie (Kamerstuk 31490-359).\n' | "$KG" refs - >"$tmp/stdin.tsv" &&
        [ "$(cat "$tmp/stdin.tsv")" = "$(printf -- '-\t1\t6\tkamerstuk\tkst-31490-359\tKamerstuk 31490-359')" ]
}
check "refs: - reads standard input" stdin_is_a_file

# A file name is a field like any other: a tab or a line break in it would
# shift every column after it, for every tool that reads the TSV.
tsv_fields_stay_columns() {
    mkdir -p "$tmp/tsv" && name=$(printf 'brief\tmet\ntab.txt') &&
    printf 'Zie (Kamerstuk 31490-359).\n' >"$tmp/tsv/$name" &&
    "$KG" refs --tsv "$tmp/tsv/$name" >"$tmp/tsv.out" &&
    printf '%s\t1\t6\tkamerstuk\tkst-31490-359\tKamerstuk 31490-359\n' "$tmp/tsv/brief met tab.txt" >"$tmp/tsv.want" &&
    diff "$tmp/tsv.want" "$tmp/tsv.out"
}
check "refs --tsv: a tab or line break in a file name is a space, so each line keeps its six columns" tsv_fields_stay_columns

json_lines() {
    "$KG" refs --json examples/kst-36901-1.txt >"$tmp/refs.jsonl" &&
        python3 -c '
import json, sys
lines = [json.loads(l) for l in open(sys.argv[1])]
assert lines[0]["document"]["id"] == "kst-36901-1", lines[0]
rows = [r for r in lines if "kind" in r]
assert [r["id"] for r in rows] == ["kst-36901-1", "kst-36902-1", "kst-31490-337", "kst-31490-337", "kst-31490-359"], rows
assert [r["marker_copy"] for r in rows] == [False, False, True, False, False], rows
assert (rows[2]["footnote"], rows[3]["footnote"], rows[2]["resolved_by"]) == (1, 1, "footnote"), rows
r = rows[1]
assert (r["line"], r["kind"], r["suspect"]) == (20, "kamerstuk", False), r
assert (r["dossier"], r["toevoeging"], r["ondernummer"], r["dossier_id"]) == ("36902", None, "1", "dossier-36902"), r
text = open("examples/kst-36901-1.txt", "rb").read()
assert text[r["offset"]:r["offset"] + r["length"]].decode() == r["text"], r
' "$tmp/refs.jsonl"
}
check "refs --json: one valid object per line, offset/length point at the text" json_lines

suspect_warning() {
    printf 'Zie\n(Kamerstuk 314190-363).\n' | "$KG" refs --warnings - 2>"$tmp/warn" >/dev/null &&
        [ "$(cat "$tmp/warn")" = "kamergraph: -:2:2: warning: suspect kamerstuk 'kst-314190-363' (dossier 314190): reported as written" ] &&
        printf 'Zie (Kamerstuk 314190-363).\n' | "$KG" refs - 2>"$tmp/warn" >/dev/null && [ ! -s "$tmp/warn" ]
}
check "refs --warnings: a suspect citation is noted on stderr, and only then" suspect_warning

# ---- graph files ----------------------------------------------------------

scan_examples() {
    "$KG" scan -o "$tmp/g1" examples 2>/dev/null && [ -s "$tmp/g1/kamergraph.dot" ] &&
        [ -s "$tmp/g1/kamergraph.graphml" ] && ! ls "$tmp/g1" | grep -q '\.tmp'
}
check "scan: writes DOT and GraphML and nothing else" scan_examples

csv_message() {
    "$KG" scan -o "$tmp/csv" --format csv examples 2>"$tmp/csv.err" &&
        grep -Fqx "kamergraph: wrote $tmp/csv/kamergraph-nodes.csv and $tmp/csv/kamergraph-edges.csv (26 nodes, 40 edges)" "$tmp/csv.err" &&
        [ "$(ls "$tmp/csv")" = "$(printf 'kamergraph-edges.csv\nkamergraph-nodes.csv')" ]
}
check "scan --format csv: names the two files it writes, and writes only those" csv_message

deterministic() {
    "$KG" scan -o "$tmp/g2" examples/kst-36902-1.txt examples/antwoorden-wgo-bzk.txt \
        examples/kst-36901-3.txt examples/kst-36901-1.txt examples/kst-36901-2.txt 2>/dev/null &&
        cmp "$tmp/g1/kamergraph.dot" "$tmp/g2/kamergraph.dot" &&
        cmp "$tmp/g1/kamergraph.graphml" "$tmp/g2/kamergraph.graphml"
}
check "scan: byte-identical output whatever the order of the inputs" deterministic

any_thread_count() {
    local inputs="examples tests/fixtures/formats"
    [ -d "$CORPUS" ] && inputs="$inputs $CORPUS"
    for j in 1 2 7; do
        "$KG" scan -q -j $j -o "$tmp/j$j" $inputs 2>/dev/null
        "$KG" refs -j $j $inputs >"$tmp/j$j.tsv" 2>/dev/null
    done
    for j in 2 7; do
        cmp "$tmp/j1/kamergraph.dot" "$tmp/j$j/kamergraph.dot" &&
            cmp "$tmp/j1/kamergraph.graphml" "$tmp/j$j/kamergraph.graphml" &&
            cmp "$tmp/j1.tsv" "$tmp/j$j.tsv" || return 1
    done
}
check "scan and refs: byte-identical output whatever the number of threads (-j)" any_thread_count

merge_equals_scan() {
    local inputs="examples tests/fixtures/formats"
    [ -d "$CORPUS" ] && inputs="$inputs $CORPUS"
    "$KG" scan -q -o "$tmp/ms" $inputs 2>/dev/null
    "$KG" refs --json examples >"$tmp/part1.jsonl" 2>/dev/null
    "$KG" refs --json tests/fixtures/formats ${CORPUS_DIR:-} >"$tmp/part2.jsonl" 2>/dev/null
    [ -d "$CORPUS" ] && "$KG" refs --json "$CORPUS" >>"$tmp/part2.jsonl" 2>/dev/null
    "$KG" merge -o "$tmp/mm" "$tmp/part2.jsonl" "$tmp/part1.jsonl" 2>/dev/null &&
        cmp "$tmp/ms/kamergraph.dot" "$tmp/mm/kamergraph.dot" &&
        cmp "$tmp/ms/kamergraph.graphml" "$tmp/mm/kamergraph.graphml"
}
check "merge of refs --json pieces gives the graph a single scan gives, byte for byte" merge_equals_scan

cache_equals_scan() {
    cp -r examples "$tmp/cached" && rm -f "$tmp/cache.jsonl"
    "$KG" scan -o "$tmp/c0" "$tmp/cached" 2>/dev/null
    "$KG" scan -o "$tmp/c1" --cache "$tmp/cache.jsonl" "$tmp/cached" 2>/dev/null
    "$KG" scan -o "$tmp/c2" --cache "$tmp/cache.jsonl" "$tmp/cached" 2>"$tmp/cache.err"
    grep -q "5 of 5 files from the cache" "$tmp/cache.err" &&
        cmp "$tmp/c0/kamergraph.graphml" "$tmp/c2/kamergraph.graphml" || return 1
    echo "Zie ook Kamerstuk 12345, nr. 6." >>"$tmp/cached/kst-36901-1.txt"
    "$KG" scan -o "$tmp/c3" --cache "$tmp/cache.jsonl" "$tmp/cached" 2>"$tmp/cache.err"
    grep -q "4 of 5 files from the cache" "$tmp/cache.err" && grep -q '"kst-12345-6"' "$tmp/c3/kamergraph.dot"
}
check "scan --cache: an unchanged corpus comes from the cache, identical; a changed file is scanned" cache_equals_scan

# Every view in every format, against goldens read by hand against the
# letters in examples/ (the commit that adds or changes one says what was
# checked). The SQLite file is compared as text (tests/sqlite-dump.py).
# After a deliberate change, remake them with
#   build/kamergraph scan -q -o tests/golden/views/V --view V \
#       --format dot,graphml,gexf,json,csv,sqlite examples/
#   tests/sqlite-dump.py tests/golden/views/V/kamergraph.sqlite >tests/golden/views/V/kamergraph.sqlite.txt
# (and delete the .sqlite), then read the diff before committing it.
VIEWS="full letters dossiers coupling cocitation"
VIEW_FILES="kamergraph.dot kamergraph.graphml kamergraph.gexf kamergraph.json kamergraph-nodes.csv kamergraph-edges.csv"
scan_views() { # DIR -j
    local v
    mkdir -p "$1" || return 1
    for v in $VIEWS; do
        "$KG" scan -q -j "$2" -o "$1/$v" --view "$v" --format dot,graphml,gexf,json,csv,sqlite examples/ 2>/dev/null ||
            { echo "scan --view $v failed"; return 1; }
        /usr/bin/python3 tests/sqlite-dump.py "$1/$v/kamergraph.sqlite" >"$1/$v/kamergraph.sqlite.txt" || return 1
    done
}
views_match_golden() {
    local v f
    scan_views "$tmp/views" 1 || return 1
    for v in $VIEWS; do
        for f in $VIEW_FILES kamergraph.sqlite.txt; do
            diff "$tmp/views/$v/$f" "tests/golden/views/$v/$f" >"$tmp/views.diff" ||
                { echo "$v/$f differs from its golden:"; head -20 "$tmp/views.diff"; return 1; }
        done
    done
}
check "scan --view V --format dot,graphml,gexf,json,csv,sqlite: each of the 5 views in each format is its checked golden" views_match_golden

views_deterministic() {
    local v f
    scan_views "$tmp/views-j2" 2 || return 1
    for v in $VIEWS; do
        for f in $VIEW_FILES kamergraph.sqlite; do
            cmp "$tmp/views/$v/$f" "$tmp/views-j2/$v/$f" || return 1
        done
    done
}
check "scan --view: every view and format is byte-identical with -j 1 and -j 2 (the SQLite file too)" views_deterministic

# The README's section "Load the graph in your tools" runs as it stands,
# then each tool reads the exports in detail (tests/check-exports.py).
# networkx: Debian's (2.8 on Debian 12), and 3.x when the python3 on the
# PATH has it (the keyword of node_link_graph and the GEXF versions differ).
nx_version() { "$1" -c 'import networkx; print(networkx.__version__)' 2>/dev/null; }
exports_load() { # PYTHON TOOL
    "$1" tests/check-exports.py "$2" "$tmp/views/full"
}
debian_nx=$(nx_version /usr/bin/python3)
if [ -n "$debian_nx" ]; then
    check "networkx $debian_nx (/usr/bin/python3) runs the README's snippets and reads GraphML, GEXF, JSON and CSV by canonical id, counts as int" \
        exports_load /usr/bin/python3 networkx
else
    skip "exports in networkx: python3-networkx is not installed"
fi
path_py=$(command -v python3)
path_nx=$(nx_version "${path_py:-/nonexistent}")
if [ -n "$path_nx" ] && [ "${path_nx%%.*}" -ge 3 ] && [ "$path_nx" != "$debian_nx" ]; then
    check "networkx $path_nx ($path_py) runs the README's snippets and reads GraphML, GEXF, JSON and CSV by canonical id, counts as int" \
        exports_load "$path_py" networkx
elif [ "${debian_nx%%.*}" != 3 ]; then
    skip "exports in networkx 3.x: no python3 here has it (the PATH's: ${path_nx:-none})"
fi
if /usr/bin/python3 -c 'import igraph' 2>/dev/null; then
    check "python-igraph runs the README's snippet and reads the GraphML without a warning, ids in 'id'" \
        exports_load /usr/bin/python3 igraph
else
    skip "exports in python-igraph: python3-igraph is not installed"
fi
if command -v sqlite3 >/dev/null && command -v dot >/dev/null; then
    check "the README's sqlite3 and dot commands run on the exports without an error" exports_load /usr/bin/python3 sh
else
    skip "the README's sqlite3 and dot commands: sqlite3 or graphviz is not installed"
fi

# The DOT file is streamed, not written by cgraph; cgraph must still read it
# into the very graph agwrite wrote before (examples.canon.dot, the golden
# of the cgraph writer, checked by hand then).
dot_reads_back() {
    dot -Tcanon "$tmp/g1/kamergraph.dot" | diff - tests/golden/examples.canon.dot
}
if command -v dot >/dev/null; then
    check "dot -Tcanon reads the DOT back into the graph cgraph itself wrote" dot_reads_back
else
    skip "dot -Tcanon: graphviz is not installed"
fi

dot_renders_clean() {
    dot -Tsvg "$tmp/g1/kamergraph.dot" -o "$tmp/g.svg" 2>"$tmp/dot.err" &&
        [ ! -s "$tmp/dot.err" ] && grep -q '<svg' "$tmp/g.svg"
}
if command -v dot >/dev/null; then
    check "dot -Tsvg renders the DOT without a warning" dot_renders_clean
else
    skip "dot -Tsvg: graphviz is not installed"
fi

networkx_loads() {
    /usr/bin/python3 - "$tmp/g1/kamergraph.graphml" <<'EOF'
import sys
import networkx as nx
g = nx.read_graphml(sys.argv[1])
nodes = g.nodes
d = nodes["kst-36901-1"]
assert (d["kind"], d["label"], d["file"]) == ("document", "36901-1", "examples/kst-36901-1.txt"), d
assert d["url"] == "https://zoek.officielebekendmakingen.nl/kst-36901-1.html", d
assert nodes["motie:sneller+vermeer"]["kind"] == "motie"
assert nodes["kst-36901-7"]["kind"] == "motie"
assert nodes["kst-36902-2#lid-vermeer"]["kind"] == "vraag"
edges = {(u, v, e["kind"]): e["weight"] for u, v, e in g.edges(data=True)}
assert edges[("kst-36901-3", "kst-36901-1", "cites")] == 1, edges
assert edges[("kst-36902-2", "kst-36902-2#lid-vermeer", "refers_to")] == 1
assert edges[("kst-36902-2#lid-vermeer", "kst-36902-2", "part_of")] == 1
assert edges[("kst-36901-7", "dossier-36901", "part_of")] == 1
# the document model on the nodes, letters cited by date across the corpus
assert (d["date"], d["addressee"], d["minister"]) == ("2025-10-14", "tk", "A.J. de Ridder"), d
q = nodes["kst-36902-2#lid-vermeer"]
assert (q["asker"], q["party"]) == ("Vermeer", "BBB"), q
assert nodes["brief:2025-10-14"]["candidates"] == "kst-36901-1 kst-36902-1"
assert "brief:2025-11-20" not in nodes
e = g.edges["kst-36901-3", "kst-36901-2"]
assert (e["weight"], e["resolved_by"]) == (2, "corpus-alias"), e
assert e["evidence"].startswith("examples/kst-36901-2.txt (the letter's own date)"), e
EOF
}
if /usr/bin/python3 -c 'import networkx' 2>/dev/null; then
    check "networkx loads the GraphML with every attribute" networkx_loads
else
    skip "networkx: python3-networkx is not installed"
fi

top_ranks() {
    "$KG" top --tsv -n 3 examples >"$tmp/top" 2>/dev/null &&
        diff "$tmp/top" - <<'EOF'
1	dossier-36901	36901	4	8	4
2	kst-36901-1	36901-1	4	4	4
3	dossier-31490	31490	2	4	2
EOF
}
check "top --tsv: the most-cited dossiers and Kamerstukken of examples/ (rank, id, label, citing docs, mentions, score)" top_ranks

top_pagerank_json() {
    "$KG" top --json --by pagerank -n 2 examples 2>/dev/null >"$tmp/topj" &&
        diff "$tmp/topj" - <<'EOF'
{"rank":1,"id":"kst-36901-1","label":"36901-1","kind":"document","citing_docs":4,"mentions":4,"score":0.0612391}
{"rank":2,"id":"kst-36902-1","label":"36902-1","kind":"document","citing_docs":2,"mentions":2,"score":0.0558259}
EOF
}
check "top --json --by pagerank: PageRank by igraph, one JSON object per line" top_pagerank_json

# ---- the site and annotate ---------------------------------------------------------

# The site of examples/ against goldens read by hand against the letters
# (tests/golden/site/). The pictures are laid out by Graphviz with the fonts
# of the machine, so both sides have each <svg>...</svg> replaced by <svg/>,
# and the pictures are checked apart below. After a deliberate change, remake
# them with
#   build/kamergraph site -o /tmp/s examples && (cd /tmp/s && find . -type f ! -name .kamergraph-site) |
#     while read -r f; do mkdir -p "tests/golden/site/${f%/*}"; sed -e '/^<svg /,/^<\/svg>$/c\<svg/>' "/tmp/s/$f" >"tests/golden/site/$f"; done
# and read the diff before committing it.
strip_svg() { sed -e '/^<svg /,/^<\/svg>$/c\<svg/>' "$1"; }
site_matches_golden() {
    "$KG" site -q -o "$tmp/site" examples 2>/dev/null || return 1
    (cd tests/golden/site && find . -type f | sort) >"$tmp/site.want"
    (cd "$tmp/site" && find . -type f ! -name .kamergraph-site | sort) >"$tmp/site.got"
    diff "$tmp/site.want" "$tmp/site.got" || return 1
    local f
    while read -r f; do
        strip_svg "$tmp/site/$f" | diff "tests/golden/site/$f" - >"$tmp/site.diff" ||
            { echo "$f differs from its golden:"; head -20 "$tmp/site.diff"; return 1; }
    done <"$tmp/site.got"
}
check "site: the site of examples/ is its checked golden, page by page (pictures apart)" site_matches_golden

# The neighbourhood of kst-36901-1: itself, the four letters citing it, and
# what it cites: one of those letters and two Kamerstukken; each a link. The
# letter that cites it and is cited by it is one node with two edges.
site_picture() {
    local p="$tmp/site/letters/kst-36901-1.html"
    [ "$(grep -c '^<svg ' "$p")" = 1 ] && [ "$(grep -c 'class="node"' "$p")" = 7 ] &&
        [ "$(grep -c 'class="edge"' "$p")" = 7 ] || return 1
    local want
    for want in '#main' ../letters/kst-36901-2.html ../letters/kst-36901-3.html \
        ../letters/kst-36902-2.html ../letters/kst-36902-1.html \
        ../kamerstukken/kst-31490-337.html ../kamerstukken/kst-31490-359.html; do
        grep -q "<a xlink:href=\"$want\"" "$p" || { echo "no link to $want"; return 1; }
    done
}
check "site: a letter's picture shows it, the letters citing it and what it cites, each a link" site_picture

site_deterministic() {
    "$KG" site -q -j 1 -o "$tmp/site-j1" examples/kst-36902-1.txt examples/antwoorden-wgo-bzk.txt \
        examples/kst-36901-3.txt examples/kst-36901-1.txt examples/kst-36901-2.txt 2>/dev/null &&
        "$KG" site -q -j 2 -o "$tmp/site-j2" examples 2>/dev/null &&
        diff -r "$tmp/site-j1" "$tmp/site-j2" >/dev/null && diff -r "$tmp/site" "$tmp/site-j1" >/dev/null
}
check "site: byte-identical with -j 1 and -j 2 and whatever the order of the inputs" site_deterministic

site_updates() {
    local page="$tmp/site/letters/kst-36901-1.html" before after
    before=$(stat -c '%i %Y' "$page")
    sleep 1
    "$KG" site -q -o "$tmp/site" examples 2>/dev/null || return 1
    after=$(stat -c '%i %Y' "$page")
    [ "$before" = "$after" ] || { echo "an unchanged page was written again"; return 1; }
    "$KG" site -q -o "$tmp/site" examples/kst-36901-1.txt examples/kst-36902-1.txt 2>/dev/null &&
        [ ! -e "$tmp/site/letters/kst-36902-2.html" ] && [ ! -e "$tmp/site/motions/motie~3ajansen.html" ] &&
        grep -q '<h1>2 letters and what they cite</h1>' "$tmp/site/index.html" &&
        [ -z "$(ls -A "$tmp" | grep '^\.site\.tmp-')" ]
}
check "site over an earlier site: unchanged pages are left alone, pages of letters gone are removed" site_updates

site_not_over_other_things() {
    mkdir -p "$tmp/mine" && echo keep >"$tmp/mine/notes.txt"
    "$KG" site -q -o "$tmp/mine" examples >/dev/null 2>"$tmp/e"
    [ $? -eq 1 ] && [ "$(cat "$tmp/mine/notes.txt")" = keep ] && [ "$(ls -A "$tmp/mine")" = notes.txt ] &&
        grep -q "mine: not empty and not written by kamergraph (no .kamergraph-site in it): not replaced" "$tmp/e"
}
check "site: a folder of other things is not replaced (exit 1, named)" site_not_over_other_things

annotate_golden() {
    "$KG" annotate examples/kst-36901-1.txt >"$tmp/a1.html" 2>"$tmp/a.err" &&
        "$KG" annotate examples/kst-36901-1.txt -o - >"$tmp/a2.html" &&
        "$KG" annotate -o "$tmp/a3.html" examples/kst-36901-1.txt 2>/dev/null &&
        [ ! -s "$tmp/a.err" ] && cmp "$tmp/a1.html" "$tmp/a2.html" && cmp "$tmp/a1.html" "$tmp/a3.html" &&
        strip_svg "$tmp/a1.html" | diff tests/golden/annotate-kst-36901-1.html -
}
check "annotate: one letter, to standard output (with -o - or none) or to -o FILE, is its checked golden" annotate_golden

annotate_usage() {
    "$KG" annotate 2>/dev/null; [ $? -eq 2 ] || return 1
    "$KG" annotate examples/kst-36901-1.txt examples/kst-36901-2.txt 2>/dev/null; [ $? -eq 2 ] || return 1
    "$KG" annotate /nonexistent.txt 2>"$tmp/e" >/dev/null; [ $? -eq 1 ] &&
        [ "$(cat "$tmp/e")" = "kamergraph: /nonexistent.txt: cannot open: No such file or directory" ]
}
check "annotate: no file or two files is wrong usage (exit 2); a missing file exit 1, named" annotate_usage

# In headless Chromium through WebDriver (tests/site_browser.py): search, a
# reference to the cited letter and back through its cited-by list, every
# relative link of every page, from file:// and from http://127.0.0.1;
# screenshots to $KG_SCREENSHOT_DIR (default build/).
site_in_browser() {
    local inputs=examples
    [ -d "$CORPUS" ] && inputs="examples $CORPUS"
    "$KG" site -q -o "$tmp/bsite" $inputs 2>/dev/null &&
        /usr/bin/python3 tests/site_browser.py "$tmp/bsite" "${KG_SCREENSHOT_DIR:-build}"
}
if [ -x /usr/bin/chromium ] && command -v chromedriver >/dev/null; then
    check "site in headless Chromium: search, a reference and back through cited-by, every link resolves" site_in_browser
else
    skip "site in a browser: chromium or chromedriver is absent (scripts/install-deps test installs them)"
fi

# ---- a folder of every format -------------------------------------------------

mixed_folder() {
    local d="$tmp/mixed"
    mkdir -p "$d/sub" "$d/.hidden" &&
        cp tests/fixtures/formats/kst-36903-4.xml "$d/" &&
        cp tests/fixtures/formats/kst-36903-4.html "$d/sub/brief.html" &&
        cp examples/kst-36901-1.txt "$d/" &&
        printf '<?xml version="1.0"?><officiele-publicatie><al>Kamerstuk 31490-3' >"$d/kapot.xml" &&
        printf '%%PDF-1.4 nonsense' >"$d/nep.pdf" &&
        cp examples/kst-36901-2.txt "$d/.hidden/" && echo x >"$d/plaatje.png" &&
        ln -s .. "$d/sub/lus" || return 1
    "$KG" scan -o "$tmp/mixed-graphs" "$d" >"$tmp/mixed.out" 2>"$tmp/mixed.err"
    local rc=$?
    [ $rc -eq 1 ] || { echo "exit $rc"; cat "$tmp/mixed.err"; return 1; }
    grep -q "kapot.xml: not well-formed XML" "$tmp/mixed.err" &&
        grep -q "nep.pdf: not a readable PDF" "$tmp/mixed.err" &&
        grep -q "skipped $tmp/mixed/plaatje.png: not a format kamergraph reads" "$tmp/mixed.err" &&
        ! grep -q "hidden" "$tmp/mixed.err" || { cat "$tmp/mixed.err"; return 1; }
    /usr/bin/python3 - "$tmp/mixed-graphs/kamergraph.graphml" <<'EOF'
import sys
import networkx as nx
g = nx.read_graphml(sys.argv[1])
docs = sorted(v for v, d in g.nodes(data=True) if d["kind"] == "document")
# each document once (the HTML has no identity of its own: it is "brief"), with its metadata
assert docs == ["brief", "kst-36901-1", "kst-36903-4"], docs
d = g.nodes["kst-36903-4"]
assert (d["date"], d["subject"]) == ("2026-03-12", "Beantwoording vragen over spreiding rijkswerkgelegenheid"), d
EOF
}
if /usr/bin/python3 -c 'import networkx' 2>/dev/null; then
    check "scan a folder of formats: each read by content, bad files named, the rest scanned" mixed_folder
fi

include_exclude() {
    "$KG" refs --include 'kst-36901-*' --exclude '*-2.txt' examples | cut -f1 | sort -u >"$tmp/ie" &&
        diff "$tmp/ie" - <<'EOF'
examples/kst-36901-1.txt
examples/kst-36901-3.txt
EOF
}
check "--include and --exclude choose files in folders" include_exclude

latin1_note() {
    printf 'Zie Kamerstuk 31490-359 over caf\xe9s.\n' >"$tmp/latin.txt" &&
        "$KG" refs "$tmp/latin.txt" >"$tmp/latin.out" 2>"$tmp/latin.err" &&
        grep -q "kst-31490-359" "$tmp/latin.out" &&
        [ "$(cat "$tmp/latin.err")" = "kamergraph: $tmp/latin.txt: not UTF-8; read as Windows-1252" ]
}
check "a Windows-1252 letter is read, with a note naming it" latin1_note

# ---- errors and exit codes ---------------------------------------------------

# A PATH that does not exist (a typo) stops the run before anything is
# read: nothing is printed or written, and the old outputs stay.
missing_path_stops() {
    "$KG" refs examples/kst-36901-1.txt /nonexistent.txt >"$tmp/o" 2>"$tmp/e"
    [ $? -eq 1 ] && [ ! -s "$tmp/o" ] &&
        [ "$(cat "$tmp/e")" = "kamergraph: /nonexistent.txt: no such file or folder" ]
}
check "a named PATH that does not exist: named on stderr, exit 1, nothing read or printed" missing_path_stops

usage_exit_2() {
    "$KG" refs --bogus x 2>/dev/null; [ $? -eq 2 ] || return 1
    "$KG" frobnicate 2>/dev/null; [ $? -eq 2 ] || return 1
    "$KG" scan 2>/dev/null; [ $? -eq 2 ] || return 1
    "$KG" scan --format svgz examples 2>/dev/null; [ $? -eq 2 ] || return 1
    "$KG" top -n zero examples 2>/dev/null; [ $? -eq 2 ]
}
check "wrong usage: exit 2" usage_exit_2

help_and_version() {
    "$KG" --version | grep -qx 'kamergraph [0-9.]*' &&
        "$KG" --help | grep -q '^usage: kamergraph' &&
        for c in scan refs top model site annotate; do "$KG" $c --help | grep -q "^usage: kamergraph $c" || return 1; done
}
check "--help for the program and each command, --version" help_and_version

# Every command that reads files takes -j N; its help must say so.
help_names_jobs() {
    for c in scan refs top render report site; do
        "$KG" $c --help | grep -qE -- '-j(, --jobs)? N' || { echo "$c --help: no -j"; return 1; }
        "$KG" $c -j 1 --bogus-option x 2>&1 | grep -q "unknown option '--bogus-option'" || return 1
    done
}
check "-j N: accepted and named in the help of scan, refs, top, render, report, site" help_names_jobs

no_half_written_output() {
    mkdir -p "$tmp/ro" && echo old >"$tmp/ro/kamergraph.dot" && mkdir "$tmp/ro/kamergraph.graphml"
    "$KG" scan -o "$tmp/ro" examples >/dev/null 2>"$tmp/e"
    [ $? -eq 1 ] && grep -q "$tmp/ro/kamergraph.graphml" "$tmp/e" &&
        [ "$(ls -A "$tmp/ro" | sort | tr '\n' ' ')" = "kamergraph.dot kamergraph.graphml " ]
}
check "a write that fails leaves no temporary or half-written file" no_half_written_output

binary_input() {
    head -c 100000 /dev/urandom >"$tmp/noise.txt" && "$KG" refs "$tmp/noise.txt" >/dev/null
}
check "random bytes: no crash, exit 0" binary_input

# ---- bad inputs: the README's table, row by row --------------------------------

bad_empty() {
    : >"$tmp/empty.txt" && "$KG" refs "$tmp/empty.txt" >"$tmp/o" 2>"$tmp/e" && [ ! -s "$tmp/o" ] && [ ! -s "$tmp/e" ]
}
check "bad input: an empty file gives no references, exit 0" bad_empty

bad_nul() {
    printf 'a\0b Zie Kamerstuk 31490-359.\n' >"$tmp/nul.txt" &&
        [ "$("$KG" refs "$tmp/nul.txt" | cut -f5)" = "kst-31490-359" ]
}
check "bad input: NUL bytes do not stop the scan" bad_nul

bad_long_line() {
    # 100 MB; under the sanitizers (10x slower) 10 MB
    yes 'Zie Kamerstuk 31490-359 en verder tekst zonder regeleinde. ' |
        head -c "${KG_LONG_LINE_BYTES:-100000000}" | tr -d '\n' >"$tmp/long.txt" &&
        "$KG" scan -q -o "$tmp/long" "$tmp/long.txt" 2>/dev/null &&
        grep -q '"kst-31490-359"' "$tmp/long/kamergraph.dot"
    local rc=$?
    rm -f "$tmp/long.txt"
    return $rc
}
check "bad input: a 100 MB single line is scanned" bad_long_line

# A 1 GB letter (KG_BIG_FILE_BYTES; check-asan uses less): a paragraph of
# ~1 KB with one citation, repeated. Every full paragraph must be counted:
# top's mentions of kst-31490-359 is their number.
bad_big_file() {
    local para="Zie Kamerstuk 31490, nr. 359. $(printf 'De regering werkt verder aan de spreiding van werk over het land. %.0s' $(seq 14))"
    local bytes=${KG_BIG_FILE_BYTES:-1073741824}
    yes "$para" | head -c "$bytes" >"$tmp/big.txt"
    local want=$((bytes / (${#para} + 1))) rest=$((bytes % (${#para} + 1)))
    [ $rest -ge 28 ] && want=$((want + 1))    # the cut paragraph's citation is whole
    "$KG" top --by mentions --kind kamerstuk --tsv -n 3 "$tmp/big.txt" >"$tmp/big.top" 2>"$tmp/big.err"
    local rc=$?
    rm -f "$tmp/big.txt"
    [ $rc -eq 0 ] && grep -q "^1	kst-31490-359	31490-359	1	$want	" "$tmp/big.top" ||
        { echo "rc $rc, want $want mentions"; cat "$tmp/big.top" "$tmp/big.err"; return 1; }
}
check "bad input: a 1 GB file is scanned, every citation in it counted" bad_big_file

bad_deep_xml() {
    /usr/bin/python3 -c "print('<?xml version=\"1.0\"?>' + '<a>'*100000 + '</a>'*100000)" >"$tmp/deep.xml"
    "$KG" refs "$tmp/deep.xml" examples/kst-36901-1.txt >"$tmp/o" 2>"$tmp/e"
    [ $? -eq 1 ] && grep -q "deep.xml: not well-formed XML: .*Excessive depth" "$tmp/e" && grep -q kst-36902-1 "$tmp/o"
}
check "bad input: deeply nested XML is refused with a message, the others still scanned" bad_deep_xml

bad_unreadable() {
    mkdir -p "$tmp/vanish" && cp examples/kst-36901-1.txt "$tmp/vanish/" &&
        ln -sf "$tmp/nowhere.txt" "$tmp/vanish/dangling.txt"
    "$KG" refs "$tmp/vanish" >"$tmp/o" 2>"$tmp/e"
    [ $? -eq 1 ] && grep -q "dangling.txt: cannot open: No such file or directory" "$tmp/e" &&
        grep -q kst-36902-1 "$tmp/o" || return 1
    if [ "$(id -u)" != 0 ]; then           # root reads everything
        echo x >"$tmp/secret.txt" && chmod 000 "$tmp/secret.txt"
        "$KG" refs "$tmp/secret.txt" 2>"$tmp/e"; [ $? -eq 1 ] && grep -q "Permission denied" "$tmp/e"
    fi
}
check "bad input: an unreadable or vanished file is named, exit 1, the others still scanned" bad_unreadable

bad_output_folder() {
    echo x >"$tmp/notadir"
    "$KG" scan -o "$tmp/notadir" examples >/dev/null 2>"$tmp/e"
    [ $? -eq 1 ] && grep -q "notadir: cannot create output folder" "$tmp/e"
}
check "bad input: an output folder that cannot be made is named, exit 1" bad_output_folder

output_parents_made() {
    "$KG" scan -q -o "$tmp/deep/er/out" examples 2>/dev/null &&
        [ -s "$tmp/deep/er/out/kamergraph.dot" ] && [ -s "$tmp/deep/er/out/kamergraph.graphml" ] &&
        ! "$KG" scan -q -o "$tmp/notadir/below" examples 2>"$tmp/e" &&
        grep -q "notadir/below: cannot create output folder: Not a directory" "$tmp/e"
}
check "scan -o a/b/c makes the missing parent folders (and names a file in the way)" output_parents_made

bad_full_disk() {
    mkdir -p "$tmp/full"
    (ulimit -f 8; "$KG" scan -o "$tmp/full" examples ${CORPUS_ARGS:-} >/dev/null 2>"$tmp/e")
    local rc=$?
    [ $rc -eq 1 ] && grep -q "File too large" "$tmp/e" &&
        [ -z "$(ls -A "$tmp/full" | grep -v '^kamergraph\.dot$')" ] || { echo "rc $rc"; cat "$tmp/e"; ls -la "$tmp/full"; return 1; }
}
[ -d "$CORPUS" ] && CORPUS_ARGS=$CORPUS
check "bad input: a full disk (ulimit -f) fails with a message and leaves no half-written file" bad_full_disk

bad_sigint() {
    mkdir -p "$tmp/many" && for i in $(seq 1 400); do cp examples/kst-36901-2.txt "$tmp/many/l$i.txt"; done
    for i in $(seq 1 40); do cat tests/fixtures/formats/kst-36903-4.txt >>"$tmp/many/l1.txt"; done
    "$KG" scan -j 1 -o "$tmp/intr" --format dot,graphml "$tmp/many" >/dev/null 2>&1 &
    local pid=$!
    sleep 0.2
    kill -INT $pid
    wait $pid
    local rc=$?
    # killed by SIGINT (130), or done before the signal came (0); never a temp file
    { [ $rc -eq 130 ] || [ $rc -eq 0 ]; } && [ -z "$(ls -A "$tmp/intr" 2>/dev/null | grep '^\.')" ]
}
check "bad input: SIGINT in the middle of a scan leaves no temporary or half-written file" bad_sigint

# ---- first contact and everyday trust -----------------------------------------

# `make demo` and `make check` must reach scripts/install-deps on a machine
# that lacks a library: the check for libraries must not stop make while
# it reads the Makefile. (make -n prints the commands; the sub-make it
# runs then stops on the missing library, which is what a bare machine
# would install.)
make_installs_first() {
    local first
    for goal in demo:build check:test; do
        first=$(env -u MAKEFLAGS -u MAKELEVEL make -n "${goal%%:*}" PKGS=kg-no-such-lib 2>&1 | head -1)
        [ "$first" = "scripts/install-deps ${goal#*:}" ] || { echo "make -n ${goal%%:*}: $first"; return 1; }
    done
    env -u MAKEFLAGS -u MAKELEVEL make -n all PKGS=kg-no-such-lib 2>&1 |
        grep -q "missing library 'kg-no-such-lib'"
}
check "make demo and make check install what is missing before any library is needed" make_installs_first

# Good outputs in DIR, then runs that must not touch them.
keep_good_outputs() {
    rm -rf "$tmp/keep" "$tmp/keep.before" && mkdir -p "$tmp/keep/empty" &&
        "$KG" scan -q -o "$tmp/keep/g" --format dot,graphml,json examples 2>/dev/null &&
        "$KG" report -q -o "$tmp/keep/report.html" examples 2>/dev/null &&
        "$KG" render -q -o "$tmp/keep/k.svg" examples 2>/dev/null &&
        cp -r "$tmp/keep" "$tmp/keep.before"
}
outputs_unchanged() {
    diff -r "$tmp/keep.before" "$tmp/keep" >/dev/null || { echo "outputs changed"; return 1; }
    [ -z "$(find "$tmp/keep" -name '.*tmp*')" ] || { echo "temporary files left"; return 1; }
}
typo_writes_nothing() {
    keep_good_outputs || return 1
    "$KG" scan -o "$tmp/keep/g" --format dot,graphml,json exmaples 2>"$tmp/e"
    [ $? -eq 1 ] && [ "$(cat "$tmp/e")" = "kamergraph: exmaples: no such file or folder" ] || return 1
    "$KG" report -o "$tmp/keep/report.html" exmaples 2>/dev/null; [ $? -eq 1 ] || return 1
    "$KG" render -o "$tmp/keep/k.svg" exmaples 2>/dev/null; [ $? -eq 1 ] || return 1
    "$KG" scan -o "$tmp/keep/g" --format dot,graphml,json "$tmp/keep/empty" 2>"$tmp/e"
    [ $? -eq 1 ] && grep -Fqx "kamergraph: found no letter to read in $tmp/keep/empty" "$tmp/e" || return 1
    outputs_unchanged
}
check "a run with a mistyped PATH, or that finds no letter, writes nothing and exits 1: the old graph, report and picture stay" typo_writes_nothing

merge_empty_fails() {
    keep_good_outputs || return 1
    : >"$tmp/empty.jsonl"
    "$KG" merge -o "$tmp/keep/g" --format dot,graphml,json "$tmp/empty.jsonl" 2>"$tmp/e"
    [ $? -eq 1 ] && grep -q "empty.jsonl: no documents in it" "$tmp/e" || return 1
    "$KG" merge -o "$tmp/keep/g" --format dot,graphml,json examples 2>"$tmp/e"
    [ $? -eq 1 ] && grep -q "examples: a folder; merge reads" "$tmp/e" || return 1
    outputs_unchanged
}
check "merge of an empty piece or of a folder fails and writes nothing" merge_empty_fails

# One format that cannot be written: none of the others is replaced.
all_formats_or_none() {
    keep_good_outputs || return 1
    rm "$tmp/keep/g/kamergraph.graphml" && mkdir "$tmp/keep/g/kamergraph.graphml" &&
        rm -rf "$tmp/keep.before" && cp -r "$tmp/keep" "$tmp/keep.before" &&
        echo 'Zie Kamerstuk 12345, nr. 6.' >"$tmp/new.txt"
    "$KG" scan -o "$tmp/keep/g" --format dot,graphml,json "$tmp/new.txt" 2>"$tmp/e"
    [ $? -eq 1 ] && grep -q "kamergraph.graphml: cannot move temporary file into place" "$tmp/e" || return 1
    outputs_unchanged
}
check "scan writes all its formats or none: a format that cannot be written leaves the others old" all_formats_or_none

outputs_checked_first() {
    echo x >"$tmp/in-the-way"
    mkdir -p "$tmp/vanished" && ln -sf "$tmp/nowhere.txt" "$tmp/vanished/gone.txt"
    "$KG" scan -o "$tmp/in-the-way/below" "$tmp/vanished" 2>"$tmp/e"
    [ $? -eq 1 ] && grep -q "in-the-way/below: cannot create output folder" "$tmp/e" &&
        ! grep -q "gone.txt" "$tmp/e" || { cat "$tmp/e"; return 1; }
    "$KG" scan -o "$tmp/cache-out" --cache /nonexistent/dir/c.json examples 2>"$tmp/e"
    [ $? -eq 1 ] && grep -Fq "/nonexistent/dir/c.json: cannot write there" "$tmp/e" &&
        [ ! -e "$tmp/cache-out/kamergraph.dot" ] || { cat "$tmp/e"; return 1; }
    "$KG" report -o /nonexistent/dir/r.html "$tmp/vanished" 2>"$tmp/e"
    [ $? -eq 1 ] && ! grep -q "gone.txt" "$tmp/e"
}
check "an output or cache that cannot be written is an error found before anything is read" outputs_checked_first

# The signal must come while a temporary file exists: gdb stops the run
# where a finished file is about to be moved into place, and delivers it.
signal_cleans_up() {
    local sig=$1
    rm -rf "$tmp/sig-$sig"
    gdb -q -batch -ex 'set breakpoint pending on' -ex "handle SIG$sig nostop noprint pass" \
        -ex 'break kg_atomic_commit' -ex run \
        -ex "signal SIG$sig" --args "$KG" scan -q -o "$tmp/sig-$sig" examples >"$tmp/gdb.out" 2>&1
    grep -q "Program terminated with signal SIG$sig" "$tmp/gdb.out" || { tail -5 "$tmp/gdb.out"; return 1; }
    [ -z "$(ls -A "$tmp/sig-$sig" 2>/dev/null)" ] || { ls -A "$tmp/sig-$sig"; return 1; }
}
signals_clean_up() {
    signal_cleans_up HUP && signal_cleans_up TERM && signal_cleans_up INT
}
if command -v gdb >/dev/null; then
    check "SIGHUP, SIGTERM and SIGINT while a file is written leave nothing behind" signals_clean_up
else
    skip "SIGHUP, SIGTERM and SIGINT while a file is written: gdb is absent"
fi

# Every output format, written into the folder that is scanned again.
own_outputs_skipped() {
    rm -rf "$tmp/own" && cp -r examples "$tmp/own" && rm "$tmp/own/README.md"
    "$KG" top "$tmp/own" >"$tmp/top.before" 2>/dev/null
    "$KG" scan -q -o "$tmp/own" --format dot,graphml,gexf,json,csv,sqlite "$tmp/own" &&
        "$KG" report -q -o "$tmp/own/report.html" "$tmp/own" &&
        "$KG" render -q -o "$tmp/own/k.svg" "$tmp/own" && "$KG" render -q -o "$tmp/own/k.pdf" "$tmp/own" &&
        "$KG" scan -q -o "$tmp/own-out" --cache "$tmp/own/cache.json" "$tmp/own" &&
        "$KG" refs --json "$tmp/own" >"$tmp/own/refs.jsonl" 2>/dev/null || return 1
    "$KG" top "$tmp/own" >"$tmp/top.after" 2>"$tmp/e" && diff "$tmp/top.before" "$tmp/top.after" || return 1
    # the folder's .html and .pdf are of formats we read: recognised, skipped
    grep -Fqx "kamergraph: skipped 2 files that kamergraph wrote, such as $tmp/own/k.pdf (--verbose names them)" "$tmp/e" || { cat "$tmp/e"; return 1; }
    "$KG" top --include '*' "$tmp/own" 2>/dev/null | diff "$tmp/top.before" - || return 1
    # named one by one, whatever their extension, each is recognised
    local f
    for f in kamergraph.dot kamergraph.graphml kamergraph.gexf kamergraph.json kamergraph-nodes.csv \
             kamergraph-edges.csv kamergraph.sqlite k.svg k.pdf report.html cache.json refs.jsonl; do
        "$KG" refs "$tmp/own/$f" >"$tmp/o" 2>"$tmp/e"
        [ ! -s "$tmp/o" ] && grep -q "$f: skipped: kamergraph wrote it" "$tmp/e" || { echo "$f:"; cat "$tmp/e"; return 1; }
    done
}
check "kamergraph never reads its own outputs as letters: the graph files, report, pictures, cache and refs --json are skipped" own_outputs_skipped

# The same letter as .txt and .pdf (or named twice) is one document.
one_document_once() {
    rm -rf "$tmp/twice" && mkdir "$tmp/twice" && cp examples/kst-36901-2.txt "$tmp/twice/brief.txt" &&
        cp "$tmp/twice/brief.txt" "$tmp/twice/brief.pdf.txt" &&
        cp tests/fixtures/formats/kst-36903-4.xml "$tmp/twice/" &&
        { cat tests/fixtures/formats/kst-36903-4.txt
          echo "Tweede Kamer, vergaderjaar 2025–2026, 36 903, nr. 4 1"; } >"$tmp/twice/aaa.txt"
    # a PDF of brief.txt, made by the test helpers, when they are built
    local pdf=build/kamergraph-tests
    "$KG" refs "$tmp/twice/brief.txt" "$tmp/twice/kst-36903-4.xml" >"$tmp/once.tsv" 2>/dev/null
    "$KG" refs "$tmp/twice" "$tmp/twice/brief.txt" >"$tmp/twice.tsv" 2>"$tmp/e" &&
        diff "$tmp/once.tsv" <(grep -v 'brief.pdf.txt' "$tmp/twice.tsv") || return 1
    grep -Fqx "kamergraph: $tmp/twice/aaa.txt and $tmp/twice/kst-36903-4.xml are one document (kst-36903-4): read $tmp/twice/kst-36903-4.xml, the richer format" "$tmp/e" &&
        grep -Fq "$tmp/twice/brief.txt: the same file as $tmp/twice/brief.txt; read once" "$tmp/e" ||
        { cat "$tmp/e"; return 1; }
    # the graph: as if only the richer copy were there
    "$KG" scan -q -o "$tmp/twice-g" "$tmp/twice/brief.txt" "$tmp/twice/kst-36903-4.xml" 2>/dev/null &&
        "$KG" scan -q -o "$tmp/twice-all" "$tmp/twice" --exclude 'brief.pdf.txt' 2>/dev/null &&
        cmp "$tmp/twice-g/kamergraph.dot" "$tmp/twice-all/kamergraph.dot"
}
check "one document, once: two files of one identity are read once, the richer format, with a note naming both" one_document_once

# Two items of one Handelingen sitting share the sitting's id (citations
# name the sitting) but are two documents: neither is dropped as a copy of
# the other, also when read back from the cache.
items_of_one_sitting() {
    local d=tests/fixtures/handelingen
    "$KG" refs "$d" >"$tmp/items.tsv" 2>"$tmp/e" && [ ! -s "$tmp/e" ] &&
        [ "$(cut -f1,5 "$tmp/items.tsv")" = "$(printf '%s\t%s\n' "$d/item-3.xml" kst-36410-VII-13 "$d/item-5.xml" kst-36410-VII-15)" ] ||
        { cat "$tmp/e" "$tmp/items.tsv"; return 1; }
    rm -f "$tmp/items-cache.json"
    "$KG" refs --cache "$tmp/items-cache.json" "$d" >/dev/null 2>&1 &&
        "$KG" refs --cache "$tmp/items-cache.json" "$d" 2>"$tmp/e" | diff "$tmp/items.tsv" - &&
        grep -q "2 of 2 files from the cache" "$tmp/e" || return 1
    "$KG" scan -q --format json -o - "$d" | /usr/bin/python3 -c '
import json, sys
g = json.load(sys.stdin)
docs = [n["id"] for n in g["nodes"] if n["kind"] == "document"]
cited = sorted(l["target"] for l in g["links"] if l["source"] == "h-tk-20242025-12" and l["kind"] == "cites")
assert docs == ["h-tk-20242025-12"], docs
assert cited == ["kst-36410-VII-13", "kst-36410-VII-15"], cited
'
}
check "two items of one Handelingen sitting are two documents (one node, the sitting), from the files and from the cache" items_of_one_sitting

options_anywhere() {
    "$KG" top -n 3 examples >"$tmp/a" 2>/dev/null && "$KG" top examples -n 3 >"$tmp/b" 2>/dev/null &&
        "$KG" top -n3 examples >"$tmp/c" 2>/dev/null && "$KG" top --rows=3 -j2 --jobs=2 examples >"$tmp/d" 2>/dev/null &&
        cmp "$tmp/a" "$tmp/b" && cmp "$tmp/a" "$tmp/c" && cmp "$tmp/a" "$tmp/d" && [ "$(wc -l <"$tmp/a")" -eq 4 ] || return 1
    cp examples/kst-36901-1.txt "$tmp/-n" && (cd "$tmp" && "$KG_ABS" refs -- -n) | grep -q kst-36902-1
}
KG_ABS=$(cd "$(dirname "$KG")" && pwd)/$(basename "$KG")
check "options may follow the PATHs, values glue on (-n3, -j2, --jobs=2), and -- ends the options" options_anywhere

one_line_usage_errors() {
    local out
    out=$("$KG" top -n 0 examples 2>&1); [ $? -eq 2 ] &&
        [ "$out" = "kamergraph top: -n wants a number of rows from 1 to 1000000, not '0'; try 'kamergraph top --help'" ] || { echo "$out"; return 1; }
    out=$("$KG" top -n abc examples 2>&1); [ $? -eq 2 ] &&
        [ "$out" = "kamergraph top: -n wants a number of rows from 1 to 1000000, not 'abc'; try 'kamergraph top --help'" ] || { echo "$out"; return 1; }
    out=$("$KG" scan --bogus examples 2>&1); [ $? -eq 2 ] &&
        [ "$out" = "kamergraph scan: unknown option '--bogus'; try 'kamergraph scan --help'" ] || { echo "$out"; return 1; }
    out=$("$KG" refs -j 999 examples 2>&1); [ $? -eq 2 ] &&
        [ "$out" = "kamergraph refs: -j wants a number of threads from 1 to 256 (0: one per core), not '999'; try 'kamergraph refs --help'" ] || { echo "$out"; return 1; }
    out=$("$KG" report examples 2>&1); [ $? -eq 2 ] &&
        [ "$out" = "kamergraph report: -o FILE.html is required; try 'kamergraph report --help'" ] || { echo "$out"; return 1; }
}
check "a usage error is one line that says why and where to get help, exit 2" one_line_usage_errors

# Each command's help lists the options it takes, the common ones too.
help_lists_every_option() {
    local want
    want="merge:--format --name --output --view --quiet
scan:--format --name --output --view --cache --warnings --quiet --jobs --include --exclude --verbose
refs:--tsv --json --cache --warnings --quiet --jobs --include --exclude --verbose
top:--rows --by --kind --tsv --json --view --cache --warnings --quiet --jobs --include --exclude --verbose
render:--format --engine --output --view --cache --warnings --quiet --jobs --include --exclude --verbose
report:--output --view --cache --warnings --quiet --jobs --include --exclude --verbose
model:--cache --warnings --quiet --jobs --include --exclude --verbose
site:--output --cache --warnings --quiet --jobs --include --exclude --verbose
annotate:--output --warnings --quiet"
    while IFS=: read -r c opts; do
        for o in $opts; do
            "$KG" "$c" --help | grep -q -- "$o\b" || { echo "$c --help lacks $o"; return 1; }
        done
    done <<<"$want"
}
check "each command's --help lists every option it takes (merge's too)" help_lists_every_option

common_options_everywhere() {
    "$KG" report -q --view letters -o - examples >"$tmp/r.html" 2>"$tmp/e" && [ ! -e ./- ] &&
        grep -q '<meta name="generator" content="kamergraph' "$tmp/r.html" && [ ! -s "$tmp/e" ] || return 1
    "$KG" render -T svg --view letters -o - examples >"$tmp/l.svg" 2>/dev/null &&
        "$KG" render -T svg -o - examples >"$tmp/f.svg" 2>/dev/null &&
        [ "$(grep -c 'class="node"' "$tmp/l.svg")" -lt "$(grep -c 'class="node"' "$tmp/f.svg")" ] || return 1
    "$KG" scan --format json -o - examples >"$tmp/g.json" 2>/dev/null &&
        /usr/bin/python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert len(d["nodes"]) == 26' "$tmp/g.json" || return 1
    rm -f "$tmp/rc.json"
    "$KG" refs --cache "$tmp/rc.json" examples >/dev/null 2>&1 &&
        "$KG" refs --cache "$tmp/rc.json" examples 2>&1 >/dev/null | grep -q "5 of 5 files from the cache" || return 1
    "$KG" top --kind brief,vraag examples 2>/dev/null | grep -q 'brief:2025-10-14' || return 1
    rm -f "$tmp/mc.json"
    "$KG" model --cache "$tmp/mc.json" examples >/dev/null 2>&1 &&
        "$KG" scan -o "$tmp/mc" --cache "$tmp/mc.json" examples 2>&1 | grep -q "5 of 5 files from the cache"
}
check "the common options work on every command: --view and -o - for report and render, --cache for refs and model, --kind brief for top" common_options_everywhere

folders_and_extensions() {
    rm -rf "$tmp/md" && mkdir "$tmp/md" && cp examples/kst-36901-1.txt "$tmp/md/brief.md" &&
        cp examples/kst-36901-2.txt "$tmp/md/" && echo x >"$tmp/md/a.png" && echo y >"$tmp/md/b.png"
    "$KG" refs "$tmp/md" >"$tmp/o" 2>"$tmp/e" &&
        [ "$(cat "$tmp/e")" = "kamergraph: skipped 3 files of other formats, such as $tmp/md/a.png (--verbose names them; --include GLOB reads them)" ] ||
        { cat "$tmp/e"; return 1; }
    "$KG" refs --verbose "$tmp/md" 2>&1 >/dev/null | grep -c "skipped: not a format" | grep -qx 3 || return 1
    "$KG" refs --include '*.md' --include '*.txt' "$tmp/md" 2>/dev/null | grep -q "brief.md" || return 1
    "$KG" refs "$tmp/md/brief.md" | grep -q "kst-36902-1"
}
check "in folders, other formats are summed up in one line (--verbose names them), --include adds an extension; a file named is read whatever its name" folders_and_extensions

refs_json_alias() {
    "$KG" refs --json examples | /usr/bin/python3 -c '
import json, sys
rows = [json.loads(l) for l in sys.stdin if "\"kind\"" in l]
r = [r for r in rows if r["text"] == "brief van 20 november 2025"][0]
assert (r["id"], r["resolved_by"], r["alias"]) == ("kst-36901-2", "corpus-alias", "brief:2025-11-20"), r
assert r["evidence"] == "examples/kst-36901-2.txt (the letter\x27s own date)", r
'
}
check "refs --json gives the graph's answer for a letter cited by date, and keeps the letter's own id in alias" refs_json_alias

# The library as others use it: installed, found by pkg-config, linked.
library_installs() {
    local build lib flags san=""
    build=$(dirname "$KG")
    lib="$build/libkamergraph.a"
    nm -A "$lib" 2>/dev/null | grep -q __asan_init && san="-fsanitize=address,undefined"
    env -u MAKEFLAGS -u MAKELEVEL make -s install BUILD="$build" DESTDIR="$tmp/inst" PREFIX=/usr \
        >/dev/null || return 1
    cat >"$tmp/use.c" <<'EOF'
#include <stdio.h>
#include <kamergraph/kamergraph.h>
int main(void)
{
    kg_error err;
    const char text[] = "Zie Kamerstuk 31490-359.";
    kg_doc *doc = kg_doc_read_buffer("x.txt", text, sizeof text - 1, &err);
    if (!doc || kg_doc_ref_count(doc) != 1)
        return 1;
    printf("%s %s\n", KG_VERSION, kg_doc_ref(doc, 0)->id);
    kg_doc_free(doc);
    return 0;
}
EOF
    flags=$(PKG_CONFIG_SYSROOT_DIR="$tmp/inst" PKG_CONFIG_PATH="$tmp/inst/usr/lib/pkgconfig" \
        pkg-config --cflags --libs kamergraph) || return 1
    # shellcheck disable=SC2086
    cc -std=c11 $san -o "$tmp/use" "$tmp/use.c" $flags &&
        [ "$("$tmp/use")" = "$(sed -n 's/^#define KG_VERSION "\(.*\)"/\1/p' include/kamergraph/kamergraph.h) kst-31490-359" ]
}
check "make install puts the headers, the library and kamergraph.pc in place; a program built with pkg-config's flags links and runs" library_installs

# ---- the README ---------------------------------------------------------------

# Every console example of the README runs in a folder holding only
# examples/ and build/, as in a plain clone, and prints what it shows.
readme_examples() {
    /usr/bin/python3 tests/readme-examples.py README.md "$(dirname "$KG")"
}
check "every console example in the README prints what the README shows" readme_examples

site_sigint() {
    "$KG" site -j 1 -o "$tmp/intr-site" "$tmp/many" >/dev/null 2>&1 &
    local pid=$!
    sleep 0.5
    kill -INT $pid
    wait $pid
    local rc=$?
    # killed by SIGINT (130) or done first (0); never a temporary folder, and
    # the site either absent or whole: the folder appears only complete, with
    # its manifest
    { [ $rc -eq 130 ] || [ $rc -eq 0 ]; } &&
        { [ ! -e "$tmp/intr-site" ] || [ -s "$tmp/intr-site/.kamergraph-site" ]; } &&
        [ -z "$(ls -A "$tmp" | grep '^\.intr-site\.tmp-')" ]
}
check "bad input: SIGINT while a site is written leaves no half site and no temporary folder" site_sigint

# ---- memory -----------------------------------------------------------------

valgrind_clean() {
    valgrind -q --error-exitcode=3 --leak-check=full --errors-for-leak-kinds=definite \
        "$KG" scan -o "$tmp/vg" examples ${CORPUS_ARGS:-} >/dev/null 2>"$tmp/vg.err" || { cat "$tmp/vg.err"; return 1; }
}
# Graphviz and the font libraries under it keep some of what they allocate
# (tests/valgrind.supp says which); nothing else may leak.
valgrind_site_clean() {
    valgrind -q --error-exitcode=3 --leak-check=full --errors-for-leak-kinds=definite \
        --show-leak-kinds=definite --suppressions=tests/valgrind.supp \
        "$KG" site -q -o "$tmp/vg-site" examples ${CORPUS_ARGS:-} >/dev/null 2>"$tmp/vg.err" || { cat "$tmp/vg.err"; return 1; }
}
if [ -n "${KG_SKIP_VALGRIND:-}" ]; then
    skip "valgrind: KG_SKIP_VALGRIND is set (sanitizer build)"
elif command -v valgrind >/dev/null; then
    [ -d "$CORPUS" ] && CORPUS_ARGS=$CORPUS
    check "valgrind: one full scan has no memory error and no leak" valgrind_clean
    check "valgrind: the site of examples/ and the sample letters has no memory error and no leak" valgrind_site_clean
else
    skip "valgrind: not installed"
fi

echo
echo "e2e: $pass passed, $fail failed, $skip skipped"
[ "$fail" -eq 0 ]
