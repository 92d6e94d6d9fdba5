-- Who is talked about most, and how did their coverage and tone change month by month?
--
-- The five entities in most articles overall, then each month's articles, mentions and mean
-- sentence sentiment (with its confidence interval) for them.
--
--   scripts/newsframes sql --rows 100 --file notebooks-data/queries/top-entities-over-time.sql
WITH top AS (
  SELECT entity
  FROM entity_trends
  WHERE granularity = 'month'
  GROUP BY entity
  ORDER BY SUM(articles) DESC, entity
  LIMIT 5
)
SELECT
  t.entity,
  t.period_start AS month,
  t.articles,
  t.mentions,
  ROUND(t.article_share, 3) AS share_of_articles,
  ROUND(t.mean_sentiment, 2) AS mean_sentiment,
  ROUND(t.sentiment_ci_low, 2) AS ci_low,
  ROUND(t.sentiment_ci_high, 2) AS ci_high
FROM entity_trends t
JOIN top ON t.entity = top.entity
WHERE t.granularity = 'month'
ORDER BY t.entity, t.period_start;
