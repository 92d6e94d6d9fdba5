-- What do the strongest regulation sentences say, month by month?
--
-- The top evidence sentence of the regulation frame in each month, with the terms that matched,
-- its sentiment, and the article it comes from: the drill-down behind the monthly share.
--
--   scripts/newsframes sql --wide --file notebooks-data/queries/regulation-evidence-by-month.sql
SELECT
  period_start AS month,
  text AS sentence,
  matched_terms AS matched,
  ROUND(sentiment_score, 2) AS sentiment,
  title,
  source,
  published_date,
  url
FROM evidence
WHERE granularity = 'month'
  AND frame = 'regulation'
  AND rank = 1
ORDER BY period_start;
