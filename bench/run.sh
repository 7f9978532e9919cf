#!/usr/bin/env bash
# bench/run.sh — throughput, memory and accuracy of kamergraph on synthetic
# corpora (tools/gencorpus), compared with cat (the I/O floor) and grep (what a
# user would try first).  Writes bench/RESULTS.md.  Run it through `make bench`,
# which builds build/kamergraph and build/gencorpus first.
#
# Environment:
#   BENCH_SIZES   corpus sizes, decimal K/M/G (default "10M 100M 1G")
#   BENCH_QUICK=1 the same as BENCH_SIZES=10M, for trying
#   BENCH_DIR     work folder (default build/bench): BENCH_DIR/<size>/corpus
#   BENCH_KEEP=1  keep the corpora afterwards (default: remove them)
#   BENCH_REPEAT  timed runs per command, the best one counts (default 3;
#                 sizes of 1G and more are run BENCH_REPEAT_LARGE times, default 1)
#   BENCH_SEED    generator seed (default 1)
#   BENCH_LETTER  mean letter size in bytes (default 16384)
#   BENCH_RESULTS where to write the report (default bench/RESULTS.md)
#   BENCH_REPORT_ONLY=1  write the report again from the measurements of the
#                 last run (BENCH_DIR/measurements.sh), without running anything
#   BENCH_FORMAT_LETTERS  letters for the PDF and DOCX runs (default 300; 0: none)
#   BENCH_SITE_LETTERS    letters for the site runs (default 10000; 0: none)
#   KG, GEN, CONV the programs (default build/kamergraph, build/gencorpus,
#                 build/letterconv)
set -euo pipefail
export LC_ALL=C

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

KG=${KG:-build/kamergraph}
GEN=${GEN:-build/gencorpus}
CONV=${CONV:-build/letterconv}
BENCH_FORMAT_LETTERS=${BENCH_FORMAT_LETTERS:-300}
BENCH_SITE_LETTERS=${BENCH_SITE_LETTERS:-10000}
if [ "${BENCH_QUICK:-0}" = 1 ]; then
    BENCH_SIZES=${BENCH_SIZES:-10M}
fi
BENCH_SIZES=${BENCH_SIZES:-"10M 100M 1G"}
BENCH_DIR=${BENCH_DIR:-build/bench}
BENCH_KEEP=${BENCH_KEEP:-0}
BENCH_REPEAT=${BENCH_REPEAT:-3}
BENCH_REPEAT_LARGE=${BENCH_REPEAT_LARGE:-1}
BENCH_SEED=${BENCH_SEED:-1}
BENCH_LETTER=${BENCH_LETTER:-16384}
RESULTS=${BENCH_RESULTS:-bench/RESULTS.md}
TIME=/usr/bin/time

die() { echo "bench: $*" >&2; exit 1; }
note() { echo "bench: $*" >&2; }

if ! [ -x "$TIME" ]; then
    note "$TIME missing, installing the Debian package 'time'"
    if [ "$(id -u)" = 0 ]; then
        apt-get install -y time >/dev/null || die "could not install 'time'"
    else
        sudo apt-get install -y time >/dev/null || die "could not install 'time' (apt-get install time)"
    fi
fi

mkdir -p "$BENCH_DIR"
BENCH_DIR=$(cd "$BENCH_DIR" && pwd)
nproc=$(nproc)
MEASUREMENTS=$BENCH_DIR/measurements.sh
REPORT_ONLY=${BENCH_REPORT_ONLY:-0}
if [ "$REPORT_ONLY" = 1 ]; then
    [ -f "$MEASUREMENTS" ] || die "no $MEASUREMENTS: run the benchmark first"
fi

