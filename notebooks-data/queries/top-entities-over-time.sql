-- Who is talked about most, and how did their coverage and tone change month by month?
--
-- The five entities in most articles overall, then each month's articles, mentions and the mean
-- sentiment towards them in their mentions (with its confidence interval and the shares of
-- negative and positive mentions), beside the mean tone of the sentences naming them.
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
  ROUND(t.sentiment_ci_high, 2) AS ci_high,
  ROUND(t.negative_share, 2) AS negative_share,
  ROUND(t.positive_share, 2) AS positive_share,
  ROUND(t.sentence_mean_sentiment, 2) AS sentence_tone
FROM entity_trends t
JOIN top ON t.entity = top.entity
WHERE t.granularity = 'month'
ORDER BY t.entity, t.period_start;
