-- AlterTable
ALTER TABLE "CreatorContract" ADD COLUMN     "acceptedAt" TIMESTAMP(3),
ADD COLUMN     "acceptedById" TEXT,
ADD COLUMN     "acceptedIpHash" TEXT,
ADD COLUMN     "disclosureText" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "DisclosureAcceptance" ADD COLUMN     "ipHash" TEXT;

-- CreateTable
CREATE TABLE "Invite" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "email" TEXT NOT NULL,
    "creatorId" TEXT,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "usedAt" TIMESTAMP(3),
    "usedByUserId" TEXT,
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "Invite_pkey" PRIMARY KEY ("workspaceId","id")
);

-- CreateIndex
CREATE INDEX "Invite_tokenHash_idx" ON "Invite"("tokenHash");

-- CreateIndex
CREATE INDEX "Invite_workspaceId_usedAt_revokedAt_idx" ON "Invite"("workspaceId", "usedAt", "revokedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Invite_workspaceId_tokenHash_key" ON "Invite"("workspaceId", "tokenHash");

-- CreateIndex
CREATE INDEX "Creator_workspaceId_name_id_idx" ON "Creator"("workspaceId", "name", "id");

-- CreateIndex
CREATE INDEX "Creator_workspaceId_createdAt_id_idx" ON "Creator"("workspaceId", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Creator_workspaceId_audienceCountry_idx" ON "Creator"("workspaceId", "audienceCountry");

-- AddForeignKey
ALTER TABLE "Invite" ADD CONSTRAINT "Invite_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invite" ADD CONSTRAINT "Invite_creatorId_fkey" FOREIGN KEY ("creatorId") REFERENCES "Creator"("id") ON DELETE CASCADE ON UPDATE CASCADE;
