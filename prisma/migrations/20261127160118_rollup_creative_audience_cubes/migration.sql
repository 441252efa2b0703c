-- Two more rollup cubes (lib/analytics/rollup/apply-delta.ts): a creative (creator,
-- campaign, placement) by device (cube 11) and by country (cube 12). A creative
-- breakdown, or any report with a creator and a campaign or placement, under a
-- device or country filter read cube 0 (every dimension: 5.25 million daily and
-- 545,000 monthly rows at bench/dashboard's 10 million clicks), 120-230 ms for
-- 90-365 days. The pass does not pay for them: it appends only the journal's
-- cubes, and folding sums these from the finest rows (rollup/journal.ts).
-- Existing rollups get them summed from cube 0 (every dimension), daily,
-- monthly and weekly, the summed-away dimension '' as GROUPING SETS write it.
-- Whatever the cubes hold already (a fold of the new code before this
-- migration) is replaced: cube 0 is complete.

DELETE FROM "ClickRollup" WHERE cube = 11;
INSERT INTO "ClickRollup" ("workspaceId", cube, monthly, day, "creatorId", "campaignId", placement, country, device, clicks, invalid_clicks, unique_clicks)
SELECT "workspaceId", 11, monthly, day, "creatorId", "campaignId", placement, '', device, sum(clicks), sum(invalid_clicks), sum(unique_clicks)
  FROM "ClickRollup" WHERE cube = 0
 GROUP BY "workspaceId", monthly, day, "creatorId", "campaignId", placement, device;

DELETE FROM "OrderRollup" WHERE cube = 11;
INSERT INTO "OrderRollup" ("workspaceId", cube, monthly, day, "creatorId", "campaignId", placement, country, device, conversions, click_conversions, unattributed_orders, gross_minor, refunds_minor, commission_minor, known_customer_sales, new_customers, repeat30, repeat90, ltv90_minor, ltv180_minor)
SELECT "workspaceId", 11, monthly, day, "creatorId", "campaignId", placement, '', device, sum(conversions), sum(click_conversions), sum(unattributed_orders), sum(gross_minor), sum(refunds_minor), sum(commission_minor), sum(known_customer_sales), sum(new_customers), sum(repeat30), sum(repeat90), sum(ltv90_minor), sum(ltv180_minor)
  FROM "OrderRollup" WHERE cube = 0
 GROUP BY "workspaceId", monthly, day, "creatorId", "campaignId", placement, device;

DELETE FROM "ClickRollupWeekly" WHERE cube = 11;
INSERT INTO "ClickRollupWeekly" ("workspaceId", cube, day, "creatorId", "campaignId", placement, country, device, clicks, invalid_clicks, unique_clicks)
SELECT "workspaceId", 11, day, "creatorId", "campaignId", placement, '', device, sum(clicks), sum(invalid_clicks), sum(unique_clicks)
  FROM "ClickRollupWeekly" WHERE cube = 0
 GROUP BY "workspaceId", day, "creatorId", "campaignId", placement, device;

DELETE FROM "OrderRollupWeekly" WHERE cube = 11;
INSERT INTO "OrderRollupWeekly" ("workspaceId", cube, day, "creatorId", "campaignId", placement, country, device, conversions, click_conversions, unattributed_orders, gross_minor, refunds_minor, commission_minor, known_customer_sales, new_customers, repeat30, repeat90, ltv90_minor, ltv180_minor)
SELECT "workspaceId", 11, day, "creatorId", "campaignId", placement, '', device, sum(conversions), sum(click_conversions), sum(unattributed_orders), sum(gross_minor), sum(refunds_minor), sum(commission_minor), sum(known_customer_sales), sum(new_customers), sum(repeat30), sum(repeat90), sum(ltv90_minor), sum(ltv180_minor)
  FROM "OrderRollupWeekly" WHERE cube = 0
 GROUP BY "workspaceId", day, "creatorId", "campaignId", placement, device;

DELETE FROM "ClickRollup" WHERE cube = 12;
INSERT INTO "ClickRollup" ("workspaceId", cube, monthly, day, "creatorId", "campaignId", placement, country, device, clicks, invalid_clicks, unique_clicks)
SELECT "workspaceId", 12, monthly, day, "creatorId", "campaignId", placement, country, '', sum(clicks), sum(invalid_clicks), sum(unique_clicks)
  FROM "ClickRollup" WHERE cube = 0
 GROUP BY "workspaceId", monthly, day, "creatorId", "campaignId", placement, country;

DELETE FROM "OrderRollup" WHERE cube = 12;
INSERT INTO "OrderRollup" ("workspaceId", cube, monthly, day, "creatorId", "campaignId", placement, country, device, conversions, click_conversions, unattributed_orders, gross_minor, refunds_minor, commission_minor, known_customer_sales, new_customers, repeat30, repeat90, ltv90_minor, ltv180_minor)
SELECT "workspaceId", 12, monthly, day, "creatorId", "campaignId", placement, country, '', sum(conversions), sum(click_conversions), sum(unattributed_orders), sum(gross_minor), sum(refunds_minor), sum(commission_minor), sum(known_customer_sales), sum(new_customers), sum(repeat30), sum(repeat90), sum(ltv90_minor), sum(ltv180_minor)
  FROM "OrderRollup" WHERE cube = 0
 GROUP BY "workspaceId", monthly, day, "creatorId", "campaignId", placement, country;

DELETE FROM "ClickRollupWeekly" WHERE cube = 12;
INSERT INTO "ClickRollupWeekly" ("workspaceId", cube, day, "creatorId", "campaignId", placement, country, device, clicks, invalid_clicks, unique_clicks)
SELECT "workspaceId", 12, day, "creatorId", "campaignId", placement, country, '', sum(clicks), sum(invalid_clicks), sum(unique_clicks)
  FROM "ClickRollupWeekly" WHERE cube = 0
 GROUP BY "workspaceId", day, "creatorId", "campaignId", placement, country;

DELETE FROM "OrderRollupWeekly" WHERE cube = 12;
INSERT INTO "OrderRollupWeekly" ("workspaceId", cube, day, "creatorId", "campaignId", placement, country, device, conversions, click_conversions, unattributed_orders, gross_minor, refunds_minor, commission_minor, known_customer_sales, new_customers, repeat30, repeat90, ltv90_minor, ltv180_minor)
SELECT "workspaceId", 12, day, "creatorId", "campaignId", placement, country, '', sum(conversions), sum(click_conversions), sum(unattributed_orders), sum(gross_minor), sum(refunds_minor), sum(commission_minor), sum(known_customer_sales), sum(new_customers), sum(repeat30), sum(repeat90), sum(ltv90_minor), sum(ltv180_minor)
  FROM "OrderRollupWeekly" WHERE cube = 0
 GROUP BY "workspaceId", day, "creatorId", "campaignId", placement, country;
