-- The analytics pass appends its click deltas' daily rows here instead of
-- upserting them into ClickRollup (ClickRollupJournal in schema.prisma); the
-- next pass adds the rows of days before each workspace's today into
-- ClickRollup (lib/analytics/rollup/journal.ts). Starts empty.

-- CreateTable
CREATE TABLE "ClickRollupJournal" (
    "workspaceId" TEXT NOT NULL,
    "cube" SMALLINT NOT NULL,
    "day" DATE NOT NULL,
    "id" BIGSERIAL NOT NULL,
    "creatorId" TEXT NOT NULL,
    "campaignId" TEXT NOT NULL,
    "placement" TEXT NOT NULL,
    "country" TEXT NOT NULL,
    "device" TEXT NOT NULL,
    "clicks" INTEGER NOT NULL,
    "invalid_clicks" INTEGER NOT NULL,
    "unique_clicks" INTEGER NOT NULL,

    CONSTRAINT "ClickRollupJournal_pkey" PRIMARY KEY ("workspaceId","cube","day","id")
);
