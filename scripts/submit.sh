#!/usr/bin/env bash
# Runs a newsframes command on a Spark cluster through spark-submit with the job jar:
#   scripts/submit.sh [SPARK-SUBMIT OPTIONS] COMMAND [NEWSFRAMES OPTIONS]
#   scripts/submit.sh --master spark://host:7077 run --input DIR --warehouse DIR
# Options before the command go to spark-submit, the command and what follows to newsframes.
#
# Spark: $SPARK_HOME/bin/spark-submit when it exists; otherwise spark-submit's launcher is run from
# $SPARK_HOME/jars (or, without SPARK_HOME, from the Maven-resolved Spark jars, see
# scripts/cluster/spark-home.sh).
#
# Environment:
#   NEWSFRAMES_JOB_JAR   the job jar (default: target/newsframes-*-job.jar, built when missing or stale)
#   NEWSFRAMES_JOB_CONF  Spark properties file turned into --conf options ahead of yours
#                        (default: jobs/cluster.conf; "none" for none)
#   NEWSFRAMES_MODELS    CoreNLP model jars shipped with --jars: comma-separated jars or directories
#                        of jars (listed on this machine); prefix an entry with local: when it is at
#                        that path on every node (no copying). Default: the two model jars in the
#                        local Maven repository.
#                        "none" ships nothing. Not shipped for ingest, trends, report and sql.
#   NEWSFRAMES_DRY_RUN=1 print the spark-submit arguments instead of running them
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

usage() {
  sed -n '2,6p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
}
die() {
  echo "submit.sh: $*" >&2
  exit 2
}

