#!/usr/bin/env bash
# Remake the goldens of every view (tests/golden/views/V/) after a
# deliberate change to an export; then READ `git diff tests/golden` before
# committing: a golden is only as good as the person who checked it.
set -euo pipefail
KG=${KG:-build/kamergraph}
for v in full letters dossiers coupling cocitation; do
    "$KG" scan -q -o "tests/golden/views/$v" --view "$v" \
        --format dot,graphml,gexf,json,csv,sqlite examples/
    /usr/bin/python3 tests/sqlite-dump.py "tests/golden/views/$v/kamergraph.sqlite" \
        >"tests/golden/views/$v/kamergraph.sqlite.txt"
    rm "tests/golden/views/$v/kamergraph.sqlite"
done
