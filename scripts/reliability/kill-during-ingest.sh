#!/usr/bin/env bash
# kill -9 at points spread through an ingest that overwrites a full warehouse; after each kill,
# checks that the old tables are still readable with their old row counts, then re-runs and compares
# the tables with an undisturbed run's (row count + order-independent checksum).
#
#   scripts/reliability/kill-during-ingest.sh [options]
#
#   -n N          kill points spread evenly through the undisturbed run's duration (default 10)
#   -a N, -b N    pages of ai-tech in the old warehouse (A, default 120) and in the overwriting
#                 ingest (B = the first A pages plus more, default 180): old and new tables differ,
#                 so "old", "new" and "lost" states can be told apart
#   -T            add targeted kills: the moment a table's staged copy appears under _staging/
#                 (articles, rejects, duplicates: the write has begun) and the moment the old
#                 articles table is moved aside (_staging/articles-*.previous: inside the swap)
#   -s            also count articles with `newsframes sql` after each kill (what an analyst sees;
#                 slower: a Spark start each time)
#   -L            remove a stale _lock before the re-run (without it the re-run is refused with
#                 exit 4 when the kill left the lock, and the comparison is skipped)
#   -o OUT        scratch folder (default $SCRATCH/kill)
#
# Prints one line per kill point and a summary; facts and logs stay under OUT.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

KILLS=10
PAGES_A=120
PAGES_B=180
TARGETED=0
SQL=0
REMOVE_LOCK=0
OUTDIR="$SCRATCH/kill"
while getopts "n:a:b:TsLo:" opt; do
  case "$opt" in
    n) KILLS="$OPTARG" ;;
    a) PAGES_A="$OPTARG" ;;
    b) PAGES_B="$OPTARG" ;;
    T) TARGETED=1 ;;
    s) SQL=1 ;;
    L) REMOVE_LOCK=1 ;;
    o) OUTDIR="$OPTARG" ;;
    *) sed -n '2,25p' "$0"; exit 2 ;;
  esac
done
CORPUS="$WORKTREE/../shared/corpora/pages/ai-tech"
MANIFEST="$CORPUS/manifest.csv"
mkdir -p "$OUTDIR/logs"
LOGS="$OUTDIR/logs"
W="$OUTDIR/warehouse"
PRISTINE="$OUTDIR/warehouse-old"
REFERENCE="$OUTDIR/warehouse-undisturbed"

# inputs: copies of the first PAGES_B manifest rows' pages (scratch only, never the repo)
prepare_inputs() {
  local set="$1" n="$2"
  if [[ -f "$OUTDIR/$set/.done-$n" ]]; then return; fi
  rm -rf "${OUTDIR:?}/$set" && mkdir -p "$OUTDIR/$set/pages"
  awk -F, -v n="$n" 'NR > 1 && NR <= n + 1 { print $1 }' "$MANIFEST" | while read -r f; do
    cp "$CORPUS/$f" "$OUTDIR/$set/pages/"
  done
  touch "$OUTDIR/$set/.done-$n"
}

ingest() { # ingest WAREHOUSE INPUT LOG -> runs in the foreground, prints exit code
  set +e
  nice -n 10 "$NF" ingest --warehouse "$1" -i "$2" --manifest "$MANIFEST" > "$3" 2>&1
  local rc=$?
  set -e
  echo "$rc"
}

articles_fp() { fingerprint "$1" articles | sed 's/^table=articles //'; }
rows_of() { sed -n 's/.*rows=\([0-9]*\).*/\1/p' <<< "$1"; }
sum_of() { sed -n 's/.*checksum=\([0-9a-f-]*\).*/\1/p' <<< "$1"; }

sql_count() { # what `newsframes sql` says articles hold
  local out
  set +e
  out="$(nice -n 10 "$NF" sql --warehouse "$1" "SELECT count(*) AS n FROM articles" 2>&1)"
  set -e
  printf '%s\n' "$out" > "$LOGS/sql-$(basename "$2").log"
  if grep -qE '^\|\s*[0-9]+\s*\|' <<< "$out"; then
    grep -oE '^\|\s*[0-9]+\s*\|' <<< "$out" | tr -dc '0-9'
  else
    echo "error: $(grep -m1 -iE 'error|not found|failed' <<< "$out" | cut -c1-100)"
  fi
}

prepare_inputs A "$PAGES_A"
prepare_inputs B "$PAGES_B"

echo "== the old warehouse: $PAGES_A ai-tech pages"
if [[ ! -f "$PRISTINE/.done" ]]; then
  rm -rf "$PRISTINE"
  rc=$(ingest "$PRISTINE" "$OUTDIR/A" "$LOGS/build-old.log")
  [[ "$rc" == 0 ]] || { tail -5 "$LOGS/build-old.log"; exit 1; }
  touch "$PRISTINE/.done"
fi
OLD="$(articles_fp "$PRISTINE")"
echo "old articles: $OLD"
fingerprint "$PRISTINE" rejects duplicates | sed 's/^/old /'

echo "== the undisturbed overwrite: $PAGES_B pages"
if [[ ! -f "$REFERENCE/.done" ]]; then
  rm -rf "$REFERENCE" && cp -a "$PRISTINE" "$REFERENCE" && rm -f "$REFERENCE/.done"
  start=$(date +%s.%N)
  rc=$(ingest "$REFERENCE" "$OUTDIR/B" "$LOGS/undisturbed.log")
  end=$(date +%s.%N)
  [[ "$rc" == 0 ]] || { tail -5 "$LOGS/undisturbed.log"; exit 1; }
  awk -v a="$start" -v b="$end" 'BEGIN { printf "%.1f\n", b - a }' > "$REFERENCE/.duration"
  touch "$REFERENCE/.done"
