-- newsframes warehouse tables for DuckDB (1.1 or later).
-- Generated from dev.newsframes.io.Tables by TableDdl: do not edit; regenerate with
--   mvn -q -o test -Dtest=TableDdlTest -Dnewsframes.update-ddl=true
-- Usage: edit the warehouse path below, then: duckdb newsframes.db < duckdb.sql
-- Views read the Parquet files at query time, so they always see the latest run.
-- For s3:// paths, INSTALL httpfs; LOAD httpfs; and configure a secret first.

SET VARIABLE warehouse = 'notebooks-data/warehouse';

CREATE OR REPLACE VIEW articles AS
SELECT
  "article_id", -- VARCHAR
  "kind", -- VARCHAR
  "url", -- VARCHAR
  "source", -- VARCHAR
  "title", -- VARCHAR
  "summary", -- VARCHAR
  "editor_note", -- VARCHAR
  "body", -- VARCHAR
  "qa", -- STRUCT(question VARCHAR, answer VARCHAR)[]
  "authors", -- VARCHAR[]
  "published_at", -- TIMESTAMP
  "date_precision", -- VARCHAR
  "date_source", -- VARCHAR
  "updated_at", -- TIMESTAMP
  "crawl_time", -- TIMESTAMP
  "language", -- VARCHAR
  "word_count", -- INTEGER
  "content_hash", -- VARCHAR
  "duplicate_of", -- VARCHAR
  "parent_id", -- VARCHAR
  "input_file", -- VARCHAR
  "position", -- BIGINT
  "parser", -- VARCHAR
  CAST(NULLIF("published_date", '__HIVE_DEFAULT_PARTITION__') AS DATE) AS "published_date"  -- DATE
FROM read_parquet(getvariable('warehouse') || '/articles/**/*.parquet', union_by_name = true, hive_partitioning = true, hive_types = {'published_date': VARCHAR});

CREATE OR REPLACE VIEW rejects AS
SELECT
  "input_file", -- VARCHAR
  "position", -- BIGINT
  "reason", -- VARCHAR
  "message", -- VARCHAR
  "sample", -- VARCHAR
  CAST(NULLIF("ingest_batch", '__HIVE_DEFAULT_PARTITION__') AS VARCHAR) AS "ingest_batch"  -- VARCHAR
FROM read_parquet(getvariable('warehouse') || '/rejects/**/*.parquet', union_by_name = true, hive_partitioning = true, hive_types = {'ingest_batch': VARCHAR});

CREATE OR REPLACE VIEW duplicates AS
SELECT
  "article_id", -- VARCHAR
  "duplicate_of", -- VARCHAR
  "method", -- VARCHAR
  "similarity", -- DOUBLE
  CAST(NULLIF("ingest_batch", '__HIVE_DEFAULT_PARTITION__') AS VARCHAR) AS "ingest_batch"  -- VARCHAR
FROM read_parquet(getvariable('warehouse') || '/duplicates/**/*.parquet', union_by_name = true, hive_partitioning = true, hive_types = {'ingest_batch': VARCHAR});

CREATE OR REPLACE VIEW sentences AS
SELECT
  "article_id", -- VARCHAR
  "sentence_index", -- INTEGER
  "begin", -- INTEGER
  "end", -- INTEGER
  "text", -- VARCHAR
  "tokens", -- VARCHAR[]
  "lemmas", -- VARCHAR[]
  "sentiment_label", -- VARCHAR
  "sentiment_probs", -- DOUBLE[]
  "sentiment_score", -- DOUBLE
  "sentiment_model", -- VARCHAR
  CAST(NULLIF("published_date", '__HIVE_DEFAULT_PARTITION__') AS DATE) AS "published_date"  -- DATE
FROM read_parquet(getvariable('warehouse') || '/sentences/**/*.parquet', union_by_name = true, hive_partitioning = true, hive_types = {'published_date': VARCHAR});

