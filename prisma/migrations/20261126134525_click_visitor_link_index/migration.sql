-- The repeat-click rule and the analytics pass read one visitor's clicks on
-- one link. With the index on ("ipHash", "occurredAt") each lookup read every
-- click the IP made that day on any link and filtered the link out, so the
-- pass cost grew with the day's traffic instead of with its new clicks
-- (docs/PERFORMANCE.md). Same number of indexes on Click, so the redirect's
-- insert does the same amount of index work.
-- DropIndex
DROP INDEX "Click_ipHash_occurredAt_idx";

-- CreateIndex
CREATE INDEX "Click_ipHash_linkId_occurredAt_idx" ON "Click"("ipHash", "linkId", "occurredAt");
