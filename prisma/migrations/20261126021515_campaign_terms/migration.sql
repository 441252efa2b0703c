-- AlterTable
ALTER TABLE "Campaign" ADD COLUMN     "merchantId" TEXT;

-- CreateTable
CREATE TABLE "CampaignTerms" (
    "workspaceId" TEXT NOT NULL,
    "campaignId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "effectiveFrom" TIMESTAMP(3) NOT NULL,
    "attributionWindowDays" INTEGER NOT NULL,
    "commissionType" "CommissionType" NOT NULL,
    "commissionBps" INTEGER,
    "commissionFlatMinor" INTEGER,
    "commissionTiers" JSONB,
    "capPerCreatorMinor" INTEGER,
    "capPeriod" "CapPeriod",
    "priority" "AttributionPriority" NOT NULL,
    "holdingDays" INTEGER NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CampaignTerms_pkey" PRIMARY KEY ("workspaceId","campaignId","version")
);

-- CreateIndex
CREATE INDEX "CampaignTerms_workspaceId_campaignId_effectiveFrom_idx" ON "CampaignTerms"("workspaceId", "campaignId", "effectiveFrom");

-- AddForeignKey
ALTER TABLE "Campaign" ADD CONSTRAINT "Campaign_merchantId_fkey" FOREIGN KEY ("merchantId") REFERENCES "Merchant"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CampaignTerms" ADD CONSTRAINT "CampaignTerms_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE CASCADE ON UPDATE CASCADE;
