-- newsframes warehouse tables for Spark SQL.
-- Generated from dev.newsframes.io.Tables by TableDdl: do not edit; regenerate with
--   mvn -q -o test -Dtest=TableDdlTest -Dnewsframes.update-ddl=true
-- Usage: spark-sql --hiveconf warehouse=/path/to/warehouse -f spark.sql
--   or, in any Spark SQL session: SET warehouse=s3a://bucket/warehouse; then the statements.
-- Partitioned tables need MSCK REPAIR TABLE again after a run adds partitions.

CREATE DATABASE IF NOT EXISTS newsframes;

CREATE TABLE IF NOT EXISTS newsframes.articles (
  `article_id` STRING,
  `kind` STRING,
  `url` STRING,
  `source` STRING,
  `title` STRING,
  `summary` STRING,
  `editor_note` STRING,
  `body` STRING,
  `qa` ARRAY<STRUCT<question: STRING, answer: STRING>>,
  `authors` ARRAY<STRING>,
  `published_at` TIMESTAMP,
  `date_precision` STRING,
  `date_source` STRING,
  `updated_at` TIMESTAMP,
  `crawl_time` TIMESTAMP,
  `language` STRING,
  `word_count` INT,
  `content_hash` STRING,
  `duplicate_of` STRING,
  `parent_id` STRING,
  `input_file` STRING,
  `position` BIGINT,
  `parser` STRING,
  `published_date` DATE
) USING parquet
PARTITIONED BY (published_date)
LOCATION '${warehouse}/articles';
MSCK REPAIR TABLE newsframes.articles;

CREATE TABLE IF NOT EXISTS newsframes.rejects (
  `input_file` STRING,
  `position` BIGINT,
  `reason` STRING,
  `message` STRING,
  `sample` STRING,
  `ingest_batch` STRING
) USING parquet
PARTITIONED BY (ingest_batch)
LOCATION '${warehouse}/rejects';
MSCK REPAIR TABLE newsframes.rejects;

CREATE TABLE IF NOT EXISTS newsframes.duplicates (
  `article_id` STRING,
  `duplicate_of` STRING,
  `method` STRING,
  `similarity` DOUBLE,
  `ingest_batch` STRING
) USING parquet
PARTITIONED BY (ingest_batch)
LOCATION '${warehouse}/duplicates';
MSCK REPAIR TABLE newsframes.duplicates;

CREATE TABLE IF NOT EXISTS newsframes.sentences (
  `article_id` STRING,
  `sentence_index` INT,
  `begin` INT,
  `end` INT,
  `text` STRING,
  `tokens` ARRAY<STRING>,
  `lemmas` ARRAY<STRING>,
  `sentiment_label` STRING,
  `sentiment_probs` ARRAY<DOUBLE>,
  `sentiment_score` DOUBLE,
  `sentiment_model` STRING,
  `published_date` DATE
) USING parquet
PARTITIONED BY (published_date)
LOCATION '${warehouse}/sentences';
MSCK REPAIR TABLE newsframes.sentences;

CREATE TABLE IF NOT EXISTS newsframes.mentions (
  `article_id` STRING,
  `sentence_index` INT,
  `begin` INT,
  `end` INT,
  `text` STRING,
  `ner_type` STRING,
  `canonical_entity` STRING,
  `sentiment_label` STRING,
  `sentiment_score` DOUBLE,
  `sentiment_probs` ARRAY<DOUBLE>,
  `sentence_sentiment_score` DOUBLE,
  `published_date` DATE
) USING parquet
PARTITIONED BY (published_date)
LOCATION '${warehouse}/mentions';
MSCK REPAIR TABLE newsframes.mentions;

CREATE TABLE IF NOT EXISTS newsframes.annotation_errors (
  `article_id` STRING,
  `kind` STRING,
  `message` STRING,
  `elapsed_ms` BIGINT
) USING parquet
LOCATION '${warehouse}/annotation_errors';

CREATE TABLE IF NOT EXISTS newsframes.annotated_articles (
  `article_id` STRING,
  `content_hash` STRING,
  `pipeline_fingerprint` STRING,
  `status` STRING,
  `sentences` INT,
  `mentions` INT,
  `truncated` BOOLEAN,
  `sentiment_label` STRING,
  `sentiment_score` DOUBLE,
  `sentiment_model` STRING,
  `elapsed_ms` BIGINT,
  `attempts` INT,
  `published_date` DATE
) USING parquet
PARTITIONED BY (published_date)
LOCATION '${warehouse}/annotated_articles';
MSCK REPAIR TABLE newsframes.annotated_articles;

CREATE TABLE IF NOT EXISTS newsframes.frames (
  `frame` STRING,
  `frame_group` STRING,
  `label` STRING,
  `description` STRING,
  `weight` DOUBLE,
  `frame_order` INT
) USING parquet
LOCATION '${warehouse}/frames';

