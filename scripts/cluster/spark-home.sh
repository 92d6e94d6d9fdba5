#!/usr/bin/env bash
# Makes a SPARK_HOME folder from the Maven-resolved Spark jars (no Spark download needed):
#   scripts/cluster/spark-home.sh [DIR]      (default DIR: target/spark-home; prints DIR)
# It holds a RELEASE file and jars/ symlinks, which is what spark-submit's launcher and a
# standalone Worker need to find Spark's jars. Builds the project first if the classpath files
# (target/classpath-provided.txt, target/classpath-spark-supplied.txt) are missing.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
DIR="${1:-$ROOT/target/spark-home}"

if [[ ! -f "$ROOT/target/classpath-provided.txt" || ! -f "$ROOT/target/classpath-spark-supplied.txt" ]]; then
  echo "spark-home: building to resolve the Spark jars..." >&2
  (cd "$ROOT" && mvn -B -q -DskipTests -DskipJobJar package) >&2
fi

mkdir -p "$DIR/jars" "$DIR/conf"
SPARK_VERSION="$(grep -m1 '<spark.version>' "$ROOT/pom.xml" | sed 's/.*<spark.version>\(.*\)<\/spark.version>.*/\1/')"
echo "Spark $SPARK_VERSION (Maven-resolved jars linked by newsframes scripts/cluster/spark-home.sh)" > "$DIR/RELEASE"
for list in classpath-provided.txt classpath-spark-supplied.txt; do
  for jar in $(tr ':' '\n' < "$ROOT/target/$list"); do
    ln -sfn "$jar" "$DIR/jars/$(basename "$jar")"
  done
done
echo "$DIR"
