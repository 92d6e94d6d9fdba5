#!/usr/bin/env bash
# Races two processes for the warehouse lock N times (default 10000) and counts the rounds that
# did not have exactly one winner; then checks whether a lock left by a dead holder (a JVM that
# halted while holding it, as kill -9 leaves it) is ever recovered.
#
#   scripts/reliability/lock-race.sh [N]
#
# Calls WarehouseLock.acquire directly from two long-lived worker JVMs synchronised on a shared
# start instant (src/test/java/dev/newsframes/runtime/WarehouseLockRace.java), so no Spark start-up
# spreads the contenders apart. Exit code: 0 when every round had one winner and the dead holder's
# lock was recovered, 1 otherwise.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

ROUNDS="${1:-10000}"
DIR="$SCRATCH/lock-race"
rm -rf "$DIR" && mkdir -p "$DIR"
status=0

echo "== $ROUNDS synchronised rounds, two processes, WarehouseLock.acquire on a fresh warehouse each"
out="$(harness dev.newsframes.runtime.WarehouseLockRace race "$ROUNDS" "$DIR/race" 2>/dev/null)"
echo "$out" | grep -v '^round ' || true
{ echo "$out" | grep '^round ' || true; } | head -5 | sed 's/^/  e.g. /'
echo "$out" | grep -q ' 0 with 2 winners, 0 with 0 winners, 0 with errors' || status=1

echo "== a holder that dies (halts) while holding the lock"
dead="$(harness dev.newsframes.runtime.WarehouseLockRace dead-holder "$DIR/dead" 2>/dev/null)"
echo "$dead"
echo "$dead" | grep -q 'stale lock recovered' || status=1

rm -rf "$DIR"
exit "$status"
