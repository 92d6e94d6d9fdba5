#!/usr/bin/env bash
# Issue 15 item 11: what a reader of a warehouse with a corrupt Parquet file is told.
#
#   scripts/reliability/corrupt-parquet.sh WAREHOUSE
#
# Copies WAREHOUSE (e.g. the seed warehouse of check-balance.sh) to scratch, overwrites the middle
# of one articles data file (the footer stays valid, so the damage is found while reading pages),
# and in a second copy cuts a file short (no footer); runs `newsframes sql` on each and prints the
# exit code, how many lines went to the terminal (stack frames among them) and the first line that
# names the problem.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
SRC="${1:?usage: corrupt-parquet.sh WAREHOUSE}"
OUTDIR="$SCRATCH/corrupt-parquet"
rm -rf "$OUTDIR" && mkdir -p "$OUTDIR"

for kind in middle truncated; do
  wh="$OUTDIR/$kind"
  cp -a "$SRC" "$wh"
  rm -f "$wh/_lock"
  f="$(find "$wh/articles" -name 'part-*.parquet' | sort | head -1)"
  size=$(stat -c %s "$f")
  if [[ "$kind" == middle ]]; then
    # garbage over the middle third: page headers and data, not the footer
    head -c $((size / 3)) /dev/zero | tr '\0' '\377' |
      dd of="$f" bs=1 seek=$((size / 3)) conv=notrunc status=none
  else
    truncate -s $((size / 2)) "$f"
  fi
  rm -f "$(dirname "$f")/.$(basename "$f").crc" # the checksum would catch it first; a copy tool would not keep it either
  set +e
  nice -n 10 "$NF" sql --warehouse "$wh" "SELECT count(*), sum(length(body)) FROM articles" > "$OUTDIR/$kind.log" 2>&1
  rc=$?
  set -e
  lines=$(wc -l < "$OUTDIR/$kind.log")
  frames=$(grep -c '^\s*at ' "$OUTDIR/$kind.log" || true)
  first=$(grep -m1 -iE 'failed|error|exception' "$OUTDIR/$kind.log" | cut -c1-200)
  useful=$(grep -m1 -n 'newsframes sql' "$OUTDIR/$kind.log" | cut -c1-250)
  echo "$kind: exit $rc; $lines lines of output, $frames of them stack frames"
  echo "  first error line: $first"
  echo "  newsframes' own line (line number: text): ${useful:-none}"
done
