-- CreateEnum
CREATE TYPE "CommissionPart" AS ENUM ('base', 'excess');

-- DropIndex
DROP INDEX "Commission_conversionId_key";

-- AlterTable
ALTER TABLE "Commission" ADD COLUMN     "part" "CommissionPart" NOT NULL DEFAULT 'base';

-- AlterTable
ALTER TABLE "Conversion" ADD COLUMN     "saleId" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Commission_conversionId_part_key" ON "Commission"("conversionId", "part");
