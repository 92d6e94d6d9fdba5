# Shared settings of the reliability scripts; sourced, not run.
#
# NEWSFRAMES_ROOT  the checkout whose build is exercised (default: this checkout; it must have been
#                  built once, e.g. by running scripts/newsframes in it)
# RELIABILITY_SCRATCH  where warehouses, logs and compiled harness classes go
#                  (default ${TMPDIR:-/tmp}/newsframes-reliability; never inside a repository)
# NEWSFRAMES_JAVA_OPTS  heap of the product JVM; the scripts default to -Xmx3g, not the product's
#                  -Xmx8g, because the machine is shared (a bomb still exhausts 3g the same way)

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
WORKTREE="$(cd "$HERE/../.." && pwd)"
NEWSFRAMES_ROOT="${NEWSFRAMES_ROOT:-$WORKTREE}"
SCRATCH="${RELIABILITY_SCRATCH:-${TMPDIR:-/tmp}/newsframes-reliability}"
export NEWSFRAMES_JAVA_OPTS="${NEWSFRAMES_JAVA_OPTS:--Xmx3g}"
NF="$NEWSFRAMES_ROOT/scripts/newsframes"

# Runs a test-only harness class (src/test/java of this worktree) on the product's class path,
# compiling the harness sources with javac first when they changed: no Maven build needed.
harness() {
  local classes="$SCRATCH/harness-classes"
  local cp="$NEWSFRAMES_ROOT/target/classes:$(cat "$NEWSFRAMES_ROOT/target/classpath.txt"):$(cat "$NEWSFRAMES_ROOT/target/classpath-provided.txt")"
  local sources=(
    "$WORKTREE/src/test/java/dev/newsframes/io/TableFingerprint.java"
    "$WORKTREE/src/test/java/dev/newsframes/runtime/WarehouseLockRace.java"
  )
  if [[ ! -f "$classes/.stamp" || -n "$(find "${sources[@]}" -newer "$classes/.stamp" -print -quit)" ]]; then
    mkdir -p "$classes"
    javac -nowarn -d "$classes" -cp "$cp" "${sources[@]}" >&2
    touch "$classes/.stamp"
  fi
  nice -n 5 java -Xmx512m -cp "$classes:$cp" -Dlog4j2.level=error "$@"
}

# Row count and checksum of warehouse tables, as Spark would list them (no Spark started).
fingerprint() {
  harness dev.newsframes.io.TableFingerprint "$@" 2>/dev/null
}
