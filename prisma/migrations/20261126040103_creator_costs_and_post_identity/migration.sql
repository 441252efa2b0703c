-- CreateEnum
CREATE TYPE "CostKind" AS ENUM ('fixed_fee', 'gifted_product');

-- CreateTable
CREATE TABLE "CreatorCost" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "creatorId" TEXT NOT NULL,
    "campaignId" TEXT NOT NULL,
    "kind" "CostKind" NOT NULL,
    "amountMinor" INTEGER NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "incurredOn" DATE NOT NULL,
    "note" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CreatorCost_pkey" PRIMARY KEY ("workspaceId","id")
);

-- CreateIndex
CREATE INDEX "CreatorCost_workspaceId_incurredOn_idx" ON "CreatorCost"("workspaceId", "incurredOn");

-- CreateIndex
CREATE INDEX "CreatorCost_workspaceId_creatorId_idx" ON "CreatorCost"("workspaceId", "creatorId");

-- CreateIndex
CREATE INDEX "ContentPost_workspaceId_postedAt_idx" ON "ContentPost"("workspaceId", "postedAt");

-- CreateIndex
CREATE UNIQUE INDEX "ContentPost_workspaceId_url_key" ON "ContentPost"("workspaceId", "url");

-- CreateIndex
CREATE UNIQUE INDEX "ContentPost_workspaceId_creatorId_campaignId_placement_post_key" ON "ContentPost"("workspaceId", "creatorId", "campaignId", "placement", "postedAt");

-- AddForeignKey
ALTER TABLE "CreatorCost" ADD CONSTRAINT "CreatorCost_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CreatorCost" ADD CONSTRAINT "CreatorCost_creatorId_fkey" FOREIGN KEY ("creatorId") REFERENCES "Creator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CreatorCost" ADD CONSTRAINT "CreatorCost_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE CASCADE ON UPDATE CASCADE;