# Work on private copies of the programs, so that a rebuild in the tree while
# the benchmark runs (make check, say) neither breaks nor changes the runs.
pin() { # pin SRC DST: copy SRC to DST, waiting a little if it is being relinked
    local src=$1 dst=$2 i
    for i in 1 2 3 4 5 6 7 8 9 10; do
        if [ -x "$src" ] && cp "$src" "$dst.tmp" 2>/dev/null && mv "$dst.tmp" "$dst" &&
            "$dst" --help >/dev/null 2>&1; then
            return 0
        fi
        sleep 3
    done
    die "$src not found or not runnable: run 'make bench'"
}
if [ "$REPORT_ONLY" != 1 ]; then
    mkdir -p "$BENCH_DIR/bin"
    rm -f "$BENCH_DIR"/*.mismatches.txt "$MEASUREMENTS"
    pin "$KG" "$BENCH_DIR/bin/kamergraph"
    pin "$GEN" "$BENCH_DIR/bin/gencorpus"
    KG_SHOWN=$KG
    KG_BUILT=$(date -u -r "$KG" '+%Y-%m-%d %H:%M UTC' 2>/dev/null || echo '?')
    KG=$BENCH_DIR/bin/kamergraph
    GEN=$BENCH_DIR/bin/gencorpus

    # the -j option, once the scan command has it
    has_j=0
    if "$KG" scan --help 2>&1 | grep -qE -- '(^|[[:space:],[])-j([[:space:],=]|$)'; then
        has_j=1
    fi
    KG_VERSION=$("$KG" --version 2>&1 | head -n 1)
    CC_VERSION=$(${CC:-cc} --version 2>/dev/null | head -n 1)
    GREP_VERSION=$(grep --version | head -n 1)
fi

# ------------------------------------------------------------ helpers

# size_bytes 10M -> 10000000 (decimal units, so that 1G is ten times 100M)
size_bytes() {
    local s=$1 n u
    n=${s%[KkMmGg]}
    u=${s#"$n"}
    [[ $n =~ ^[0-9]+$ ]] || die "bad size '$s' (use e.g. 10M, 1G)"
    case $u in
    "") echo "$n" ;;
    [Kk]) echo $((n * 1000)) ;;
    [Mm]) echo $((n * 1000000)) ;;
    [Gg]) echo $((n * 1000000000)) ;;
    esac
}

# fmt_f X DIGITS
fmt_f() { awk -v x="$1" -v d="$2" 'BEGIN { printf "%.*f", d, x }'; }
div() { awk -v a="$1" -v b="$2" 'BEGIN { if (b == 0) print "nan"; else printf "%.6f", a / b }'; }

# run_timed OUT CMD... : one run; sets T_WALL (s), T_CPU (s), T_RSS (KiB), T_RC
run_timed() {
    local out=$1
    shift
    local tv t0 t1
    tv=$(mktemp)
    t0=$(date +%s%N)
    set +e
    "$TIME" -v -o "$tv" "$@" >"$out" 2>"$LAST_ERR"
    T_RC=$?
    set -e
    t1=$(date +%s%N)
    T_WALL=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.6f", (b - a) / 1e9 }')
    T_CPU=$(awk -F': ' '/User time/ { u = $2 } /System time/ { s = $2 } END { printf "%.3f", u + s }' "$tv")
    T_RSS=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$tv")
    rm -f "$tv"
}

# measure KEY REPEAT OUT CMD... : best wall of REPEAT runs; stores
# WALL[KEY] CPU[KEY] RSS[KEY] (RSS: the largest seen)
declare -A WALL CPU RSS
measure() {
    local key=$1 rep=$2 out=$3
    shift 3
    local i bw="" bc="" br=0
    for ((i = 0; i < rep; i++)); do
        run_timed "$out" "$@"
        if [ "$T_RC" -ne 0 ]; then
            note "$key: '$*' exited with $T_RC:"
            tail -n 5 "$LAST_ERR" >&2
            die "$key failed"
        fi
        if [ -z "$bw" ] || awk -v a="$T_WALL" -v b="$bw" 'BEGIN { exit !(a < b) }'; then
            bw=$T_WALL
            bc=$T_CPU
        fi
        [ "${T_RSS:-0}" -gt "$br" ] && br=$T_RSS
    done
    WALL[$key]=$bw
    CPU[$key]=$bc
    RSS[$key]=$br
}

# the corpus files only (not TRUTH.tsv)
cat_floor() { find "$1" -type f -name '*.txt' -exec cat {} + ; }
export -f cat_floor

machine_info() {
    local cpu mem
    cpu=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)
    mem=$(awk '/^MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)
    echo "| | |"
    echo "|---|---|"
    echo "| CPUs (nproc) | $nproc |"
    echo "| CPU model | ${cpu:-unknown} |"
    echo "| RAM | $mem |"
    echo "| kernel | $(uname -sr) |"
    echo "| compiler | $CC_VERSION |"
    echo "| grep | $GREP_VERSION |"
    echo "| kamergraph | $KG_VERSION ($KG_SHOWN, built $KG_BUILT)$([ "$has_j" = 1 ] && echo ', scan has -j' || echo ', scan has no -j') |"
    echo "| load average at start / end | $LOAD_START / $LOAD_END |"
}

# ------------------------------------------------------------ the runs

declare -A BYTES FILES NODES EDGES REFSN TRUTHN RECALL PRECISION MATCHED GENW SKIPPED CACHEB
declare -A FMT_BYTES FMT_REFS SITE
sizes=()
formats=()
if [ "$REPORT_ONLY" = 1 ]; then
    # shellcheck disable=SC1090
    source "$MEASUREMENTS"
else
    LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg)
    LAST_ERR=$(mktemp)
    created=()
    cleanup() {
        rm -f "$LAST_ERR"
        if [ "$BENCH_KEEP" != 1 ]; then
            local d
            for d in "${created[@]}"; do
                rm -rf "$d"
            done
        fi
    }
    trap cleanup EXIT

    for size in $BENCH_SIZES; do
        bytes_wanted=$(size_bytes "$size")
        n=$(((bytes_wanted + BENCH_LETTER - 1) / BENCH_LETTER))
        work=$BENCH_DIR/$size
        corpus=$work/corpus
        stamp="seed=$BENCH_SEED n=$n letter=$BENCH_LETTER gen=$(cksum <"$GEN" | cut -d' ' -f1)"
        created+=("$work")
        if [ -f "$work/stamp" ] && [ "$(cat "$work/stamp")" = "$stamp" ] && [ -f "$corpus/TRUTH.tsv" ]; then
            note "$size: reusing $corpus"
            GENW[$size]=""
        else
            rm -rf "$work"
            mkdir -p "$work"
            avail=$(df -PB1 "$work" | awk 'NR == 2 { print $4 }')
            need=$((bytes_wanted * 3 + 200000000))
            if [ "$avail" -lt "$need" ]; then
                note "$size: skipped, $((avail / 1000000)) MB free, $((need / 1000000)) MB needed"
                SKIPPED[$size]="skipped: $((avail / 1000000)) MB free on $(df -P "$work" | awk 'NR == 2 { print $6 }'), $((need / 1000000)) MB needed"
                sizes+=("$size")
                continue
            fi
            note "$size: generating $n letters in $corpus"
            t0=$(date +%s%N)
            "$GEN" -o "$corpus" -n "$n" --seed "$BENCH_SEED" --size "$BENCH_LETTER"
            t1=$(date +%s%N)
            GENW[$size]=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", (b - a) / 1e9 }')
            echo "$stamp" >"$work/stamp"
        fi
        sizes+=("$size")
        BYTES[$size]=$(find "$corpus" -type f -name '*.txt' -printf '%s\n' | awk '{ s += $1 } END { print s + 0 }')
        FILES[$size]=$(find "$corpus" -type f -name '*.txt' | wc -l)
        rep=$BENCH_REPEAT
        [ "$bytes_wanted" -ge 1000000000 ] && rep=$BENCH_REPEAT_LARGE

        note "$size: ${BYTES[$size]} bytes in ${FILES[$size]} files; warming the page cache"
        cat_floor "$corpus" >/dev/null

        note "$size: cat"
        measure "$size/cat" "$rep" /dev/null bash -c 'cat_floor "$1"' _ "$corpus"
        note "$size: grep"
        # grep's output goes to a file: with /dev/null, GNU grep may stop at the first match
        measure "$size/grep" "$rep" "$work/grep.out" grep -c -F Kamerstuk -r --include='*.txt' "$corpus"
        note "$size: kamergraph scan"
        measure "$size/scan" "$rep" /dev/null "$KG" scan -q -o "$work/graphs" "$corpus"
        read -r "NODES[$size]" "EDGES[$size]" < <(sed -n 's/.*(\([0-9]*\) nodes, \([0-9]*\) edges).*/\1 \2/p' "$LAST_ERR" | head -n 1) || true
        # scan uses every core by default; -j 1 shows what the threads bring
        note "$size: kamergraph scan -j 1"
        measure "$size/scan1" "$rep" /dev/null "$KG" scan -q -j 1 -o "$work/graphs-1" "$corpus"
        note "$size: kamergraph scan --cache: a first run fills the cache (not measured)"
        rm -f "$work/cache.jsonl"
        "$KG" scan -q --cache "$work/cache.jsonl" -o "$work/graphs-c" "$corpus" 2>/dev/null
        note "$size: kamergraph scan --cache, second run on the unchanged corpus"
        measure "$size/cached" "$rep" /dev/null "$KG" scan -q --cache "$work/cache.jsonl" -o "$work/graphs-c" "$corpus"
        CACHEB[$size]=$(stat -c %s "$work/cache.jsonl" 2>/dev/null || echo 0)
        note "$size: kamergraph refs"
        measure "$size/refs" 1 "$work/refs.tsv" "$KG" refs --tsv "$corpus"
        read -r "TRUTHN[$size]" "REFSN[$size]" "MATCHED[$size]" "RECALL[$size]" "PRECISION[$size]" < <(
            bench/compare.sh "$corpus/TRUTH.tsv" "$work/refs.tsv" "$corpus" "$work/compare" |
                sed 's/[a-z]*=//g')
        cp "$work/compare.examples.txt" "$BENCH_DIR/$size.mismatches.txt"
        note "$size: recall ${RECALL[$size]}, precision ${PRECISION[$size]}"
    done
    # The same letters as text, PDF and DOCX: what each reader costs, and
    # what the cache saves where reading is the expensive part.
    if [ "$BENCH_FORMAT_LETTERS" -gt 0 ] && [ -x "$CONV" ]; then
        fwork=$BENCH_DIR/formats
        created+=("$fwork")
        rm -rf "$fwork"
        mkdir -p "$fwork/txt" "$fwork/pdf" "$fwork/docx"
        note "formats: $BENCH_FORMAT_LETTERS letters as text, PDF and DOCX"
        "$GEN" -o "$fwork/txt" -n "$BENCH_FORMAT_LETTERS" --seed "$BENCH_SEED" --size "$BENCH_LETTER"
        rm -f "$fwork/txt/TRUTH.tsv"
        "$CONV" pdf "$fwork/pdf" "$fwork/txt"/*.txt
        "$CONV" docx "$fwork/docx" "$fwork/txt"/*.txt
        for f in txt pdf docx; do
            formats+=("$f")
            FMT_BYTES[$f]=$(find "$fwork/$f" -type f -printf '%s\n' | awk '{ s += $1 } END { print s + 0 }')
            cat "$fwork/$f"/* >/dev/null
            note "formats: $f: kamergraph scan"
            measure "fmt-$f/scan" "$BENCH_REPEAT" /dev/null "$KG" scan -q -o "$fwork/graphs-$f" "$fwork/$f"
            rm -f "$fwork/cache-$f.jsonl"
            "$KG" scan -q --cache "$fwork/cache-$f.jsonl" -o "$fwork/graphs-$f" "$fwork/$f" 2>/dev/null
            note "formats: $f: kamergraph scan --cache, second run"
            measure "fmt-$f/cached" "$BENCH_REPEAT" /dev/null "$KG" scan -q --cache "$fwork/cache-$f.jsonl" -o "$fwork/graphs-$f" "$fwork/$f"
            FMT_REFS[$f]=$("$KG" refs --tsv "$fwork/$f" 2>/dev/null | wc -l)
        done
    elif [ "$BENCH_FORMAT_LETTERS" -gt 0 ]; then
        note "formats: skipped, no $CONV (make bench builds it)"
    fi
    # The site of many letters: written new, then again over itself (nothing
    # changed, so only the manifest is written), with the scan of the same
    # letters beside it for what reading costs. One run each: a site is a
    # quarter of a million files, and removing one takes minutes on a slow disk.
    if [ "$BENCH_SITE_LETTERS" -gt 0 ]; then
        swork=$BENCH_DIR/site
        created+=("$swork")
        rm -rf "$swork"
        mkdir -p "$swork"
        note "site: $BENCH_SITE_LETTERS letters"
        "$GEN" -o "$swork/corpus" -n "$BENCH_SITE_LETTERS" --seed "$BENCH_SEED" --size "$BENCH_LETTER"
        rm -f "$swork/corpus/TRUTH.tsv"
        SITE[bytes]=$(find "$swork/corpus" -type f -printf '%s\n' | awk '{ s += $1 } END { print s + 0 }')
        cat "$swork/corpus"/* >/dev/null
        note "site: kamergraph scan of the same letters"
        measure "site/scan" 1 /dev/null "$KG" scan -q -o "$swork/graphs" "$swork/corpus"
        note "site: kamergraph site, a new folder"
        measure "site/new" 1 /dev/null "$KG" site -q -o "$swork/site" "$swork/corpus"
        note "site: kamergraph site again, over the unchanged site"
        measure "site/again" 1 /dev/null "$KG" site -q -o "$swork/site" "$swork/corpus"
        SITE[files]=$(find "$swork/site" -type f ! -name .kamergraph-site | wc -l)
        SITE[size]=$(find "$swork/site" -type f ! -name .kamergraph-site -printf '%s\n' | awk '{ s += $1 } END { print s + 0 }')
        for d in letters kamerstukken dossiers motions letters-by-date years; do
            SITE[n-$d]=$(find "$swork/site/$d" -type f | wc -l)
            SITE[size-$d]=$(find "$swork/site/$d" -type f -printf '%s\n' | awk '{ s += $1 } END { print s + 0 }')
            SITE[max-$d]=$(find "$swork/site/$d" -type f -printf '%s %P\n' | sort -n | tail -n 1)
        done
        SITE[search]=$(stat -c %s "$swork/site/assets/search-index.js")
        SITE[index]=$(stat -c %s "$swork/site/index.html")
    fi
    LOAD_END=$(cut -d' ' -f1-3 /proc/loadavg)
    RUN_DATE=$(date -u '+%Y-%m-%d %H:%M UTC')
    # keep the measurements, so that the report can be written again (BENCH_REPORT_ONLY=1)
    {
        declare -p WALL CPU RSS BYTES FILES NODES EDGES REFSN TRUTHN RECALL PRECISION MATCHED \
            GENW SKIPPED CACHEB sizes FMT_BYTES FMT_REFS formats BENCH_FORMAT_LETTERS \
            SITE BENCH_SITE_LETTERS
        declare -p LOAD_START LOAD_END RUN_DATE has_j nproc KG_VERSION KG_SHOWN KG_BUILT \
            CC_VERSION GREP_VERSION BENCH_SIZES BENCH_SEED BENCH_LETTER BENCH_REPEAT \
            BENCH_REPEAT_LARGE
    } >"$MEASUREMENTS"
fi

# ------------------------------------------------------------ the report

mbps() { # bytes seconds
    awk -v b="$1" -v s="$2" 'BEGIN { if (s <= 0) print "–"; else printf "%.1f", b / s / 1e6 }'
}
mib() { awk -v k="$1" 'BEGIN { printf "%.1f", k / 1024 }'; }
yesno() { if [ "$1" = 1 ]; then echo "**met**"; else echo "**not met**"; fi; }

measured=()
for s in "${sizes[@]}"; do
    [ -n "${SKIPPED[$s]:-}" ] || measured+=("$s")
done
# find the measured sizes of 100M and 1G (by bytes wanted)
s100=""
s1g=""
for s in "${measured[@]}"; do
    case $(size_bytes "$s") in
    100000000) s100=$s ;;
    1000000000) s1g=$s ;;
    esac
done

tmp=$(mktemp)
{
    echo "# kamergraph benchmark"
    echo
    echo "Written by \`bench/run.sh\` (\`make bench\`) from a run of $RUN_DATE; do not edit by hand (the profile notes at the end come from bench/PROFILE.md)."
    echo "Sizes: $BENCH_SIZES; seed $BENCH_SEED; letters of $BENCH_LETTER bytes on average;"
    echo "best wall time of $BENCH_REPEAT runs ($BENCH_REPEAT_LARGE from 1G up), on warm files."
    echo
    echo "## Machine"
    echo
    machine_info
    echo
    echo "The machine is shared: a load average above the number of CPUs means other jobs"
    echo "competed for the CPUs, and wall times are longer than the CPU times by that much."
    echo "CPU time (user + system) is given beside the wall time for that reason."
    echo
    echo "## Commands"
    echo
    echo "- cat: \`cat DIR/*.txt >/dev/null\` (as \`find DIR -name '*.txt' -exec cat {} +\`, so that"
    echo "  60 000 names fit on a command line): the I/O floor"
    echo "- grep: \`grep -c -F Kamerstuk -r DIR\` (output to a file: with /dev/null GNU grep may stop early)"
    echo "- scan: \`build/kamergraph scan -q -o OUT DIR\` (DOT and GraphML)"
    echo "- scan -j 1: the same on one thread"
    echo "- scan --cache, 2nd run: \`build/kamergraph scan -q --cache FILE -o OUT DIR\` after a first run"
    echo "  filled FILE, on the unchanged corpus: every letter comes from the cache"
    echo "- refs: \`build/kamergraph refs --tsv DIR >refs.tsv\` (once; used for recall and precision)"
    echo "- site: \`build/kamergraph site -q -o OUT DIR\` (its own corpus; see its section)"
    echo
    echo "MB is 10^6 bytes. Peak RSS is the maximum resident set size from \`/usr/bin/time -v\`."
    slow_cat=0
    for s in "${measured[@]}"; do
        awk -v c="${WALL[$s/cat]}" -v g="${WALL[$s/grep]}" 'BEGIN { exit !(c > g) }' && slow_cat=1
    done
    if [ "$slow_cat" = 1 ]; then
        echo
        echo "cat is slower than grep here: GNU cat maps and unmaps a fresh 128 KiB buffer for every file"
        echo "(see \`strace -c cat\`), and with letters of ~16 KB that per-file cost, large in a VM, outweighs"
        echo "the copying; grep reuses its buffer. So the I/O floor is better read from grep's row."
    fi
    echo
    echo "## Corpus"
    echo
    echo "\`build/gencorpus -o DIR -n N --seed $BENCH_SEED --size $BENCH_LETTER\` (tools/gencorpus.c): plain UTF-8"
    echo "letters with a letter head (Datum, Betreft, Onze referentie), one paragraph a line, Word-export"
    echo "footnotes, and a body of sections, member blocks (Vragen van het lid ... / Vraag: / Antwoord:) or"
    echo "numbered questions. Planted: Kamerstukken in the shapes of tests/cases/citations.txt (formal,"
    echo "informal, compact, lists, ranges, joint dossiers, R-numbers, Eerste Kamer letters, glued"
    echo "toevoegingen, dossiers, broken over a line), Handelingen, Aanhangsel, Stb., Stcrt., ECLI, motions"
    echo "by name and with a number, letters cited by date (tied to a number, by footnote, or not),"
    echo "internal references to questions; and noise that must give nothing (postcodes, Postbus,"
    echo "reference numbers, amounts, percentages, dates, article numbers, EU law, court case numbers,"
    echo "\"in 2025 werkten 36 410 mensen\", \"moties en amendementen\"). DIR/TRUTH.tsv lists every planted"
    echo "reference as kamergraph refs reports it (a citation in a footnote twice: at the marker and in the"
    echo "note). The corpus is denser in references than real letters (about 3 300 per MB; the letters in"
    echo "../shared/corpus have 200–900), which makes it a harder test of the scanner, not an easier one."
    for s in "${sizes[@]}"; do
        echo
        echo "## $s"
        echo
        if [ -n "${SKIPPED[$s]:-}" ]; then
            echo "${SKIPPED[$s]}"
            continue
        fi
        b=${BYTES[$s]}
        echo "${FILES[$s]} letters, $b bytes ($(fmt_f "$(div "$b" 1000000)" 1) MB)$([ -n "${GENW[$s]}" ] && echo ", generated in ${GENW[$s]} s")."
        echo "Graph: ${NODES[$s]:-?} nodes, ${EDGES[$s]:-?} edges. References planted: ${TRUTHN[$s]} ($(fmt_f "$(div "${TRUTHN[$s]}" "$(div "$b" 1000000)")" 0) per MB)."
        echo
        echo "| command | wall (s) | CPU (s) | MB/s (wall) | peak RSS (MiB) | wall vs grep | wall vs cat |"
        echo "|---|---:|---:|---:|---:|---:|---:|"
        keys="cat grep scan scan1 cached refs"
        for k in $keys; do
            key=$s/$k
            case $k in
            cat) name="cat (I/O floor)" ;;
            grep) name="grep -c -F Kamerstuk -r" ;;
            scan) name="kamergraph scan" ;;
            scan1) name="kamergraph scan -j 1" ;;
            cached) name="kamergraph scan --cache, 2nd run" ;;
            refs) name="kamergraph refs --tsv" ;;
            esac
            w=${WALL[$key]}
            echo "| $name | $(fmt_f "$w" 3) | ${CPU[$key]} | $(mbps "$b" "$w") | $(mib "${RSS[$key]}") | $(fmt_f "$(div "$w" "${WALL[$s/grep]}")" 1)× | $(fmt_f "$(div "$w" "${WALL[$s/cat]}")" 1)× |"
        done
        echo
        echo "Recall ${RECALL[$s]}, precision ${PRECISION[$s]} (${MATCHED[$s]} of ${TRUTHN[$s]} planted references found; kamergraph reported ${REFSN[$s]})."
        [ -n "${CACHEB[$s]}" ] && echo "The cache file: ${CACHEB[$s]} bytes ($(fmt_f "$(div "${CACHEB[$s]}" "$b")" 2)× the corpus)."
    done

    if [ "${#formats[@]}" -gt 0 ]; then
        echo
        echo "## PDF and DOCX, and what the cache saves"
        echo
        echo "The same $BENCH_FORMAT_LETTERS letters (\`build/gencorpus\`, seed $BENCH_SEED) as text, as PDF (\`build/letterconv\`:"
        echo "cairo, wrapped at 100 bytes, 60 lines a page, footnotes at the foot of the page) and as DOCX"
        echo "(one paragraph a line). \`scan\` and a"
        echo "second \`scan --cache\` run as above; MB/s is of the text's bytes, so that the rows compare."
        echo "References: what \`refs\` finds in each. The PDF finds a few fewer: a citation that runs on to"
        echo "the next page past the footnotes, and letters cited by date that lose their tie at a line"
        echo "break (README, \"Not yet\")."
        echo
        echo "| format | MB on disk | scan (s) | MB/s of text | scan --cache, 2nd run (s) | cache speed-up | peak RSS scan / cached (MiB) | references |"
        echo "|---|---:|---:|---:|---:|---:|---:|---:|"
        for f in "${formats[@]}"; do
            w=${WALL[fmt-$f/scan]} c=${WALL[fmt-$f/cached]}
            echo "| $f | $(fmt_f "$(div "${FMT_BYTES[$f]}" 1000000)" 1) | $(fmt_f "$w" 3) | $(mbps "${FMT_BYTES[txt]}" "$w") | $(fmt_f "$c" 3) | $(fmt_f "$(div "$w" "$c")" 1)× | $(mib "${RSS[fmt-$f/scan]}") / $(mib "${RSS[fmt-$f/cached]}") | ${FMT_REFS[$f]} |"
        done
    fi

    if [ -n "${SITE[bytes]:-}" ]; then
        echo
        echo "## The site of $BENCH_SITE_LETTERS letters"
        echo
        echo "\`build/kamergraph site -q -o DIR CORPUS\` on $BENCH_SITE_LETTERS letters of \`build/gencorpus\` (seed $BENCH_SEED,"
        echo "$(fmt_f "$(div "${SITE[bytes]}" 1000000)" 1) MB), into a new folder, then again over that site with nothing changed; \`scan\` of the"
        echo "same letters for what reading them costs. One run each."
        echo
        echo "| command | wall (s) | CPU (s) | peak RSS (MiB) |"
        echo "|---|---:|---:|---:|"
        for k in scan new again; do
            case $k in
            scan) name="kamergraph scan (DOT and GraphML)" ;;
            new) name="kamergraph site, a new folder" ;;
            again) name="kamergraph site again, nothing changed" ;;
            esac
            echo "| $name | $(fmt_f "${WALL[site/$k]}" 2) | ${CPU[site/$k]} | $(mib "${RSS[site/$k]}") |"
        done
        echo
        echo "${SITE[files]} files, $(fmt_f "$(div "${SITE[size]}" 1000000)" 1) MB (the manifest \`.kamergraph-site\` not counted); \`index.html\` ${SITE[index]} bytes,"
        echo "\`assets/search-index.js\` ${SITE[search]} bytes (loaded when the search box is first used)."
        echo
        echo "| pages | files | MB | mean (KB) | largest (bytes, page) |"
        echo "|---|---:|---:|---:|---|"
        for d in letters kamerstukken dossiers motions letters-by-date years; do
            echo "| $d/ | ${SITE[n-$d]} | $(fmt_f "$(div "${SITE[size-$d]}" 1000000)" 1) | $(fmt_f "$(div "${SITE[size-$d]}" "$((${SITE[n-$d]} * 1000))")" 1) | ${SITE[max-$d]} |"
        done
        echo
        echo "The generated letters cite about 3 300 references per MB, most of them Kamerstukken with"
        echo "random numbers, so the site has a page for nearly every reference; real letters cite"
        echo "fewer, and the same Kamerstukken more often. Creating the files is most of the system"
        echo "time, and on a slow disk removing them again is slower still: that is why a second run"
        echo "over a site writes only the pages that changed."
    fi

    echo
    echo "## Targets"
    echo
    echo "### 1. scan at least half of grep's throughput"
    echo
    echo "| size | scan MB/s | grep MB/s | scan/grep | met | by CPU time: scan/grep |"
    echo "|---|---:|---:|---:|---|---:|"
    all=1
    for s in "${measured[@]}"; do
        b=${BYTES[$s]}
        r=$(div "${WALL[$s/grep]}" "${WALL[$s/scan]}")
        rc=$(div "${CPU[$s/grep]}" "${CPU[$s/scan]}")
        ok=$(awk -v r="$r" 'BEGIN { print (r >= 0.5) ? 1 : 0 }')
        [ "$ok" = 1 ] || all=0
        echo "| $s | $(mbps "$b" "${WALL[$s/scan]}") | $(mbps "$b" "${WALL[$s/grep]}") | $(fmt_f "$r" 3) | $([ "$ok" = 1 ] && echo yes || echo no) | $(fmt_f "$rc" 3) |"
    done
    echo
    echo "Target 1: $(yesno "$all") (on wall time; the last column gives the same ratio on CPU time)."
    echo
    echo "### 2. 1 GB within 1.2× of 10 × the 100 MB run"
    echo
    lin() { # small large -> prints a row
        local a=$1 c=$2
        local ta=${WALL[$a/scan]} tc=${WALL[$c/scan]} ba=${BYTES[$a]} bc=${BYTES[$c]}
        local expect ratio ok cratio
        expect=$(awk -v t="$ta" -v a="$ba" -v c="$bc" 'BEGIN { printf "%.3f", t * c / a }')
        ratio=$(div "$tc" "$expect")
        cratio=$(awk -v t="${CPU[$a/scan]}" -v u="${CPU[$c/scan]}" -v a="$ba" -v c="$bc" \
            'BEGIN { if (t <= 0) print "nan"; else printf "%.3f", u / (t * c / a) }')
        ok=$(awk -v r="$ratio" 'BEGIN { print (r <= 1.2) ? 1 : 0 }')
        echo "| $a → $c | $(fmt_f "$ta" 2) | $(fmt_f "$tc" 2) | $(fmt_f "$expect" 2) | $(fmt_f "$ratio" 3) | $([ "$ok" = 1 ] && echo yes || echo no) | $(fmt_f "$cratio" 3) |"
        LIN_OK=$ok
    }
    echo "Linear expectation = wall time of the smaller run × (bytes of the larger / bytes of the smaller)."
    echo
    echo "| runs | smaller (s) | larger (s) | linear expectation (s) | larger / expectation | within 1.2× | the same on CPU time |"
    echo "|---|---:|---:|---:|---:|---|---:|"
    prev=""
    for s in "${measured[@]}"; do
        if [ -n "$prev" ]; then
            lin "$prev" "$s"
        fi
        prev=$s
    done
    echo
    if [ -n "$s100" ] && [ -n "$s1g" ]; then
        lin "$s100" "$s1g" >/dev/null
        echo "Target 2 ($s100 → $s1g): $(yesno "$LIN_OK")."
    else
        echo "Target 2: not measured (needs both 100M and 1G in BENCH_SIZES); the rows above are the same test between the sizes that were run."
    fi
    echo
    echo "### 3. memory independent of the corpus size, apart from the graph"
    echo
    echo "\`refs\` holds no graph, so its peak RSS is the reading and scanning part; \`scan\` minus \`refs\`"
    echo "is about what the graph (and its writers) cost."
    echo
    echo "| size | MB read | letters | scan peak RSS (MiB) | refs peak RSS (MiB) | nodes | edges | (scan − refs) bytes per node+edge | scan bytes per node+edge |"
    echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
    first="" mem_ok=1
    for s in "${measured[@]}"; do
        ne=$(( ${NODES[$s]:-0} + ${EDGES[$s]:-0} ))
        g=$(awk -v a="${RSS[$s/scan]}" -v b="${RSS[$s/refs]}" -v n="$ne" 'BEGIN { if (n == 0) print "nan"; else printf "%.0f", (a - b) * 1024 / n }')
        all_b=$(awk -v a="${RSS[$s/scan]}" -v n="$ne" 'BEGIN { if (n == 0) print "nan"; else printf "%.0f", a * 1024 / n }')
        echo "| $s | $(fmt_f "$(div "${BYTES[$s]}" 1000000)" 0) | ${FILES[$s]} | $(mib "${RSS[$s/scan]}") | $(mib "${RSS[$s/refs]}") | ${NODES[$s]:-?} | ${EDGES[$s]:-?} | $g | $all_b |"
        if [ -z "$first" ]; then
            first=$s
            first_refs=${RSS[$s/refs]}
            first_g=$g
        else
            # refs: flat, i.e. it grows by less than 16 MiB + 1 % of the extra bytes read;
            # scan: its memory beyond refs per node+edge does not grow by more than 25 %
            awk -v a="$first_refs" -v b="${RSS[$s/refs]}" -v x="${BYTES[$first]}" -v y="${BYTES[$s]}" \
                'BEGIN { exit !((b - a) * 1024 <= 16 * 1048576 + 0.01 * (y - x)) }' || mem_ok=0
            awk -v a="$first_g" -v b="$g" 'BEGIN { exit !(b <= a * 1.25) }' || mem_ok=0
        fi
        last=$s
    done
    echo
    if [ "${#measured[@]}" -ge 2 ]; then
        ne1=$(( ${NODES[$first]:-0} + ${EDGES[$first]:-0} ))
        ne2=$(( ${NODES[$last]:-0} + ${EDGES[$last]:-0} ))
        marg=$(awk -v a="${RSS[$first/scan]}" -v b="${RSS[$last/scan]}" -v x="$ne1" -v y="$ne2" 'BEGIN { if (y == x) print "nan"; else printf "%.0f", (b - a) * 1024 / (y - x) }')
        echo "From $first to $last the scan's peak RSS grew by $(mib $(( ${RSS[$last/scan]} - ${RSS[$first/scan]} ))) MiB for $((ne2 - ne1)) more nodes+edges: $marg bytes per node+edge at the margin."
        dref=$(( ${RSS[$last/refs]} - ${RSS[$first/refs]} ))
        echo "\`refs\` grew by $(mib "$dref") MiB for $(fmt_f "$(div "$(( ${BYTES[$last]} - ${BYTES[$first]} ))" 1000000)" 0) more MB read in $(( ${FILES[$last]} - ${FILES[$first]} )) more letters ($(fmt_f "$(div "$((dref * 1024))" "$(( ${FILES[$last]} - ${FILES[$first]} ))")" 0) bytes per letter: the list of files)."
        echo
        echo "Criterion: \`refs\` peak RSS grows by less than 16 MiB + 1 % of the extra bytes read, and the scan's memory"
        echo "beyond \`refs\` per node+edge does not grow by more than 25 %. Target 3: $(yesno "$mem_ok")."
    else
        echo "Target 3: needs two sizes or more."
    fi

    echo
    echo "## Recall and precision"
    echo
    echo "\`kamergraph refs --tsv DIR\` against DIR/TRUTH.tsv (written by \`build/gencorpus\`), as multisets of"
    echo "(file, kind, id)."
    echo
    echo "| size | planted | reported | matched | recall | precision |"
    echo "|---|---:|---:|---:|---:|---:|"
    for s in "${measured[@]}"; do
        echo "| $s | ${TRUTHN[$s]} | ${REFSN[$s]} | ${MATCHED[$s]} | ${RECALL[$s]} | ${PRECISION[$s]} |"
    done
    if [ "${#measured[@]}" -gt 0 ]; then
        s=${measured[0]}
        if [ "${RECALL[$s]}" != 1.000000 ] || [ "${PRECISION[$s]}" != 1.000000 ]; then
            echo
            echo "First mismatches at $s (all of them: \`BENCH_KEEP=1\`, then $BENCH_DIR/$s/compare.missing.tsv and"
            echo "compare.extra.tsv; the list below is also in $BENCH_DIR/$s.mismatches.txt):"
            echo
            echo '```'
            grep -v '^$' "$BENCH_DIR/$s.mismatches.txt" | awk '/^#/ { n = 0; print; next } n++ < 12' | cut -c1-260
            echo '```'
        fi
    fi
    if [ -f bench/PROFILE.md ]; then
        echo
        cat bench/PROFILE.md
    fi
} >"$tmp"
mv "$tmp" "$RESULTS"
note "wrote $RESULTS"
