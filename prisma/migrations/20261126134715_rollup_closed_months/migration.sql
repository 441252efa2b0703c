-- Monthly rollup rows only for closed months (lib/analytics/rollup/months.ts):
-- the pass stops writing a monthly row beside every daily row of the month
-- in progress. Existing rollups hold monthly rows for every month; the open
-- month's are dropped (its daily rows hold the same sums) and each workspace
-- starts with its open month in its own time zone.
-- AlterTable
ALTER TABLE "Workspace" ADD COLUMN     "rollupMonthsBefore" DATE;

UPDATE "Workspace" SET "rollupMonthsBefore" = date_trunc('month', now() AT TIME ZONE "timeZone")::date;
DELETE FROM "ClickRollup" r USING "Workspace" w WHERE r."workspaceId" = w.id AND r.monthly AND r.day >= w."rollupMonthsBefore";
DELETE FROM "OrderRollup" r USING "Workspace" w WHERE r."workspaceId" = w.id AND r.monthly AND r.day >= w."rollupMonthsBefore";