fi
DURATION="$(cat "$REFERENCE/.duration")"
NEW="$(articles_fp "$REFERENCE")"
NEW_OTHER="$(fingerprint "$REFERENCE" rejects duplicates | sed 's/ checksum=.*//' | tr '\n' ' ')"
echo "undisturbed run: ${DURATION}s, articles: $NEW"
echo "undisturbed $NEW_OTHER"
grep -E 'ingest: .* input files ->' "$LOGS/undisturbed.log" | sed 's/^.*newsframes: /summary: /'

# state of articles after a kill, against the old and the new table
classify() {
  local fp="$1"
  if [[ "$(rows_of "$fp")/$(sum_of "$fp")" == "$(rows_of "$OLD")/$(sum_of "$OLD")" ]]; then echo old
  elif [[ "$(rows_of "$fp")/$(sum_of "$fp")" == "$(rows_of "$NEW")/$(sum_of "$NEW")" ]]; then echo new
  elif grep -q 'state=missing' <<< "$fp"; then echo "LOST (no table)"
  elif grep -q 'state=unreadable' <<< "$fp"; then echo "UNREADABLE"
  else echo "LOST ($(rows_of "$fp") rows)"; fi
}

# one kill point: "at SECONDS" or "on PATH-THAT-APPEARS"
kill_point() {
  # no set -e in here: a grep that finds nothing (no _temporary, no progress line) is a finding
  set +e
  local label="$1" mode="$2" arg="$3"
  local log="$LOGS/kill-$label.log" pid waited=0 t0 killed_at
  rm -rf "$W" && cp -a "$PRISTINE" "$W" && rm -f "$W/.done"
  t0=$(date +%s.%N)
  nice -n 10 "$NF" ingest --warehouse "$W" -i "$OUTDIR/B" --manifest "$MANIFEST" > "$log" 2>&1 &
  pid=$!
  if [[ "$mode" == at ]]; then
    sleep "$arg"
  else
    # a glob: the staged copies carry a random suffix
    while ! compgen -G "$W/$arg" > /dev/null && kill -0 "$pid" 2>/dev/null; do sleep 0.01; done
  fi
  killed_at=$(awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
  kill -9 "$pid" 2>/dev/null || true
  local st=0 alive=yes
  wait "$pid" 2>/dev/null || st=$?
  [[ "$st" == 137 ]] || alive="no (finished first, exit $st)"
  local temps lock state fp sqln="-" rerun="-" after="-" verdict
  temps="$(cd "$W" && find . -maxdepth 3 -name _temporary -o -maxdepth 3 -name '_staging' | sed 's#^\./##' | tr '\n' ' ')"
  lock=no; [[ -e "$W/_lock" ]] && lock=yes
  fp="$(articles_fp "$W")"
  state="$(classify "$fp")"
  local progress
  progress="$(grep -oE 'Progress: ingest: [0-9]+/[0-9]+ files' "$log" | tail -1 | sed 's/Progress: ingest: //')"
  [[ "$SQL" == 1 ]] && sqln="$(sql_count "$W" "$label")"
  # the re-run
  local rc
  rc=$(ingest "$W" "$OUTDIR/B" "$LOGS/rerun-$label.log")
  rerun="$rc"
  if [[ "$rc" == 4 && "$REMOVE_LOCK" == 1 ]]; then
    rm -f "$W/_lock"
    rc=$(ingest "$W" "$OUTDIR/B" "$LOGS/rerun2-$label.log")
    rerun="4, then $rc after removing _lock"
  fi
  if [[ "$rc" == 0 ]]; then
    local afp other
    afp="$(articles_fp "$W")"
    other="$(fingerprint "$W" rejects duplicates | sed 's/ checksum=.*//' | tr '\n' ' ')"
    if [[ "$(rows_of "$afp")/$(sum_of "$afp")" == "$(rows_of "$NEW")/$(sum_of "$NEW")" && "$other" == "$NEW_OTHER" ]]; then
      after="equal"
    else
      after="DIFFERENT ($(rows_of "$afp") rows; $other)"
    fi
  fi
  printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' \
    "$label" "$killed_at" "${progress:--}" "$alive" "${temps:-none}" "$state ($(rows_of "$fp"))" \
    "$sqln" "$lock" "$rerun" "$after" | tee -a "$OUTDIR/kill-table.md"
  set -e
}

: > "$OUTDIR/kill-table.md"
echo
echo "| point | killed at s | files parsed | alive | _temporary dirs | articles after kill | sql count | _lock left | re-run exit | after re-run vs undisturbed |" | tee -a "$OUTDIR/kill-table.md"
echo "|---|---|---|---|---|---|---|---|---|---|" | tee -a "$OUTDIR/kill-table.md"
for k in $(seq 1 "$KILLS"); do
  at=$(awk -v d="$DURATION" -v k="$k" -v n="$KILLS" 'BEGIN { printf "%.1f", d * k / (n + 1) }')
  kill_point "t$k" at "$at"
done
if [[ "$TARGETED" == 1 ]]; then
  for t in articles rejects duplicates; do
    kill_point "on-staged-$t" on "_staging/$t-*"
  done
  kill_point "on-articles-moved-aside" on "_staging/articles-*.previous"
fi
echo
echo "old: $(rows_of "$OLD") articles; undisturbed overwrite: $(rows_of "$NEW") articles in ${DURATION}s; table: $OUTDIR/kill-table.md"
