-- Which sources frame AI as regulation, and which as competitiveness?
--
-- For each source, its canonical articles whose dominant AI-policy frame is each frame. A source
-- with few articles says little: read the counts, not only the shares.
--
--   scripts/newsframes sql --rows 100 --file notebooks-data/queries/dominant-frame-by-source.sql
SELECT
  COALESCE(a.source, 'unknown') AS source,
  f.frame AS dominant_frame,
  COUNT(*) AS articles,
  ROUND(COUNT(*) / SUM(COUNT(*)) OVER (PARTITION BY COALESCE(a.source, 'unknown')), 2) AS share_of_source
FROM article_frames f
JOIN articles a ON a.article_id = f.article_id
WHERE f.frame_group = 'ai_policy'
  AND f.is_dominant
  AND a.duplicate_of IS NULL
GROUP BY COALESCE(a.source, 'unknown'), f.frame
ORDER BY source, articles DESC, dominant_frame;
