-- DropTable
DROP TABLE "DailyStat";
