-- AlterTable
ALTER TABLE "Commission" ADD COLUMN     "basis" TEXT;
