-- One more rollup cube (lib/analytics/rollup/apply-delta.ts): campaign by
-- placement by country by device (cube 10). A report with a campaign and a
-- placement and a country or device, and no creator, read cube 0 (every
-- dimension: about a row per click of a day), 90-300 ms at bench/dashboard's
-- 10 million clicks; cube 10 holds at most campaigns x placements x countries
-- x devices rows a day. Existing rollups get it summed from cube 0, which
-- holds every dimension: the creator summed away, '' in its place, as the
-- pass's GROUPING SETS write it. Whatever cube 10 holds already (a pass of the
-- new code that ran before this migration) is replaced: cube 0 is complete.

DELETE FROM "ClickRollup" WHERE cube = 10;
DELETE FROM "OrderRollup" WHERE cube = 10;

INSERT INTO "ClickRollup" ("workspaceId", cube, monthly, day, "creatorId", "campaignId", placement, country, device, clicks, invalid_clicks, unique_clicks)
SELECT "workspaceId", 10, monthly, day, '', "campaignId", placement, country, device, sum(clicks), sum(invalid_clicks), sum(unique_clicks)
  FROM "ClickRollup" WHERE cube = 0
 GROUP BY "workspaceId", monthly, day, "campaignId", placement, country, device;

INSERT INTO "OrderRollup" ("workspaceId", cube, monthly, day, "creatorId", "campaignId", placement, country, device, conversions, click_conversions, unattributed_orders, gross_minor, refunds_minor, commission_minor, known_customer_sales, new_customers, repeat30, repeat90, ltv90_minor, ltv180_minor)
SELECT "workspaceId", 10, monthly, day, '', "campaignId", placement, country, device, sum(conversions), sum(click_conversions), sum(unattributed_orders), sum(gross_minor), sum(refunds_minor), sum(commission_minor), sum(known_customer_sales), sum(new_customers), sum(repeat30), sum(repeat90), sum(ltv90_minor), sum(ltv180_minor)
  FROM "OrderRollup" WHERE cube = 0
 GROUP BY "workspaceId", monthly, day, "campaignId", placement, country, device;
