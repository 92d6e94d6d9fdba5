#!/usr/bin/env bash
# Starts a Spark standalone cluster on 127.0.0.1 from the Maven-resolved Spark jars: a Master and
# Workers, each its own JVM, and waits until every Worker has registered. Prints the master URL.
#   scripts/cluster/start.sh [--workers N] [--cores C] [--memory M] [--port P] [--webui-port W] [--dir DIR]
# Defaults: 2 workers x 1 core x the executor memory of jobs/local.conf, port 7077, Master web UI
# 8080, DIR target/cluster.
# Logs, pid files and executor work dirs are under DIR; scripts/cluster/stop.sh [--dir DIR] stops it.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
MEMORY="$(awk '$1 == "spark.executor.memory" { print $2 }' "$ROOT/jobs/local.conf")"
WORKERS=2 CORES=1 PORT=7077 WEBUI=8080 DIR="$ROOT/target/cluster"
while (($#)); do
  case "$1" in
    --workers) WORKERS="$2"; shift 2 ;;
    --cores) CORES="$2"; shift 2 ;;
    --memory) MEMORY="$2"; shift 2 ;;
    --port) PORT="$2"; shift 2 ;;
    --webui-port) WEBUI="$2"; shift 2 ;;
    --dir) DIR="$2"; shift 2 ;;
    -h | --help) sed -n '2,8p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "start.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
mkdir -p "$DIR"
DIR="$(cd "$DIR" && pwd)"
if compgen -G "$DIR/*.pid" > /dev/null; then
  echo "start.sh: $DIR has pid files of a running cluster; run scripts/cluster/stop.sh --dir $DIR first" >&2
  exit 2
fi

export SPARK_HOME="$("$ROOT/scripts/cluster/spark-home.sh" "$DIR/spark-home")"
export SPARK_LOCAL_IP=127.0.0.1
export SPARK_DAEMON_MEMORY="${SPARK_DAEMON_MEMORY:-256m}"
MASTER="spark://127.0.0.1:$PORT"

daemon() { # NAME CLASS ARGS...
  local name="$1"
  shift
  SPARK_LOCAL_DIRS="$DIR/local-$name" nohup "$ROOT/scripts/cluster/spark-class.sh" "$@" \
    > "$DIR/$name.log" 2>&1 < /dev/null &
  echo $! > "$DIR/$name.pid"
}

daemon master org.apache.spark.deploy.master.Master --host 127.0.0.1 --port "$PORT" --webui-port "$WEBUI"
for i in $(seq 1 "$WORKERS"); do
  mkdir -p "$DIR/worker-$i"
  daemon "worker-$i" org.apache.spark.deploy.worker.Worker --host 127.0.0.1 --port 0 --webui-port 0 \
    --cores "$CORES" --memory "$MEMORY" --work-dir "$DIR/worker-$i" "$MASTER"
done

for _ in $(seq 1 120); do
  alive="$(curl -s "http://127.0.0.1:$WEBUI/json/" | sed -n 's/.*"aliveworkers" *: *\([0-9]*\).*/\1/p' || true)"
  if [[ "${alive:-0}" -ge "$WORKERS" ]]; then
    echo "$MASTER"
    exit 0
  fi
  sleep 0.5
done
echo "start.sh: $WORKERS workers did not register within 60s; logs in $DIR; stopping" >&2
"$ROOT/scripts/cluster/stop.sh" --dir "$DIR"
exit 1
