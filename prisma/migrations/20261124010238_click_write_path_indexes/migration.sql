-- DropIndex
DROP INDEX "Click_creatorId_occurredAt_idx";

-- DropIndex
DROP INDEX "Click_linkId_occurredAt_idx";