CREATE TABLE IF NOT EXISTS newsframes.sentence_frames (
  `article_id` STRING,
  `sentence_index` INT,
  `frame` STRING,
  `frame_group` STRING,
  `hits` INT,
  `matched_terms` ARRAY<STRING>,
  `published_date` DATE
) USING parquet
LOCATION '${warehouse}/sentence_frames';

CREATE TABLE IF NOT EXISTS newsframes.article_frames (
  `article_id` STRING,
  `frame` STRING,
  `frame_group` STRING,
  `hits` INT,
  `sentences` INT,
  `sentence_share` DOUBLE,
  `is_dominant` BOOLEAN,
  `present` BOOLEAN,
  `score` DOUBLE,
  `published_date` DATE
) USING parquet
LOCATION '${warehouse}/article_frames';

CREATE TABLE IF NOT EXISTS newsframes.article_topics (
  `article_id` STRING,
  `topic` STRING,
  `present` BOOLEAN,
  `score` DOUBLE,
  `sentences` INT,
  `published_date` DATE
) USING parquet
LOCATION '${warehouse}/article_topics';

CREATE TABLE IF NOT EXISTS newsframes.frame_trends (
  `granularity` STRING,
  `period_start` DATE,
  `frame` STRING,
  `frame_group` STRING,
  `articles` BIGINT,
  `dominant_articles` BIGINT,
  `sentences` BIGINT,
  `hits` BIGINT,
  `period_articles` BIGINT,
  `period_sentences` BIGINT,
  `article_share` DOUBLE,
  `sentence_share` DOUBLE,
  `mean_sentiment` DOUBLE,
  `sentiment_ci_low` DOUBLE,
  `sentiment_ci_high` DOUBLE
) USING parquet
LOCATION '${warehouse}/frame_trends';

CREATE TABLE IF NOT EXISTS newsframes.frame_balance (
  `granularity` STRING,
  `period_start` DATE,
  `positive_frame` STRING,
  `negative_frame` STRING,
  `articles` BIGINT,
  `positive_articles` BIGINT,
  `negative_articles` BIGINT,
  `both_articles` BIGINT,
  `scored_articles` BIGINT,
  `positive_sentences` BIGINT,
  `negative_sentences` BIGINT,
  `balance` DOUBLE,
  `balance_ci_low` DOUBLE,
  `balance_ci_high` DOUBLE,
  `presence_index` DOUBLE
) USING parquet
LOCATION '${warehouse}/frame_balance';

CREATE TABLE IF NOT EXISTS newsframes.entity_trends (
  `granularity` STRING,
  `period_start` DATE,
  `entity` STRING,
  `ner_type` STRING,
  `mentions` BIGINT,
  `sentences` BIGINT,
  `articles` BIGINT,
  `period_articles` BIGINT,
  `article_share` DOUBLE,
  `scored_mentions` BIGINT,
  `mean_sentiment` DOUBLE,
  `sentiment_ci_low` DOUBLE,
  `sentiment_ci_high` DOUBLE,
  `negative_share` DOUBLE,
  `positive_share` DOUBLE,
  `sentence_mean_sentiment` DOUBLE
) USING parquet
LOCATION '${warehouse}/entity_trends';

CREATE TABLE IF NOT EXISTS newsframes.entity_frames (
  `granularity` STRING,
  `period_start` DATE,
  `entity` STRING,
  `ner_type` STRING,
  `frame` STRING,
  `frame_group` STRING,
  `sentences` BIGINT,
  `articles` BIGINT,
  `hits` BIGINT,
  `entity_sentences` BIGINT,
  `frame_sentences` BIGINT,
  `entity_sentence_share` DOUBLE,
  `frame_sentence_share` DOUBLE,
  `scored_mentions` BIGINT,
  `mean_sentiment` DOUBLE,
  `sentiment_ci_low` DOUBLE,
  `sentiment_ci_high` DOUBLE,
  `negative_share` DOUBLE,
  `positive_share` DOUBLE,
  `sentence_mean_sentiment` DOUBLE
) USING parquet
LOCATION '${warehouse}/entity_frames';

CREATE TABLE IF NOT EXISTS newsframes.spikes (
  `granularity` STRING,
  `series_type` STRING,
  `series` STRING,
  `period_start` DATE,
  `value` DOUBLE,
  `count` BIGINT,
  `period_count` BIGINT,
  `window_size` BIGINT,
  `window_mean` DOUBLE,
  `window_sd` DOUBLE,
  `sampling_sd` DOUBLE,
  `z` DOUBLE,
  `rule` STRING
) USING parquet
LOCATION '${warehouse}/spikes';

CREATE TABLE IF NOT EXISTS newsframes.evidence (
  `granularity` STRING,
  `period_start` DATE,
  `frame` STRING,
  `frame_group` STRING,
  `rank` INT,
  `article_id` STRING,
  `sentence_index` INT,
  `text` STRING,
  `hits` INT,
  `matched_terms` ARRAY<STRING>,
  `sentiment_score` DOUBLE,
  `sentiment_label` STRING,
  `title` STRING,
  `url` STRING,
  `source` STRING,
  `published_date` DATE
) USING parquet
LOCATION '${warehouse}/evidence';
