"""newsframes on a Spark cluster, once a day, over the day the DAG run stands for.

An example, not a tested deployment: copy it to the DAGs folder and adapt NEWSFRAMES_HOME, the
master URL and the paths. The worker running the task needs a newsframes checkout with the job jar
built (`mvn package`), Java 17 and a Spark client (SPARK_HOME); scripts/submit.sh calls
spark-submit with the job jar, jobs/cluster.conf and the CoreNLP model jars.

Exit codes of scripts/submit.sh: 0 ok, 1 failure, 2 usage, 3 reject rate above
--max-reject-rate, 4 another run holds the warehouse lock (nothing was run). Any non-zero code
fails the task. A code-3 run has written its tables and a
retry would only repeat it, but BashOperator retries every failure alike: keep retries low and
alert on failure. Re-running a day (clear the task) replaces that day's partitions only, so
backfills are safe.
"""

from datetime import datetime, timedelta

from airflow import DAG
from airflow.operators.bash import BashOperator

NEWSFRAMES_HOME = "/opt/newsframes"
SPARK_MASTER = "spark://spark-master:7077"
INPUT = "/data/news/incoming"
WAREHOUSE = "hdfs:///warehouse/newsframes"

with DAG(
    dag_id="newsframes_daily",
    description="ingest, annotate, trends and report for one day of news",
    schedule="30 2 * * *",  # 02:30 UTC, after the day's crawl has landed
    start_date=datetime(2026, 6, 1),
    catchup=False,
    # runs on one warehouse must not overlap (the warehouse lock would refuse the second)
    max_active_runs=1,
    default_args={
        "retries": 1,
        "retry_delay": timedelta(minutes=15),
        "execution_timeout": timedelta(hours=6),
    },
    tags=["newsframes", "spark"],
) as dag:
    # {{ ds }} is the run's logical date (the day being processed), as YYYY-MM-DD
    run = BashOperator(
        task_id="newsframes_run",
        cwd=NEWSFRAMES_HOME,
        bash_command=(
            "scripts/submit.sh"
            f" --master {SPARK_MASTER}"
            " --conf spark.executor.instances=4"
            " run"
            f" --input {INPUT}"
            f" --warehouse {WAREHOUSE}"
            " --since {{ ds }} --until {{ ds }}"
        ),
        env={
            "SPARK_HOME": "/opt/spark",
            # model jars installed at this path on every node: nothing to copy per executor
            "NEWSFRAMES_MODELS": "local:/opt/corenlp-models",
        },
        append_env=True,
    )

    # The same with the Spark provider's operator instead of the script (no jobs/*.conf, models
    # listed by hand):
    #
    # from airflow.providers.apache.spark.operators.spark_submit import SparkSubmitOperator
    # run = SparkSubmitOperator(
    #     task_id="newsframes_run",
    #     conn_id="spark_default",
    #     application=f"{NEWSFRAMES_HOME}/target/newsframes-0.1.0-SNAPSHOT-job.jar",
    #     java_class="dev.newsframes.cli.Main",
    #     jars="local:/opt/corenlp-models/stanford-corenlp-4.5.10-models.jar,"
    #          "local:/opt/corenlp-models/stanford-corenlp-4.5.10-models-english.jar",
    #     conf={"spark.executor.memory": "6g", "spark.executor.cores": "4"},
    #     application_args=["run", "--input", INPUT, "--warehouse", WAREHOUSE,
    #                       "--since", "{{ ds }}", "--until", "{{ ds }}"],
    # )
