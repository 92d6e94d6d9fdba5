#!/usr/bin/env bash
# Runs a Spark main class the way a distribution's bin/spark-class does (through Spark's launcher,
# which adds the JVM options, memory and classpath), from $SPARK_HOME/jars:
#   scripts/cluster/spark-class.sh org.apache.spark.deploy.SparkSubmit ARGS...
# Without SPARK_HOME (or one without jars/), uses target/spark-home made by spark-home.sh.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
if [[ -z "${SPARK_HOME:-}" || ! -d "$SPARK_HOME/jars" ]]; then
  SPARK_HOME="$("$ROOT/scripts/cluster/spark-home.sh")"
fi
export SPARK_HOME
# what a distribution's load-spark-env.sh sets; the launcher (and a Worker building its executors'
# command) needs it to find jars/
export SPARK_SCALA_VERSION="${SPARK_SCALA_VERSION:-$(grep -m1 '<scala.binary.version>' "$ROOT/pom.xml" | sed 's/.*>\(.*\)<.*/\1/')}"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"

# The launcher prints messages, an empty line, then the command as NUL-separated arguments (as
# bin/spark-class reads it); we append its exit code.
CMD=()
DELIM=$'\n'
STARTED=false
while IFS= read -r -d "$DELIM" arg; do
  if $STARTED; then
    CMD+=("$arg")
  elif [[ -z "$arg" ]]; then
    STARTED=true
    DELIM=''
  else
    echo "$arg" >&2
  fi
done < <(
  "$JAVA" -Xmx128m -cp "$SPARK_HOME/jars/*" org.apache.spark.launcher.Main "$@"
  printf '%d\0' $?
)
LAST=$((${#CMD[@]} - 1))
((LAST >= 0)) || { echo "spark-class.sh: Spark's launcher printed no command" >&2; exit 1; }
LAUNCHER_EXIT="${CMD[$LAST]}"
CMD=("${CMD[@]:0:$LAST}")
[[ "$LAUNCHER_EXIT" == 0 ]] || exit "$LAUNCHER_EXIT"
exec "${CMD[@]}"
