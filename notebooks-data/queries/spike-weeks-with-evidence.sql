-- Which weeks spiked, and why?
--
-- Every weekly spike of a frame (its share of the week's articles far above the weeks before),
-- with the three strongest evidence sentences of that frame in that week and where they come
-- from. Needs weekly series: run trends with --period week (or month,week); for monthly spikes
-- replace 'week' by 'month'.
--
--   scripts/newsframes sql --wide --file notebooks-data/queries/spike-weeks-with-evidence.sql
SELECT
  s.period_start AS week,
  s.series AS frame,
  ROUND(s.value, 3) AS share,
  ROUND(s.window_mean, 3) AS usual_share,
  ROUND(s.z, 1) AS z,
  s.rule,
  s.count AS articles,
  e.rank,
  e.text AS evidence,
  e.title,
  e.source,
  e.url
FROM spikes s
JOIN evidence e
  ON e.granularity = s.granularity
  AND e.period_start = s.period_start
  AND e.frame = s.series
WHERE s.granularity = 'week'
  AND s.series_type = 'frame'
  AND e.rank <= 3
ORDER BY s.period_start DESC, s.series, e.rank;
