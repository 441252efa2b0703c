-- AlterEnum


ALTER TYPE "ReviewKind" ADD VALUE 'self_purchase';
ALTER TYPE "ReviewKind" ADD VALUE 'refund_rate';
ALTER TYPE "ReviewKind" ADD VALUE 'large_payment';

-- AlterTable
ALTER TABLE "Payout" ADD COLUMN     "held" JSONB NOT NULL DEFAULT '[]';

-- AlterTable
ALTER TABLE "ReviewItem" ADD COLUMN     "payoutId" TEXT,
ADD COLUMN     "periodEnd" TIMESTAMP(3),
ADD COLUMN     "periodStart" TIMESTAMP(3),
ADD COLUMN     "summary" TEXT NOT NULL DEFAULT '';

-- CreateTable
CREATE TABLE "ReviewHold" (
    "workspaceId" TEXT NOT NULL,
    "reviewItemId" TEXT NOT NULL,
    "commissionId" TEXT NOT NULL,
    "priorStatus" "CommissionStatus" NOT NULL,
    "decidedAt" TIMESTAMP(3),

    CONSTRAINT "ReviewHold_pkey" PRIMARY KEY ("workspaceId","reviewItemId","commissionId")
);

-- CreateTable
CREATE TABLE "FraudSettings" (
    "workspaceId" TEXT NOT NULL,
    "thresholds" JSONB NOT NULL DEFAULT '{}',
    "updatedById" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FraudSettings_pkey" PRIMARY KEY ("workspaceId")
);

-- CreateTable
CREATE TABLE "FraudDay" (
    "workspaceId" TEXT NOT NULL,
    "creatorId" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "validClicks" INTEGER NOT NULL,
    "invalidClicks" INTEGER NOT NULL,
    "velocityClicks" INTEGER NOT NULL,
    "burstValidClicks" INTEGER NOT NULL,
    "sales" INTEGER NOT NULL,
    "clickSales" INTEGER NOT NULL,
    "fastSales" INTEGER NOT NULL,
    "mismatchSales" INTEGER NOT NULL,
    "couponSales" INTEGER NOT NULL,
    "couponNoClick" INTEGER NOT NULL,
    "couponNewCustomers" INTEGER NOT NULL,
    "couponOutside" INTEGER NOT NULL,

    CONSTRAINT "FraudDay_pkey" PRIMARY KEY ("workspaceId","creatorId","day")
);

-- CreateTable
CREATE TABLE "FraudRun" (
    "workspaceId" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "flagged" INTEGER NOT NULL,
    "ranAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FraudRun_pkey" PRIMARY KEY ("workspaceId","day")
);

-- CreateIndex
CREATE INDEX "ReviewHold_workspaceId_commissionId_idx" ON "ReviewHold"("workspaceId", "commissionId");

-- CreateIndex
CREATE INDEX "FraudDay_workspaceId_day_idx" ON "FraudDay"("workspaceId", "day");

-- CreateIndex
CREATE INDEX "ReviewItem_workspaceId_creatorId_kind_idx" ON "ReviewItem"("workspaceId", "creatorId", "kind");
