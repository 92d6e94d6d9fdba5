-- Which entities drive the competitiveness frame in 2023?
--
-- Entities named in the same sentence as a competitiveness hit, summed over the months of 2023:
-- how many such sentences and articles, how much of the entity's coverage they are, and the
-- sentiment towards the entity in them (mean over its scored mentions). Change the frame or the
-- year to ask about another one.
--
--   scripts/newsframes sql --file notebooks-data/queries/competitiveness-entities-2023.sql
SELECT
  entity,
  ner_type,
  SUM(sentences) AS sentences,
  SUM(articles) AS articles,
  ROUND(SUM(sentences) / SUM(entity_sentences), 3) AS share_of_entity_sentences,
  ROUND(
    SUM(mean_sentiment * scored_mentions)
      / SUM(CASE WHEN mean_sentiment IS NOT NULL THEN scored_mentions END),
    2) AS mean_sentiment
FROM entity_frames
WHERE granularity = 'month'
  AND frame = 'competitiveness'
  AND year(period_start) = 2023
GROUP BY entity, ner_type
ORDER BY sentences DESC, articles DESC, entity
LIMIT 20;
