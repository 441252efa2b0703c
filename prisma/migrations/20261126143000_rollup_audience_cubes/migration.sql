-- Three more rollup cubes (lib/analytics/rollup/apply-delta.ts): creator,
-- campaign and placement each by country and device. A report with a country
-- or device filter and one link dimension read cube 0 (every dimension, about
-- a row per click of a day), the slow tail of docs/PERFORMANCE.md. Existing
-- rollups get the new cubes summed from cube 0, which holds every dimension:
-- GROUPING() of (creator, campaign, placement) is 3, 5 or 6 for the sets
-- keeping only the creator, the campaign or the placement: cubes 3, 4 and 5.

INSERT INTO "ClickRollup" ("workspaceId", cube, monthly, day, "creatorId", "campaignId", placement, country, device, clicks, invalid_clicks, unique_clicks)
SELECT "workspaceId", CASE GROUPING("creatorId", "campaignId", placement) WHEN 3 THEN 3 WHEN 5 THEN 4 ELSE 5 END, monthly, day,
       coalesce("creatorId", ''), coalesce("campaignId", ''), coalesce(placement, ''), country, device, sum(clicks), sum(invalid_clicks), sum(unique_clicks)
  FROM "ClickRollup" WHERE cube = 0
 GROUP BY "workspaceId", monthly, day, country, device, GROUPING SETS (("creatorId"), ("campaignId"), (placement));

INSERT INTO "OrderRollup" ("workspaceId", cube, monthly, day, "creatorId", "campaignId", placement, country, device, conversions, click_conversions, unattributed_orders, gross_minor, refunds_minor, commission_minor, known_customer_sales, new_customers, repeat30, repeat90, ltv90_minor, ltv180_minor)
SELECT "workspaceId", CASE GROUPING("creatorId", "campaignId", placement) WHEN 3 THEN 3 WHEN 5 THEN 4 ELSE 5 END, monthly, day,
       coalesce("creatorId", ''), coalesce("campaignId", ''), coalesce(placement, ''), country, device, sum(conversions), sum(click_conversions), sum(unattributed_orders), sum(gross_minor), sum(refunds_minor), sum(commission_minor), sum(known_customer_sales), sum(new_customers), sum(repeat30), sum(repeat90), sum(ltv90_minor), sum(ltv180_minor)
  FROM "OrderRollup" WHERE cube = 0
 GROUP BY "workspaceId", monthly, day, country, device, GROUPING SETS (("creatorId"), ("campaignId"), (placement));

