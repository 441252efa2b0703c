-- Four more rollup cubes (lib/analytics/rollup/apply-delta.ts): no dimension
-- (a row per day or month), and the creator, the campaign or the placement
-- alone. Day and week series, totals and one-dimension breakdowns read cube 1
-- (creator by campaign by placement: ~840 rows a day at bench/dashboard's
-- sizes) where a few rows a day hold the same sums. Existing rollups get them
-- summed from cube 1, which holds every link dimension (country and device
-- are '' there): GROUPING() of (creator, campaign, placement) is 7 for the
-- empty set, 3, 5 and 6 for the sets keeping the creator, the campaign or
-- the placement: cubes 6, 7, 8 and 9. Whatever those cubes hold already (a
-- pass of the new code that ran before this migration) is replaced: cube 1 is
-- complete, so the sums from it are the whole truth.

DELETE FROM "ClickRollup" WHERE cube IN (6, 7, 8, 9);
DELETE FROM "OrderRollup" WHERE cube IN (6, 7, 8, 9);

INSERT INTO "ClickRollup" ("workspaceId", cube, monthly, day, "creatorId", "campaignId", placement, country, device, clicks, invalid_clicks, unique_clicks)
SELECT "workspaceId", CASE GROUPING("creatorId", "campaignId", placement) WHEN 7 THEN 6 WHEN 3 THEN 7 WHEN 5 THEN 8 ELSE 9 END, monthly, day,
       coalesce("creatorId", ''), coalesce("campaignId", ''), coalesce(placement, ''), '', '', sum(clicks), sum(invalid_clicks), sum(unique_clicks)
  FROM "ClickRollup" WHERE cube = 1
 GROUP BY "workspaceId", monthly, day, GROUPING SETS ((), ("creatorId"), ("campaignId"), (placement));

INSERT INTO "OrderRollup" ("workspaceId", cube, monthly, day, "creatorId", "campaignId", placement, country, device, conversions, click_conversions, unattributed_orders, gross_minor, refunds_minor, commission_minor, known_customer_sales, new_customers, repeat30, repeat90, ltv90_minor, ltv180_minor)
SELECT "workspaceId", CASE GROUPING("creatorId", "campaignId", placement) WHEN 7 THEN 6 WHEN 3 THEN 7 WHEN 5 THEN 8 ELSE 9 END, monthly, day,
       coalesce("creatorId", ''), coalesce("campaignId", ''), coalesce(placement, ''), '', '', sum(conversions), sum(click_conversions), sum(unattributed_orders), sum(gross_minor), sum(refunds_minor), sum(commission_minor), sum(known_customer_sales), sum(new_customers), sum(repeat30), sum(repeat90), sum(ltv90_minor), sum(ltv180_minor)
  FROM "OrderRollup" WHERE cube = 1
 GROUP BY "workspaceId", monthly, day, GROUPING SETS ((), ("creatorId"), ("campaignId"), (placement));

-- CTR's clicks are read per posted creator, campaign and placement (lib/analytics/query.ts):
-- the creator index gains the campaign and the placement, so each posted segment is one range.
DROP INDEX IF EXISTS "ClickRollup_workspaceId_cube_monthly_creatorId_day_idx";
CREATE INDEX IF NOT EXISTS "ClickRollup_segment_day_idx" ON "ClickRollup"("workspaceId", "cube", "monthly", "creatorId", "campaignId", "placement", "day");