# Split spark-submit options from the newsframes command: every spark-submit option takes a value
# except these flags.
SUBMIT_OPTS=()
USER_JARS=()
while (($#)); do
  case "$1" in
    -h | --help) usage; exit 0 ;;
    --verbose | -v | --supervise | --load-spark-defaults) SUBMIT_OPTS+=("$1"); shift ;;
    --jars=*) USER_JARS+=("${1#--jars=}"); shift ;;
    --jars) (($# >= 2)) || die "--jars needs a value"; USER_JARS+=("$2"); shift 2 ;;
    --class | --class=*) die "--class is dev.newsframes.cli.Main; give a newsframes command instead" ;;
    --*=*) SUBMIT_OPTS+=("$1"); shift ;;
    -*) (($# >= 2)) || die "spark-submit option $1 needs a value"; SUBMIT_OPTS+=("$1" "$2"); shift 2 ;;
    *) break ;;
  esac
done
(($#)) || { usage >&2; die "missing the newsframes command (run, ingest, ...)"; }
COMMAND="$1"

job_jar() {
  if [[ -n "${NEWSFRAMES_JOB_JAR:-}" ]]; then
    [[ -f "$NEWSFRAMES_JOB_JAR" ]] || die "NEWSFRAMES_JOB_JAR=$NEWSFRAMES_JOB_JAR does not exist"
    echo "$NEWSFRAMES_JOB_JAR"
    return
  fi
  local jar
  jar="$(ls -t "$ROOT"/target/newsframes-*-job.jar 2>/dev/null | head -1 || true)"
  if [[ -z "$jar" || -n "$(find "$ROOT/pom.xml" "$ROOT/src/main" -newer "$jar" -print -quit)" ]]; then
    echo "submit.sh: building the job jar..." >&2
    (cd "$ROOT" && mvn -B -q -DskipTests package) >&2
    jar="$(ls -t "$ROOT"/target/newsframes-*-job.jar | head -1)"
  fi
  echo "$jar"
}

# "key value" or "key=value" lines of a Spark properties file, as --conf options
job_conf() {
  local file="${NEWSFRAMES_JOB_CONF:-$ROOT/jobs/cluster.conf}"
  [[ "$file" == none ]] && return
  [[ -f "$file" ]] || die "NEWSFRAMES_JOB_CONF=$file does not exist"
  local line key value
  while IFS= read -r line || [[ -n "$line" ]]; do
    line="${line#"${line%%[![:space:]]*}"}"
    [[ -z "$line" || "$line" == \#* ]] && continue
    key="${line%%[[:space:]=]*}"
    value="${line:${#key}}"
    value="${value#"${value%%[![:space:]=]*}"}"
    value="${value%"${value##*[![:space:]]}"}"
    printf '%s\0' --conf "$key=$value"
  done < "$file"
}

# CoreNLP model jars, comma-separated, for --jars
model_jars() {
  case "$COMMAND" in ingest | trends | report | sql) return ;; esac
  local spec="${NEWSFRAMES_MODELS:-}"
  [[ "$spec" == none ]] && return
  if [[ -z "$spec" ]]; then
    local v repo
    v="$(grep -m1 '<corenlp.version>' "$ROOT/pom.xml" | sed 's/.*<corenlp.version>\(.*\)<\/corenlp.version>.*/\1/')"
    repo="${MAVEN_REPOSITORY:-$HOME/.m2/repository}/edu/stanford/nlp/stanford-corenlp/$v"
    spec="$repo/stanford-corenlp-$v-models.jar,$repo/stanford-corenlp-$v-models-english.jar"
  fi
  local out=() entry prefix path
  IFS=',' read -r -a entries <<< "$spec"
  for entry in "${entries[@]}"; do
    prefix=""
    path="$entry"
    [[ "$entry" == local:* ]] && { prefix="local:"; path="${entry#local:}"; }
    if [[ -d "$path" ]]; then
      for jar in "$path"/*.jar; do [[ -f "$jar" ]] && out+=("$prefix$jar"); done
    elif [[ -f "$path" || -n "$prefix" ]]; then
      out+=("$prefix$path")
    else
      die "CoreNLP models not found at $path: set NEWSFRAMES_MODELS (see scripts/submit.sh)"
    fi
  done
  (IFS=','; echo "${out[*]}")
}

# A master on this machine: the driver binds to loopback too, not to the host's network address.
MASTER_URL=""
for ((i = 0; i < ${#SUBMIT_OPTS[@]}; i++)); do
  case "${SUBMIT_OPTS[$i]}" in
    --master) MASTER_URL="${SUBMIT_OPTS[$((i + 1))]:-}" ;;
    --master=*) MASTER_URL="${SUBMIT_OPTS[$i]#--master=}" ;;
  esac
done
if [[ -z "${SPARK_LOCAL_IP:-}" && "$MASTER_URL" =~ ^(local|spark://(127\.0\.0\.1|localhost)(:|$)) ]]; then
  export SPARK_LOCAL_IP=127.0.0.1
fi

JAR="$(job_jar)"
CONF=()
while IFS= read -r -d '' arg; do CONF+=("$arg"); done < <(job_conf)
JARS="$(model_jars)"
for j in "${USER_JARS[@]+"${USER_JARS[@]}"}"; do JARS="${JARS:+$JARS,}$j"; done

ARGS=(--class dev.newsframes.cli.Main "${CONF[@]+"${CONF[@]}"}")
# The driver logs like scripts/newsframes (Spark at WARN, our summaries at INFO) unless the Spark
# installation or SPARK_SUBMIT_OPTS configure logging. SPARK_SUBMIT_OPTS adds to the driver JVM's
# options without replacing spark.driver.extraJavaOptions, which would win anyway.
if [[ "${SPARK_SUBMIT_OPTS:-}" != *log4j2.configurationFile* &&
  ! -f "${SPARK_CONF_DIR:-${SPARK_HOME:-/nonexistent}/conf}/log4j2.properties" ]]; then
  export SPARK_SUBMIT_OPTS="${SPARK_SUBMIT_OPTS:+$SPARK_SUBMIT_OPTS }-Dlog4j2.configurationFile=file:$ROOT/src/main/resources/newsframes-log4j2.properties"
fi
ARGS+=("${SUBMIT_OPTS[@]+"${SUBMIT_OPTS[@]}"}")
[[ -n "$JARS" ]] && ARGS+=(--jars "$JARS")
ARGS+=("$JAR" "$@")

if [[ "${NEWSFRAMES_DRY_RUN:-}" == 1 ]]; then
  [[ -n "${SPARK_LOCAL_IP:-}" ]] && printf 'SPARK_LOCAL_IP=%q ' "$SPARK_LOCAL_IP"
  [[ -n "${SPARK_SUBMIT_OPTS:-}" ]] && printf 'SPARK_SUBMIT_OPTS=%q ' "$SPARK_SUBMIT_OPTS"
  printf '%q ' spark-submit "${ARGS[@]}"
  echo
  exit 0
fi
if [[ -n "${SPARK_HOME:-}" && -x "$SPARK_HOME/bin/spark-submit" ]]; then
  exec "$SPARK_HOME/bin/spark-submit" "${ARGS[@]}"
fi
# No Spark distribution: its launcher from the Maven-resolved jars, as bin/spark-submit would.
exec "$ROOT/scripts/cluster/spark-class.sh" org.apache.spark.deploy.SparkSubmit "${ARGS[@]}"