CREATE OR REPLACE VIEW mentions AS
SELECT
  "article_id", -- VARCHAR
  "sentence_index", -- INTEGER
  "begin", -- INTEGER
  "end", -- INTEGER
  "text", -- VARCHAR
  "ner_type", -- VARCHAR
  "canonical_entity", -- VARCHAR
  "sentiment_label", -- VARCHAR
  "sentiment_score", -- DOUBLE
  "sentiment_probs", -- DOUBLE[]
  "sentence_sentiment_score", -- DOUBLE
  CAST(NULLIF("published_date", '__HIVE_DEFAULT_PARTITION__') AS DATE) AS "published_date"  -- DATE
FROM read_parquet(getvariable('warehouse') || '/mentions/**/*.parquet', union_by_name = true, hive_partitioning = true, hive_types = {'published_date': VARCHAR});

CREATE OR REPLACE VIEW annotation_errors AS
SELECT
  "article_id", -- VARCHAR
  "kind", -- VARCHAR
  "message", -- VARCHAR
  "elapsed_ms"  -- BIGINT
FROM read_parquet(getvariable('warehouse') || '/annotation_errors/*.parquet', union_by_name = true);

CREATE OR REPLACE VIEW annotated_articles AS
SELECT
  "article_id", -- VARCHAR
  "content_hash", -- VARCHAR
  "pipeline_fingerprint", -- VARCHAR
  "status", -- VARCHAR
  "sentences", -- INTEGER
  "mentions", -- INTEGER
  "truncated", -- BOOLEAN
  "sentiment_label", -- VARCHAR
  "sentiment_score", -- DOUBLE
  "sentiment_model", -- VARCHAR
  "elapsed_ms", -- BIGINT
  "attempts", -- INTEGER
  CAST(NULLIF("published_date", '__HIVE_DEFAULT_PARTITION__') AS DATE) AS "published_date"  -- DATE
FROM read_parquet(getvariable('warehouse') || '/annotated_articles/**/*.parquet', union_by_name = true, hive_partitioning = true, hive_types = {'published_date': VARCHAR});

CREATE OR REPLACE VIEW frames AS
SELECT
  "frame", -- VARCHAR
  "frame_group", -- VARCHAR
  "label", -- VARCHAR
  "description", -- VARCHAR
  "weight", -- DOUBLE
  "frame_order"  -- INTEGER
FROM read_parquet(getvariable('warehouse') || '/frames/*.parquet', union_by_name = true);

CREATE OR REPLACE VIEW sentence_frames AS
SELECT
  "article_id", -- VARCHAR
  "sentence_index", -- INTEGER
  "frame", -- VARCHAR
  "frame_group", -- VARCHAR
  "hits", -- INTEGER
  "matched_terms", -- VARCHAR[]
  "published_date"  -- DATE
FROM read_parquet(getvariable('warehouse') || '/sentence_frames/*.parquet', union_by_name = true);

CREATE OR REPLACE VIEW article_frames AS
SELECT
  "article_id", -- VARCHAR
  "frame", -- VARCHAR
  "frame_group", -- VARCHAR
  "hits", -- INTEGER
  "sentences", -- INTEGER
  "sentence_share", -- DOUBLE
  "is_dominant", -- BOOLEAN
  "present", -- BOOLEAN
  "score", -- DOUBLE
  "published_date"  -- DATE
FROM read_parquet(getvariable('warehouse') || '/article_frames/*.parquet', union_by_name = true);

CREATE OR REPLACE VIEW article_topics AS
SELECT
  "article_id", -- VARCHAR
  "topic", -- VARCHAR
  "present", -- BOOLEAN
  "score", -- DOUBLE
  "sentences", -- INTEGER
  "published_date"  -- DATE
FROM read_parquet(getvariable('warehouse') || '/article_topics/*.parquet', union_by_name = true);

CREATE OR REPLACE VIEW frame_trends AS
SELECT
  "granularity", -- VARCHAR
  "period_start", -- DATE
  "frame", -- VARCHAR
  "frame_group", -- VARCHAR
  "articles", -- BIGINT
  "dominant_articles", -- BIGINT
  "sentences", -- BIGINT
  "hits", -- BIGINT
  "period_articles", -- BIGINT
  "period_sentences", -- BIGINT
  "article_share", -- DOUBLE
  "sentence_share", -- DOUBLE
  "mean_sentiment", -- DOUBLE
  "sentiment_ci_low", -- DOUBLE
  "sentiment_ci_high"  -- DOUBLE
