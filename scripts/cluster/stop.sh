#!/usr/bin/env bash
# Stops the cluster scripts/cluster/start.sh started: Workers first (each kills its executors),
# then the Master; whatever still runs after 10 seconds is killed.
#   scripts/cluster/stop.sh [--dir DIR]      (default DIR: target/cluster)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
DIR="$ROOT/target/cluster"
[[ "${1:-}" == --dir ]] && DIR="$2"

pids=()
for f in "$DIR"/worker-*.pid "$DIR"/master.pid; do
  [[ -f "$f" ]] || continue
  pid="$(cat "$f")"
  if kill -0 "$pid" 2> /dev/null; then
    kill "$pid" 2> /dev/null || true
    pids+=("$pid")
  fi
  rm -f "$f"
done
for _ in $(seq 1 20); do
  alive=()
  for pid in "${pids[@]+"${pids[@]}"}"; do kill -0 "$pid" 2> /dev/null && alive+=("$pid"); done
  ((${#alive[@]} == 0)) && exit 0
  sleep 0.5
done
for pid in "${alive[@]}"; do kill -9 "$pid" 2> /dev/null || true; done
