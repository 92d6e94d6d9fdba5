-- How did the regulation / competitiveness balance move, month by month?
--
-- The balance index (+1: every framed article is regulation only, -1: competitiveness only) with
-- its bootstrap confidence interval, the articles behind it, the change from the month before,
-- and which side the interval is clearly on.
--
--   scripts/newsframes sql --file notebooks-data/queries/balance-by-month.sql
SELECT
  period_start AS month,
  articles,
  positive_frame,
  positive_articles,
  negative_frame,
  negative_articles,
  ROUND(balance, 2) AS balance,
  ROUND(balance_ci_low, 2) AS ci_low,
  ROUND(balance_ci_high, 2) AS ci_high,
  ROUND(balance - LAG(balance) OVER (ORDER BY period_start), 2) AS change,
  CASE
    WHEN balance_ci_low > 0 THEN positive_frame
    WHEN balance_ci_high < 0 THEN negative_frame
    ELSE 'no clear lead'
  END AS leaning
FROM frame_balance
WHERE granularity = 'month'
ORDER BY period_start;
