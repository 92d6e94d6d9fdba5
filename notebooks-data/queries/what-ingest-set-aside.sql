-- What did the pipeline set aside, and why?
--
-- Rejected inputs by reason, duplicate copies by method, and annotation errors by kind, each with
-- an example, so a data engineer can judge whether a run lost anything that matters.
--
--   scripts/newsframes sql --wide --file notebooks-data/queries/what-ingest-set-aside.sql
SELECT 'reject' AS what, reason AS why, COUNT(*) AS records, MIN(input_file) AS example
FROM rejects
GROUP BY reason
UNION ALL
SELECT 'duplicate copy', method, COUNT(*), MIN(article_id)
FROM duplicates
GROUP BY method
UNION ALL
SELECT 'annotation error', kind, COUNT(*), MIN(article_id)
FROM annotation_errors
GROUP BY kind
ORDER BY what, records DESC, why;
