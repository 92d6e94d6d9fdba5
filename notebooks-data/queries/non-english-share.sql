-- What share of the articles is not in English, and so skipped by annotate?
--
-- Articles (not teasers) by detected language, how many were annotated, and each language's share
-- of all articles. Non-English articles are stored and counted but never enter the trends.
--
--   scripts/newsframes sql --file notebooks-data/queries/non-english-share.sql
WITH annotated AS (
  SELECT DISTINCT article_id FROM sentences
)
SELECT
  COALESCE(a.language, 'unknown') AS language,
  COUNT(*) AS articles,
  COUNT(s.article_id) AS annotated,
  COUNT(*) - COUNT(s.article_id) AS skipped,
  ROUND(COUNT(*) / SUM(COUNT(*)) OVER (), 3) AS share_of_articles
FROM articles a
LEFT JOIN annotated s ON a.article_id = s.article_id
WHERE a.kind = 'article'
GROUP BY COALESCE(a.language, 'unknown')
ORDER BY articles DESC;
