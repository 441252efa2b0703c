-- Weekly rollup rows (ClickRollupWeekly, OrderRollupWeekly in schema.prisma) for
-- closed weeks, in tables of their own so the daily tables are not rewritten.
-- "rollupWeeksBefore" starts empty: the next analytics pass closes every ended
-- week from the daily rows (lib/analytics/rollup/closed-periods.ts), once.

-- AlterTable
ALTER TABLE "Workspace" ADD COLUMN     "rollupWeeksBefore" DATE;

-- CreateTable
CREATE TABLE "ClickRollupWeekly" (
    "workspaceId" TEXT NOT NULL,
    "cube" SMALLINT NOT NULL,
    "day" DATE NOT NULL,
    "creatorId" TEXT NOT NULL,
    "campaignId" TEXT NOT NULL,
    "placement" TEXT NOT NULL,
    "country" TEXT NOT NULL,
    "device" TEXT NOT NULL,
    "clicks" INTEGER NOT NULL DEFAULT 0,
    "invalid_clicks" INTEGER NOT NULL DEFAULT 0,
    "unique_clicks" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ClickRollupWeekly_pkey" PRIMARY KEY ("workspaceId","cube","day","creatorId","campaignId","placement","country","device")
);

-- CreateTable
CREATE TABLE "OrderRollupWeekly" (
    "workspaceId" TEXT NOT NULL,
    "cube" SMALLINT NOT NULL,
    "day" DATE NOT NULL,
    "creatorId" TEXT NOT NULL,
    "campaignId" TEXT NOT NULL,
    "placement" TEXT NOT NULL,
    "country" TEXT NOT NULL,
    "device" TEXT NOT NULL,
    "conversions" INTEGER NOT NULL DEFAULT 0,
    "click_conversions" INTEGER NOT NULL DEFAULT 0,
    "unattributed_orders" INTEGER NOT NULL DEFAULT 0,
    "gross_minor" BIGINT NOT NULL DEFAULT 0,
    "refunds_minor" BIGINT NOT NULL DEFAULT 0,
    "commission_minor" BIGINT NOT NULL DEFAULT 0,
    "known_customer_sales" INTEGER NOT NULL DEFAULT 0,
    "new_customers" INTEGER NOT NULL DEFAULT 0,
    "repeat30" INTEGER NOT NULL DEFAULT 0,
    "repeat90" INTEGER NOT NULL DEFAULT 0,
    "ltv90_minor" BIGINT NOT NULL DEFAULT 0,
    "ltv180_minor" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "OrderRollupWeekly_pkey" PRIMARY KEY ("workspaceId","cube","day","creatorId","campaignId","placement","country","device")
);

-- CreateIndex
CREATE INDEX "ClickRollupWeekly_segment_day_idx" ON "ClickRollupWeekly"("workspaceId", "cube", "creatorId", "campaignId", "placement", "day");

-- CreateIndex
CREATE INDEX "OrderRollupWeekly_workspaceId_cube_creatorId_day_idx" ON "OrderRollupWeekly"("workspaceId", "cube", "creatorId", "day");