FROM read_parquet(getvariable('warehouse') || '/frame_trends/*.parquet', union_by_name = true);

CREATE OR REPLACE VIEW frame_balance AS
SELECT
  "granularity", -- VARCHAR
  "period_start", -- DATE
  "positive_frame", -- VARCHAR
  "negative_frame", -- VARCHAR
  "articles", -- BIGINT
  "positive_articles", -- BIGINT
  "negative_articles", -- BIGINT
  "both_articles", -- BIGINT
  "scored_articles", -- BIGINT
  "positive_sentences", -- BIGINT
  "negative_sentences", -- BIGINT
  "balance", -- DOUBLE
  "balance_ci_low", -- DOUBLE
  "balance_ci_high", -- DOUBLE
  "presence_index"  -- DOUBLE
FROM read_parquet(getvariable('warehouse') || '/frame_balance/*.parquet', union_by_name = true);

CREATE OR REPLACE VIEW entity_trends AS
SELECT
  "granularity", -- VARCHAR
  "period_start", -- DATE
  "entity", -- VARCHAR
  "ner_type", -- VARCHAR
  "mentions", -- BIGINT
  "sentences", -- BIGINT
  "articles", -- BIGINT
  "period_articles", -- BIGINT
  "article_share", -- DOUBLE
  "scored_mentions", -- BIGINT
  "mean_sentiment", -- DOUBLE
  "sentiment_ci_low", -- DOUBLE
  "sentiment_ci_high", -- DOUBLE
  "negative_share", -- DOUBLE
  "positive_share", -- DOUBLE
  "sentence_mean_sentiment"  -- DOUBLE
FROM read_parquet(getvariable('warehouse') || '/entity_trends/*.parquet', union_by_name = true);

CREATE OR REPLACE VIEW entity_frames AS
SELECT
  "granularity", -- VARCHAR
  "period_start", -- DATE
  "entity", -- VARCHAR
  "ner_type", -- VARCHAR
  "frame", -- VARCHAR
  "frame_group", -- VARCHAR
  "sentences", -- BIGINT
  "articles", -- BIGINT
  "hits", -- BIGINT
  "entity_sentences", -- BIGINT
  "frame_sentences", -- BIGINT
  "entity_sentence_share", -- DOUBLE
  "frame_sentence_share", -- DOUBLE
  "scored_mentions", -- BIGINT
  "mean_sentiment", -- DOUBLE
  "sentiment_ci_low", -- DOUBLE
  "sentiment_ci_high", -- DOUBLE
  "negative_share", -- DOUBLE
  "positive_share", -- DOUBLE
  "sentence_mean_sentiment"  -- DOUBLE
FROM read_parquet(getvariable('warehouse') || '/entity_frames/*.parquet', union_by_name = true);

CREATE OR REPLACE VIEW spikes AS
SELECT
  "granularity", -- VARCHAR
  "series_type", -- VARCHAR
  "series", -- VARCHAR
  "period_start", -- DATE
  "value", -- DOUBLE
  "count", -- BIGINT
  "period_count", -- BIGINT
  "window_size", -- BIGINT
  "window_mean", -- DOUBLE
  "window_sd", -- DOUBLE
  "sampling_sd", -- DOUBLE
  "z", -- DOUBLE
  "rule"  -- VARCHAR
FROM read_parquet(getvariable('warehouse') || '/spikes/*.parquet', union_by_name = true);

CREATE OR REPLACE VIEW evidence AS
SELECT
  "granularity", -- VARCHAR
  "period_start", -- DATE
  "frame", -- VARCHAR
  "frame_group", -- VARCHAR
  "rank", -- INTEGER
  "article_id", -- VARCHAR
  "sentence_index", -- INTEGER
  "text", -- VARCHAR
  "hits", -- INTEGER
  "matched_terms", -- VARCHAR[]
  "sentiment_score", -- DOUBLE
  "sentiment_label", -- VARCHAR
  "title", -- VARCHAR
  "url", -- VARCHAR
  "source", -- VARCHAR
  "published_date"  -- DATE
FROM read_parquet(getvariable('warehouse') || '/evidence/*.parquet', union_by_name = true);
