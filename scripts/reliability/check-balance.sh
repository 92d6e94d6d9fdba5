#!/usr/bin/env bash
# Runs `newsframes ingest` on every case of a bad-input set (make-bad-inputs.sh) under a wall-clock
# bound and checks the accounting: articles + rejects + skipped records = the case's input records,
# exit codes from the README's table only, no hang, and the warehouse untouched when a case says so.
#
#   scripts/reliability/check-balance.sh [-t SECONDS] [-o OUT] [-r] DIR [CASE-PATTERN...]
#
#   -t SECONDS  wall-clock bound per run (default 300); past it the run is stopped (TERM, then KILL
#               10 s later) and counted as a hang
#   -o OUT      where warehouses, logs and the table go (default $SCRATCH/balance)
#   -r          report only: print the table from the results already under OUT
#
# Every case runs against a copy of a seed warehouse (DIR/_seed, 20 dated articles, ingested once),
# so a run that fails or must not write can be checked for what it left behind. Facts per case go to
# OUT/cases/<case>/ (log, rc, seconds, run manifest, table fingerprint, lock); the table goes to
# stdout and OUT/balance.md. Counts come from the run manifest (the summary's figures) and, for the
# tables, from TableFingerprint (row counts as Spark lists the files, no Spark started).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

BOUND=300
OUTDIR="$SCRATCH/balance"
REPORT_ONLY=0
while getopts "t:o:r" opt; do
  case "$opt" in
    t) BOUND="$OPTARG" ;;
    o) OUTDIR="$OPTARG" ;;
    r) REPORT_ONLY=1 ;;
    *) sed -n '2,20p' "$0"; exit 2 ;;
  esac
done
shift $((OPTIND - 1))
SET="$(cd "${1:?usage: check-balance.sh [-t SECONDS] [-o OUT] [-r] DIR [CASE-PATTERN...]}" && pwd)"
shift
PATTERNS=("$@")
mkdir -p "$OUTDIR/cases"

