-- AlterTable
ALTER TABLE "Click" ADD COLUMN     "seq" BIGSERIAL NOT NULL;

-- CreateTable
CREATE TABLE "ClickRollup" (
    "workspaceId" TEXT NOT NULL,
    "cube" SMALLINT NOT NULL,
    "monthly" BOOLEAN NOT NULL,
    "day" DATE NOT NULL,
    "creatorId" TEXT NOT NULL,
    "campaignId" TEXT NOT NULL,
    "placement" TEXT NOT NULL,
    "country" TEXT NOT NULL,
    "device" TEXT NOT NULL,
    "clicks" INTEGER NOT NULL DEFAULT 0,
    "invalid_clicks" INTEGER NOT NULL DEFAULT 0,
    "unique_clicks" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ClickRollup_pkey" PRIMARY KEY ("workspaceId","cube","monthly","day","creatorId","campaignId","placement","country","device")
);

-- CreateTable
CREATE TABLE "OrderRollup" (
    "workspaceId" TEXT NOT NULL,
    "cube" SMALLINT NOT NULL,
    "monthly" BOOLEAN NOT NULL,
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

    CONSTRAINT "OrderRollup_pkey" PRIMARY KEY ("workspaceId","cube","monthly","day","creatorId","campaignId","placement","country","device")
);

-- CreateTable
CREATE TABLE "AnalyticsMark" (
    "name" TEXT NOT NULL,
    "seq" BIGINT NOT NULL DEFAULT 0,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AnalyticsMark_pkey" PRIMARY KEY ("name")
);

-- CreateIndex
CREATE INDEX "ClickRollup_workspaceId_cube_monthly_creatorId_day_idx" ON "ClickRollup"("workspaceId", "cube", "monthly", "creatorId", "day");

-- CreateIndex
CREATE INDEX "OrderRollup_workspaceId_cube_monthly_creatorId_day_idx" ON "OrderRollup"("workspaceId", "cube", "monthly", "creatorId", "day");

-- CreateIndex
CREATE INDEX "Click_seq_idx" ON "Click"("seq");
