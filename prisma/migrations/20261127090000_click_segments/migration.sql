-- The creators, campaigns and placements that have clicks (ClickSegment in
-- schema.prisma), so CTR over a range in which most of them were posted can
-- read the few that were not and subtract their clicks (lib/analytics/query.ts)
-- instead of reading every posted one. From now on the statement that adds
-- click rollup rows adds their segments too; the rollups already built give
-- theirs here: cube 1 (creator, campaign, placement) holds every segment.

CREATE TABLE "ClickSegment" (
    "workspaceId" TEXT NOT NULL,
    "creatorId" TEXT NOT NULL,
    "campaignId" TEXT NOT NULL,
    "placement" TEXT NOT NULL,

    CONSTRAINT "ClickSegment_pkey" PRIMARY KEY ("workspaceId","creatorId","campaignId","placement")
);

INSERT INTO "ClickSegment" ("workspaceId", "creatorId", "campaignId", placement)
SELECT DISTINCT "workspaceId", "creatorId", "campaignId", placement FROM "ClickRollup" WHERE cube = 1;