selected() {
  local name="$1" p
  [[ ${#PATTERNS[@]} -eq 0 ]] && return 0
  for p in "${PATTERNS[@]}"; do [[ "$name" == *$p* ]] && return 0; done
  return 1
}

# One bounded ingest; facts into $2. Usage: run_ingest WAREHOUSE FACTS-DIR ARGS...
run_ingest() {
  local wh="$1" facts="$2"
  shift 2
  local start end rc
  start=$(date +%s.%N)
  set +e
  timeout -k 10 "$BOUND" nice -n 10 "$NF" ingest --warehouse "$wh" "$@" > "$facts/log" 2>&1
  rc=$?
  set -e
  end=$(date +%s.%N)
  echo "$rc" > "$facts/rc"
  awk -v a="$start" -v b="$end" 'BEGIN { printf "%.1f\n", b - a }' > "$facts/seconds"
  printf '%s\n' "$*" > "$facts/args"
}

if [[ "$REPORT_ONLY" == 0 ]]; then
  SEED_WH="$OUTDIR/seed-warehouse"
  if [[ ! -f "$SEED_WH/.done" ]]; then
    echo "building the seed warehouse from $SET/_seed ..." >&2
    rm -rf "$SEED_WH" "$OUTDIR/cases/_seed" && mkdir -p "$OUTDIR/cases/_seed"
    run_ingest "$SEED_WH" "$OUTDIR/cases/_seed" -i "$SET/_seed/input"
    [[ "$(cat "$OUTDIR/cases/_seed/rc")" == 0 ]] || { cat "$OUTDIR/cases/_seed/log" >&2; exit 1; }
    fingerprint "$SEED_WH" > "$OUTDIR/seed.fingerprint"
    touch "$SEED_WH/.done"
  fi
  for dir in "$SET"/*/; do
    name="$(basename "$dir")"
    [[ "$name" == _* ]] && continue
    selected "$name" || continue
    facts="$OUTDIR/cases/$name"
    wh="$OUTDIR/warehouses/$name"
    rm -rf "$facts" "$wh" && mkdir -p "$facts" "$(dirname "$wh")"
    cp -a "$SEED_WH" "$wh"
    extra=()
    if [[ -f "$dir/args" ]]; then
      read -r -a extra < <(sed "s#{case}#${dir%/}#g" "$dir/args")
    fi
    echo "$(date +%H:%M:%S) $name ..." >&2
    run_ingest "$wh" "$facts" -i "$dir/input" "${extra[@]}"
    fingerprint "$wh" > "$facts/fingerprint"
    harness dev.newsframes.io.TableFingerprint --rejects "$wh" > "$facts/rejects.txt" 2>/dev/null || true
    [[ -e "$wh/_lock" ]] && cat "$wh/_lock" > "$facts/lock" || rm -f "$facts/lock"
    # the run manifest this run wrote (the seed's is in the copy too)
    for m in "$wh"/_runs/*.json; do
      [[ -e "$m" && ! -e "$SEED_WH/_runs/$(basename "$m")" ]] && cp "$m" "$facts/run.json"
    done
    echo "$(date +%H:%M:%S) $name: exit $(cat "$facts/rc") in $(cat "$facts/seconds")s" >&2
  done
fi

python3 - "$SET" "$OUTDIR" "$BOUND" <<'EOF' | tee "$OUTDIR/balance.md"
import json, os, re, sys

cases_set, out, bound = sys.argv[1], sys.argv[2], float(sys.argv[3])
DOCUMENTED = {0, 1, 2, 3, 4}

def fingerprint(path):
    tables = {}
    if os.path.exists(path):
        for line in open(path):
            kv = dict(p.split('=', 1) for p in line.split() if '=' in p)
            if 'table' in kv:
                tables[kv['table']] = kv
    return tables

def expectation(readme):
    text = open(readme).read().strip()
    spec = text[len('expect:'):].split(' | ', 1)[0] if text.startswith('expect:') else ''
    return {k: v.split('|') for k, v in (p.split('=', 1) for p in spec.split() if '=' in p)}, text

seed = fingerprint(os.path.join(out, 'seed.fingerprint')).get('articles', {})
rows, notes = [], []
for name in sorted(os.listdir(os.path.join(out, 'cases'))):
    facts = os.path.join(out, 'cases', name)
    readme = os.path.join(cases_set, name, 'README')
    if name.startswith('_') or not os.path.exists(os.path.join(facts, 'rc')) or not os.path.exists(readme):
        continue
    exp, readme_text = expectation(readme)
    rc = int(open(os.path.join(facts, 'rc')).read())
    secs = float(open(os.path.join(facts, 'seconds')).read())
    log = open(os.path.join(facts, 'log'), errors='replace').read()
    hang = rc == 124 or rc == 137 and secs >= bound
    run = json.load(open(os.path.join(facts, 'run.json'))) if os.path.exists(os.path.join(facts, 'run.json')) else None
    stage = (run or {}).get('stages', [{}])[0] if (run or {}).get('stages') else None
    fp = fingerprint(os.path.join(facts, 'fingerprint'))
    art_t = fp.get('articles', {})
    got = {}
    if stage:
        got = {'articles': stage['articles'] + stage['teasers'], 'duplicates': stage['duplicates'],
               'rejects': stage['rejects'], 'skipped': stage['skipped_records']}
    summary = next((l for l in log.splitlines() if re.search(r'ingest: \d+ input files ->', l)), '')
    m = re.search(r'ingest: (\d+) input files', summary)
    files = int(m.group(1)) if m else (stage or {}).get('files')
    seed_kept = art_t.get('rows') == seed.get('rows') and art_t.get('checksum') == seed.get('checksum')
    # balanced: the run's own accounting adds up to the case's input records
    if 'keep' in exp:
        balanced = 'yes' if rc == 2 and seed_kept else 'no'
    elif stage and rc in (0, 3):
        total = got['articles'] + got['rejects'] + got['skipped']
        balanced = 'yes' if str(total) in exp.get('records', []) else 'no (%d)' % total
    else:
        balanced = 'no (crash)' if not hang else 'no (hang)'
    # every expected figure, and the exit code
    misses = []
    if str(rc) not in exp.get('exit', [str(rc)]):
        misses.append('exit %d, expected %s' % (rc, ' or '.join(exp['exit'])))
    for k in ('articles', 'duplicates', 'rejects', 'skipped'):
        if k in exp and stage and str(got[k]) not in exp[k]:
            misses.append('%s %d, expected %s' % (k, got[k], ' or '.join(exp[k])))
    if stage and rc in (0, 3):
        if art_t.get('state') == 'ok' and int(art_t['rows']) != got['articles']:
            misses.append('articles table %s rows, summary %d' % (art_t['rows'], got['articles']))
        rej_t = fp.get('rejects', {})
        if rej_t.get('rows') is not None and int(rej_t['rows']) != got['rejects']:
            misses.append('rejects table %s rows, summary %d' % (rej_t['rows'], got['rejects']))
    if balanced.startswith('no (') and balanced[4:-1].isdigit():
        misses.append('unbalanced: %s accounted for, %s input records' % (balanced[4:-1], ' or '.join(exp.get('records', ['?']))))
    if rc not in DOCUMENTED and not hang:
        misses.append('exit %d is not a documented code' % rc)
    if rc not in (0, 3) or 'keep' in exp:
        misses.append('seed warehouse ' + ('kept' if seed_kept else 'LOST: articles %s rows -> %s (%s)' % (seed.get('rows'), art_t.get('rows', 0), art_t.get('state'))))
    if os.path.exists(os.path.join(facts, 'lock')):
        misses.append('_lock left behind')
    if art_t.get('temporary') == 'yes':
        misses.append('articles/_temporary left behind')
    err = next((l.strip() for l in log.splitlines() if 'failed:' in l or 'newsframes ingest:' in l
                or 'OutOfMemoryError' in l or 'caused by' in l), '')
    rows.append((name, rc, secs, 'yes' if hang else 'no', files if files is not None else '-',
                 got.get('articles', '-'), got.get('duplicates', '-'), got.get('rejects', '-'),
                 got.get('skipped', '-'), ' or '.join(exp.get('records', ['?'])), balanced,
                 'yes' if balanced == 'yes' and all(m == 'seed warehouse kept' for m in misses) else 'no'))
    reasons = (stage or {}).get('rejects_by_reason', {})
    rejects_file = os.path.join(facts, 'rejects.txt')
    listed = open(rejects_file, errors='replace').read().splitlines() if os.path.exists(rejects_file) and rc in (0, 3) else []
    notes.append((name, misses, err, reasons, listed))

hdr = ('case', 'exit', 'secs', 'hang', 'files', 'articles', 'dups', 'rejects', 'skipped',
       'expected records', 'balanced', 'as expected')
print('| ' + ' | '.join(hdr) + ' |')
print('|' + '|'.join('---' for _ in hdr) + '|')
for r in rows:
    print('| ' + ' | '.join(str(x) if not isinstance(x, float) else '%.0f' % x for x in r) + ' |')
print()
print('Bound %.0f s per run; articles include teasers and duplicate copies; figures from the run manifest;' % bound)
print('balanced: articles + rejects + skipped = expected records (keep=seed cases: exit 2 and the seed warehouse unchanged).')
print()
for name, misses, err, reasons, listed in notes:
    line = '- **%s**: ' % name + ('; '.join(misses) if misses else 'as expected')
    if reasons:
        line += '; rejects by reason ' + ', '.join('%s=%s' % kv for kv in sorted(reasons.items()))
    if err:
        line += '; stderr: `%s`' % err[:220].replace('`', "'")
    print(line)
    for r in listed[:4]:
        print('  - reject `%s`' % r[:200].replace('`', "'"))
    if len(listed) > 4:
        print('  - ... %d more' % (len(listed) - 4))
EOF
