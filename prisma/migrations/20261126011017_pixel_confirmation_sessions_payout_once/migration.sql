-- CreateEnum
CREATE TYPE "PixelSalesPolicy" AS ENUM ('approve_after_hold', 'await_confirmation');

-- AlterTable
ALTER TABLE "Conversion" ADD COLUMN     "channel" "PostbackChannel" NOT NULL DEFAULT 'post',
ADD COLUMN     "history" JSONB NOT NULL DEFAULT '[]';

-- conversions the pixel reported before this column existed
UPDATE "Conversion" c SET "channel" = 'pixel'
  FROM "PostbackLog" l
 WHERE l."conversionId" = c."id" AND l."verdict" = 'accepted' AND l."channel" = 'pixel';

-- AlterTable
ALTER TABLE "Merchant" ADD COLUMN     "pixelSalesPolicy" "PixelSalesPolicy";

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "sessionVersion" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "SystemCounter" (
    "name" TEXT NOT NULL,
    "value" BIGINT NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SystemCounter_pkey" PRIMARY KEY ("name")
);

-- CreateIndex
-- Fails if a commission already sits on two payout lines (the double-payout
-- race this index closes). Find them with
--   SELECT "commissionId", count(*) FROM "PayoutLine" GROUP BY 1 HAVING count(*) > 1
CREATE UNIQUE INDEX "PayoutLine_workspaceId_commissionId_key" ON "PayoutLine"("workspaceId", "commissionId");
