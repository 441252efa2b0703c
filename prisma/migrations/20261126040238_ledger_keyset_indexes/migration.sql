-- DropIndex
DROP INDEX "AuditLog_workspaceId_createdAt_idx";

-- DropIndex
DROP INDEX "Commission_workspaceId_status_idx";

-- DropIndex
DROP INDEX "Conversion_workspaceId_occurredAt_idx";

-- DropIndex
DROP INDEX "PostbackLog_workspaceId_receivedAt_idx";

-- CreateIndex
CREATE INDEX "AuditLog_workspaceId_createdAt_id_idx" ON "AuditLog"("workspaceId", "createdAt", "id");

-- CreateIndex
CREATE INDEX "AuditLog_workspaceId_actorId_createdAt_id_idx" ON "AuditLog"("workspaceId", "actorId", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Commission_workspaceId_createdAt_id_idx" ON "Commission"("workspaceId", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Commission_workspaceId_status_createdAt_id_idx" ON "Commission"("workspaceId", "status", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Commission_workspaceId_creatorId_createdAt_id_idx" ON "Commission"("workspaceId", "creatorId", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Conversion_workspaceId_occurredAt_id_idx" ON "Conversion"("workspaceId", "occurredAt", "id");

-- CreateIndex
CREATE INDEX "Conversion_workspaceId_creatorId_occurredAt_id_idx" ON "Conversion"("workspaceId", "creatorId", "occurredAt", "id");

-- CreateIndex
CREATE INDEX "Conversion_workspaceId_campaignId_occurredAt_id_idx" ON "Conversion"("workspaceId", "campaignId", "occurredAt", "id");

-- CreateIndex
CREATE INDEX "Conversion_workspaceId_saleId_idx" ON "Conversion"("workspaceId", "saleId");

-- CreateIndex
CREATE INDEX "PostbackLog_workspaceId_receivedAt_id_idx" ON "PostbackLog"("workspaceId", "receivedAt", "id");
