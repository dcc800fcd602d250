"""Airflow DAG: the framing pipeline every night over the day just ended ({{ ds }}).

Needs apache-airflow-providers-apache-spark and a Spark connection `spark_default` whose host is
the cluster's master (yarn, spark://HOST:7077 or k8s://...). One run at a time per output
(max_active_runs=1); a rerun or a backfill of a day replaces that day only, so clearing a task
is safe. A run killed half-way leaves the previous output readable and the next one completes it.
"""
from datetime import datetime, timedelta

from airflow import DAG
from airflow.providers.apache.spark.operators.spark_submit import SparkSubmitOperator

APP_JAR = "/opt/framing/framing-jobs-0.1.0-SNAPSHOT-app.jar"

with DAG(
    dag_id="framing_nightly",
    description="framing: ingest and extract the day just ended",
    schedule="30 2 * * *",
    start_date=datetime(2020, 9, 27),
    catchup=False,
    max_active_runs=1,
    default_args={"retries": 2, "retry_delay": timedelta(minutes=10)},
    tags=["framing"],
) as dag:
    SparkSubmitOperator(
        task_id="framing_run",
        conn_id="spark_default",
        application=APP_JAR,
        java_class="io.framing.jobs.FramingMain",
        application_args=[
            "run",
            "--config", "/opt/framing/nightly.properties",
            "--since", "{{ ds }}",
            "--until", "{{ ds }}",
        ],
        conf={
            "spark.sql.session.timeZone": "UTC",
            "spark.task.maxFailures": "4",
            "spark.dynamicAllocation.enabled": "false",
        },
        num_executors=10,
        executor_cores=4,
        executor_memory="8g",
        driver_memory="4g",
        name="framing-nightly-{{ ds }}",
    )
