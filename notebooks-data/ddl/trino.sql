-- newsframes warehouse tables for Trino (Hive connector, catalog 'hive').
-- Generated from dev.newsframes.io.Tables by TableDdl: do not edit; regenerate with
--   mvn -q -o test -Dtest=TableDdlTest -Dnewsframes.update-ddl=true
-- Usage: replace ${warehouse} with the warehouse root as Trino sees it (s3://..., hdfs://...),
--   e.g. sed 's#${warehouse}#s3://bucket/warehouse#' trino.sql | trino --file /dev/stdin
-- Partitioned tables need sync_partition_metadata again after a run adds partitions.

CREATE SCHEMA IF NOT EXISTS hive.newsframes;

CREATE TABLE IF NOT EXISTS hive.newsframes.articles (
  "article_id" varchar,
  "kind" varchar,
  "url" varchar,
  "source" varchar,
  "title" varchar,
  "summary" varchar,
  "editor_note" varchar,
  "body" varchar,
  "qa" array(row(question varchar, answer varchar)),
  "authors" array(varchar),
  "published_at" timestamp(3),
  "date_precision" varchar,
  "date_source" varchar,
  "updated_at" timestamp(3),
  "crawl_time" timestamp(3),
  "language" varchar,
  "word_count" integer,
  "content_hash" varchar,
  "duplicate_of" varchar,
  "parent_id" varchar,
  "input_file" varchar,
  "position" bigint,
  "parser" varchar,
  "published_date" date
)
WITH (
  external_location = '${warehouse}/articles',
  format = 'PARQUET',
  partitioned_by = ARRAY['published_date']
);
CALL hive.system.sync_partition_metadata('newsframes', 'articles', 'FULL');

CREATE TABLE IF NOT EXISTS hive.newsframes.rejects (
  "input_file" varchar,
  "position" bigint,
  "reason" varchar,
  "message" varchar,
  "sample" varchar,
  "ingest_batch" varchar
)
WITH (
  external_location = '${warehouse}/rejects',
  format = 'PARQUET',
  partitioned_by = ARRAY['ingest_batch']
);
CALL hive.system.sync_partition_metadata('newsframes', 'rejects', 'FULL');

CREATE TABLE IF NOT EXISTS hive.newsframes.duplicates (
  "article_id" varchar,
  "duplicate_of" varchar,
  "method" varchar,
  "similarity" double,
  "ingest_batch" varchar
)
WITH (
  external_location = '${warehouse}/duplicates',
  format = 'PARQUET',
  partitioned_by = ARRAY['ingest_batch']
);
CALL hive.system.sync_partition_metadata('newsframes', 'duplicates', 'FULL');

CREATE TABLE IF NOT EXISTS hive.newsframes.sentences (
  "article_id" varchar,
  "sentence_index" integer,
  "begin" integer,
  "end" integer,
  "text" varchar,
  "tokens" array(varchar),
  "lemmas" array(varchar),
  "sentiment_label" varchar,
  "sentiment_probs" array(double),
  "sentiment_score" double,
  "sentiment_model" varchar,
  "published_date" date
)
WITH (
  external_location = '${warehouse}/sentences',
  format = 'PARQUET',
  partitioned_by = ARRAY['published_date']
);
CALL hive.system.sync_partition_metadata('newsframes', 'sentences', 'FULL');

CREATE TABLE IF NOT EXISTS hive.newsframes.mentions (
  "article_id" varchar,
  "sentence_index" integer,
  "begin" integer,
  "end" integer,
  "text" varchar,
  "ner_type" varchar,
  "canonical_entity" varchar,
  "sentiment_label" varchar,
  "sentiment_score" double,
  "sentiment_probs" array(double),
  "sentence_sentiment_score" double,
  "published_date" date
)
WITH (
  external_location = '${warehouse}/mentions',
  format = 'PARQUET',
  partitioned_by = ARRAY['published_date']
);
CALL hive.system.sync_partition_metadata('newsframes', 'mentions', 'FULL');

CREATE TABLE IF NOT EXISTS hive.newsframes.annotation_errors (
  "article_id" varchar,
  "kind" varchar,
  "message" varchar,
  "elapsed_ms" bigint
)
WITH (
  external_location = '${warehouse}/annotation_errors',
  format = 'PARQUET'
);

CREATE TABLE IF NOT EXISTS hive.newsframes.annotated_articles (
  "article_id" varchar,
  "content_hash" varchar,
  "pipeline_fingerprint" varchar,
  "status" varchar,
  "sentences" integer,
  "mentions" integer,
  "truncated" boolean,
  "sentiment_label" varchar,
  "sentiment_score" double,
  "sentiment_model" varchar,
  "elapsed_ms" bigint,
  "attempts" integer,
  "published_date" date
)
WITH (
  external_location = '${warehouse}/annotated_articles',
  format = 'PARQUET',
  partitioned_by = ARRAY['published_date']
);
CALL hive.system.sync_partition_metadata('newsframes', 'annotated_articles', 'FULL');

CREATE TABLE IF NOT EXISTS hive.newsframes.frames (
  "frame" varchar,
  "frame_group" varchar,
  "label" varchar,
  "description" varchar,
  "weight" double,
  "frame_order" integer
)
WITH (
  external_location = '${warehouse}/frames',
  format = 'PARQUET'
);

CREATE TABLE IF NOT EXISTS hive.newsframes.sentence_frames (
  "article_id" varchar,
  "sentence_index" integer,
  "frame" varchar,
  "frame_group" varchar,
  "hits" integer,
  "matched_terms" array(varchar),
  "published_date" date
)
WITH (
  external_location = '${warehouse}/sentence_frames',
  format = 'PARQUET'
);

CREATE TABLE IF NOT EXISTS hive.newsframes.article_frames (
  "article_id" varchar,
  "frame" varchar,
  "frame_group" varchar,
  "hits" integer,
  "sentences" integer,
  "sentence_share" double,
  "is_dominant" boolean,
  "present" boolean,
  "score" double,
  "published_date" date
)
WITH (
  external_location = '${warehouse}/article_frames',
  format = 'PARQUET'
);

CREATE TABLE IF NOT EXISTS hive.newsframes.article_topics (
  "article_id" varchar,
  "topic" varchar,
  "present" boolean,
  "score" double,
  "sentences" integer,
  "published_date" date
)
WITH (
  external_location = '${warehouse}/article_topics',
  format = 'PARQUET'
);

CREATE TABLE IF NOT EXISTS hive.newsframes.frame_trends (
  "granularity" varchar,
  "period_start" date,
  "frame" varchar,
  "frame_group" varchar,
  "articles" bigint,
  "dominant_articles" bigint,
  "sentences" bigint,
  "hits" bigint,
  "period_articles" bigint,
  "period_sentences" bigint,
  "article_share" double,
  "sentence_share" double,
  "mean_sentiment" double,
  "sentiment_ci_low" double,
  "sentiment_ci_high" double
)
WITH (
  external_location = '${warehouse}/frame_trends',
  format = 'PARQUET'
);

CREATE TABLE IF NOT EXISTS hive.newsframes.frame_balance (
  "granularity" varchar,
  "period_start" date,
  "positive_frame" varchar,
  "negative_frame" varchar,
  "articles" bigint,
  "positive_articles" bigint,
  "negative_articles" bigint,
  "both_articles" bigint,
  "scored_articles" bigint,
  "positive_sentences" bigint,
  "negative_sentences" bigint,
  "balance" double,
  "balance_ci_low" double,
  "balance_ci_high" double,
  "presence_index" double
)
WITH (
  external_location = '${warehouse}/frame_balance',
  format = 'PARQUET'
);

CREATE TABLE IF NOT EXISTS hive.newsframes.entity_trends (
  "granularity" varchar,
  "period_start" date,
  "entity" varchar,
  "ner_type" varchar,
  "mentions" bigint,
  "sentences" bigint,
  "articles" bigint,
  "period_articles" bigint,
  "article_share" double,
  "scored_mentions" bigint,
  "mean_sentiment" double,
  "sentiment_ci_low" double,
  "sentiment_ci_high" double,
  "negative_share" double,
  "positive_share" double,
  "sentence_mean_sentiment" double
)
WITH (
  external_location = '${warehouse}/entity_trends',
  format = 'PARQUET'
);

CREATE TABLE IF NOT EXISTS hive.newsframes.entity_frames (
  "granularity" varchar,
  "period_start" date,
  "entity" varchar,
  "ner_type" varchar,
  "frame" varchar,
  "frame_group" varchar,
  "sentences" bigint,
  "articles" bigint,
  "hits" bigint,
  "entity_sentences" bigint,
  "frame_sentences" bigint,
  "entity_sentence_share" double,
  "frame_sentence_share" double,
  "scored_mentions" bigint,
  "mean_sentiment" double,
  "sentiment_ci_low" double,
  "sentiment_ci_high" double,
  "negative_share" double,
  "positive_share" double,
  "sentence_mean_sentiment" double
)
WITH (
  external_location = '${warehouse}/entity_frames',
  format = 'PARQUET'
);

CREATE TABLE IF NOT EXISTS hive.newsframes.spikes (
  "granularity" varchar,
  "series_type" varchar,
  "series" varchar,
  "period_start" date,
  "value" double,
  "count" bigint,
  "period_count" bigint,
  "window_size" bigint,
  "window_mean" double,
  "window_sd" double,
  "sampling_sd" double,
  "z" double,
  "rule" varchar
)
WITH (
  external_location = '${warehouse}/spikes',
  format = 'PARQUET'
);

CREATE TABLE IF NOT EXISTS hive.newsframes.evidence (
  "granularity" varchar,
  "period_start" date,
  "frame" varchar,
  "frame_group" varchar,
  "rank" integer,
  "article_id" varchar,
  "sentence_index" integer,
  "text" varchar,
  "hits" integer,
  "matched_terms" array(varchar),
  "sentiment_score" double,
  "sentiment_label" varchar,
  "title" varchar,
  "url" varchar,
  "source" varchar,
  "published_date" date
)
WITH (
  external_location = '${warehouse}/evidence',
  format = 'PARQUET'
);
