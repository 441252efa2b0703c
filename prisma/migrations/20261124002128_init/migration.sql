-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('owner', 'manager', 'analyst', 'creator');

-- CreateEnum
CREATE TYPE "CreatorStatus" AS ENUM ('invited', 'active', 'paused', 'archived');

-- CreateEnum
CREATE TYPE "Platform" AS ENUM ('instagram', 'tiktok', 'youtube', 'x', 'twitch', 'newsletter', 'blog', 'other');

-- CreateEnum
CREATE TYPE "CommissionType" AS ENUM ('percent', 'flat', 'tiered');

-- CreateEnum
CREATE TYPE "CampaignStatus" AS ENUM ('draft', 'active', 'ended');

-- CreateEnum
CREATE TYPE "AttributionPriority" AS ENUM ('click', 'coupon');

-- CreateEnum
CREATE TYPE "CapPeriod" AS ENUM ('month', 'campaign');

-- CreateEnum
CREATE TYPE "DeviceClass" AS ENUM ('mobile', 'tablet', 'desktop', 'bot', 'other');

-- CreateEnum
CREATE TYPE "ConversionEvent" AS ENUM ('sale', 'refund', 'cancel');

-- CreateEnum
CREATE TYPE "AttributionMethod" AS ENUM ('click', 'coupon', 'none');

-- CreateEnum
CREATE TYPE "CommissionStatus" AS ENUM ('pending', 'held', 'approved', 'paid', 'rejected', 'reversed');

-- CreateEnum
CREATE TYPE "PayoutStatus" AS ENUM ('draft', 'exported', 'paid');

-- CreateEnum
CREATE TYPE "PayoutLineKind" AS ENUM ('commission', 'clawback');

-- CreateEnum
CREATE TYPE "ReviewKind" AS ENUM ('click_spike', 'low_conversion', 'country_mismatch', 'ip_velocity', 'bot_traffic', 'fast_conversion', 'coupon_leak', 'cap_reached');

-- CreateEnum
CREATE TYPE "ReviewStatus" AS ENUM ('open', 'approved', 'rejected');

-- CreateEnum
CREATE TYPE "PostbackChannel" AS ENUM ('post', 'get', 'pixel');

-- CreateEnum
CREATE TYPE "PostbackVerdict" AS ENUM ('accepted', 'duplicate', 'rejected');

-- CreateTable
CREATE TABLE "Workspace" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "timeZone" TEXT NOT NULL DEFAULT 'UTC',
    "currency" CHAR(3) NOT NULL DEFAULT 'USD',
    "utmSource" TEXT NOT NULL DEFAULT '{creator}',
    "utmMedium" TEXT NOT NULL DEFAULT 'influencer',
    "utmContent" TEXT NOT NULL DEFAULT '{placement}',
    "utmTerm" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Workspace_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Membership" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Membership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Creator" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "userId" TEXT,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "status" "CreatorStatus" NOT NULL DEFAULT 'active',
    "audienceCountry" CHAR(2),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Creator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CreatorHandle" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "creatorId" TEXT NOT NULL,
    "platform" "Platform" NOT NULL,
    "handle" TEXT NOT NULL,

    CONSTRAINT "CreatorHandle_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CreatorContract" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "creatorId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "commissionType" "CommissionType",
    "commissionBps" INTEGER,
    "commissionFlatMinor" INTEGER,
    "commissionTiers" JSONB,
    "attributionWindowDays" INTEGER,
    "paymentTerms" TEXT NOT NULL,
    "allowedContent" TEXT NOT NULL,
    "effectiveFrom" TIMESTAMP(3) NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CreatorContract_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DisclosureBrief" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "publishedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DisclosureBrief_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DisclosureAcceptance" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "creatorId" TEXT NOT NULL,
    "briefId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "acceptedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DisclosureAcceptance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Campaign" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "utmCampaign" TEXT NOT NULL,
    "status" "CampaignStatus" NOT NULL DEFAULT 'active',
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3),
    "attributionWindowDays" INTEGER NOT NULL DEFAULT 14,
    "commissionType" "CommissionType" NOT NULL,
    "commissionBps" INTEGER,
    "commissionFlatMinor" INTEGER,
    "commissionTiers" JSONB,
    "currency" CHAR(3) NOT NULL,
    "capPerCreatorMinor" INTEGER,
    "capPeriod" "CapPeriod",
    "priority" "AttributionPriority" NOT NULL DEFAULT 'click',
    "holdingDays" INTEGER NOT NULL DEFAULT 30,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Campaign_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Merchant" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "allowedDomains" TEXT[],
    "pixelKey" TEXT NOT NULL,
    "pixelAllowedOrigins" TEXT[],
    "getTokenHash" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Merchant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MerchantSecret" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "merchantId" TEXT NOT NULL,
    "secretEncrypted" TEXT NOT NULL,
    "hint" TEXT NOT NULL,
    "isTest" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "MerchantSecret_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Placement" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "label" TEXT NOT NULL,

    CONSTRAINT "Placement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TrackingLink" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "creatorId" TEXT NOT NULL,
    "campaignId" TEXT NOT NULL,
    "merchantId" TEXT NOT NULL,
    "destinationUrl" TEXT NOT NULL,
    "disabledAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TrackingLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CouponCode" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "creatorId" TEXT NOT NULL,
    "campaignId" TEXT NOT NULL,
    "disabledAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CouponCode_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ContentPost" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "creatorId" TEXT NOT NULL,
    "campaignId" TEXT NOT NULL,
    "placement" TEXT NOT NULL,
    "url" TEXT,
    "postedAt" TIMESTAMP(3) NOT NULL,
    "impressions" INTEGER NOT NULL,

    CONSTRAINT "ContentPost_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Click" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "linkId" TEXT NOT NULL,
    "creatorId" TEXT NOT NULL,
    "campaignId" TEXT NOT NULL,
    "placement" TEXT NOT NULL,
    "rawSub" TEXT,
    "occurredAt" TIMESTAMP(3) NOT NULL,
    "country" CHAR(2),
    "referrerHost" TEXT,
    "device" "DeviceClass" NOT NULL,
    "isBot" BOOLEAN NOT NULL DEFAULT false,
    "ipHash" TEXT NOT NULL,

    CONSTRAINT "Click_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IpSalt" (
    "day" DATE NOT NULL,
    "salt" TEXT NOT NULL,

    CONSTRAINT "IpSalt_pkey" PRIMARY KEY ("day")
);

-- CreateTable
CREATE TABLE "Conversion" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "merchantId" TEXT NOT NULL,
    "orderId" TEXT NOT NULL,
    "event" "ConversionEvent" NOT NULL,
    "amountMinor" INTEGER NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "clickId" TEXT,
    "couponCode" TEXT,
    "customerHash" TEXT,
    "orderCountry" CHAR(2),
    "occurredAt" TIMESTAMP(3) NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "isTest" BOOLEAN NOT NULL DEFAULT false,
    "attributionMethod" "AttributionMethod" NOT NULL,
    "attributionReason" TEXT NOT NULL,
    "creatorId" TEXT,
    "campaignId" TEXT,
    "linkId" TEXT,
    "placement" TEXT,
    "isNewCustomer" BOOLEAN,

    CONSTRAINT "Conversion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Commission" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "conversionId" TEXT NOT NULL,
    "creatorId" TEXT NOT NULL,
    "campaignId" TEXT NOT NULL,
    "amountMinor" INTEGER NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "status" "CommissionStatus" NOT NULL DEFAULT 'pending',
    "isTest" BOOLEAN NOT NULL DEFAULT false,
    "holdUntil" TIMESTAMP(3) NOT NULL,
    "approvedAt" TIMESTAMP(3),
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Commission_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Payout" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "periodStart" TIMESTAMP(3) NOT NULL,
    "periodEnd" TIMESTAMP(3) NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "status" "PayoutStatus" NOT NULL DEFAULT 'draft',
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "paidAt" TIMESTAMP(3),

    CONSTRAINT "Payout_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PayoutLine" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "payoutId" TEXT NOT NULL,
    "creatorId" TEXT NOT NULL,
    "kind" "PayoutLineKind" NOT NULL,
    "commissionId" TEXT,
    "amountMinor" INTEGER NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "note" TEXT,

    CONSTRAINT "PayoutLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReviewItem" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "kind" "ReviewKind" NOT NULL,
    "dedupeKey" TEXT NOT NULL,
    "creatorId" TEXT,
    "conversionId" TEXT,
    "commissionId" TEXT,
    "evidence" JSONB NOT NULL,
    "status" "ReviewStatus" NOT NULL DEFAULT 'open',
    "note" TEXT,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReviewItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "actorId" TEXT,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PostbackLog" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT,
    "merchantId" TEXT,
    "channel" "PostbackChannel" NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "webhookId" TEXT,
    "httpStatus" INTEGER NOT NULL,
    "verdict" "PostbackVerdict" NOT NULL,
    "reason" TEXT NOT NULL,
    "payload" JSONB,
    "conversionId" TEXT,
    "isTest" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "PostbackLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DailyStat" (
    "workspaceId" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "creatorId" TEXT NOT NULL,
    "campaignId" TEXT NOT NULL,
    "placement" TEXT NOT NULL,
    "country" TEXT NOT NULL,
    "clicks" INTEGER NOT NULL DEFAULT 0,
    "uniqueClicks" INTEGER NOT NULL DEFAULT 0,
    "botClicks" INTEGER NOT NULL DEFAULT 0,
    "conversions" INTEGER NOT NULL DEFAULT 0,
    "revenueMinor" BIGINT NOT NULL DEFAULT 0,
    "refundsMinor" BIGINT NOT NULL DEFAULT 0,
    "commissionMinor" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "DailyStat_pkey" PRIMARY KEY ("workspaceId","day","creatorId","campaignId","placement","country")
);

-- CreateTable
CREATE TABLE "rate_limits" (
    "key" VARCHAR(255) NOT NULL,
    "points" INTEGER NOT NULL DEFAULT 0,
    "expire" BIGINT,

    CONSTRAINT "rate_limits_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "Workspace_slug_key" ON "Workspace"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "Membership_userId_idx" ON "Membership"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Membership_workspaceId_userId_key" ON "Membership"("workspaceId", "userId");

-- CreateIndex
CREATE INDEX "Creator_workspaceId_status_idx" ON "Creator"("workspaceId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Creator_workspaceId_email_key" ON "Creator"("workspaceId", "email");

-- CreateIndex
CREATE UNIQUE INDEX "Creator_workspaceId_userId_key" ON "Creator"("workspaceId", "userId");

-- CreateIndex
CREATE INDEX "CreatorHandle_workspaceId_handle_idx" ON "CreatorHandle"("workspaceId", "handle");

-- CreateIndex
CREATE UNIQUE INDEX "CreatorHandle_creatorId_platform_key" ON "CreatorHandle"("creatorId", "platform");

-- CreateIndex
CREATE INDEX "CreatorContract_workspaceId_idx" ON "CreatorContract"("workspaceId");

-- CreateIndex
CREATE UNIQUE INDEX "CreatorContract_creatorId_version_key" ON "CreatorContract"("creatorId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "DisclosureBrief_workspaceId_version_key" ON "DisclosureBrief"("workspaceId", "version");

-- CreateIndex
CREATE INDEX "DisclosureAcceptance_workspaceId_idx" ON "DisclosureAcceptance"("workspaceId");

-- CreateIndex
CREATE UNIQUE INDEX "DisclosureAcceptance_creatorId_briefId_key" ON "DisclosureAcceptance"("creatorId", "briefId");

-- CreateIndex
CREATE INDEX "Campaign_workspaceId_status_idx" ON "Campaign"("workspaceId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Campaign_workspaceId_utmCampaign_key" ON "Campaign"("workspaceId", "utmCampaign");

-- CreateIndex
CREATE UNIQUE INDEX "Merchant_pixelKey_key" ON "Merchant"("pixelKey");

-- CreateIndex
CREATE INDEX "Merchant_workspaceId_idx" ON "Merchant"("workspaceId");

-- CreateIndex
CREATE INDEX "MerchantSecret_merchantId_revokedAt_idx" ON "MerchantSecret"("merchantId", "revokedAt");

-- CreateIndex
CREATE INDEX "MerchantSecret_workspaceId_idx" ON "MerchantSecret"("workspaceId");

-- CreateIndex
CREATE UNIQUE INDEX "Placement_workspaceId_key_key" ON "Placement"("workspaceId", "key");

-- CreateIndex
CREATE UNIQUE INDEX "TrackingLink_code_key" ON "TrackingLink"("code");

-- CreateIndex
CREATE INDEX "TrackingLink_workspaceId_creatorId_idx" ON "TrackingLink"("workspaceId", "creatorId");

-- CreateIndex
CREATE INDEX "TrackingLink_updatedAt_idx" ON "TrackingLink"("updatedAt");

-- CreateIndex
CREATE UNIQUE INDEX "TrackingLink_campaignId_creatorId_key" ON "TrackingLink"("campaignId", "creatorId");

-- CreateIndex
CREATE INDEX "CouponCode_creatorId_idx" ON "CouponCode"("creatorId");

-- CreateIndex
CREATE UNIQUE INDEX "CouponCode_workspaceId_code_key" ON "CouponCode"("workspaceId", "code");

-- CreateIndex
CREATE INDEX "ContentPost_workspaceId_creatorId_idx" ON "ContentPost"("workspaceId", "creatorId");

-- CreateIndex
CREATE INDEX "Click_workspaceId_occurredAt_idx" ON "Click"("workspaceId", "occurredAt");

-- CreateIndex
CREATE INDEX "Click_creatorId_occurredAt_idx" ON "Click"("creatorId", "occurredAt");

-- CreateIndex
CREATE INDEX "Click_linkId_occurredAt_idx" ON "Click"("linkId", "occurredAt");

-- CreateIndex
CREATE INDEX "Click_ipHash_occurredAt_idx" ON "Click"("ipHash", "occurredAt");

-- CreateIndex
CREATE INDEX "Conversion_workspaceId_occurredAt_idx" ON "Conversion"("workspaceId", "occurredAt");

-- CreateIndex
CREATE INDEX "Conversion_creatorId_occurredAt_idx" ON "Conversion"("creatorId", "occurredAt");

-- CreateIndex
CREATE INDEX "Conversion_workspaceId_customerHash_idx" ON "Conversion"("workspaceId", "customerHash");

-- CreateIndex
CREATE UNIQUE INDEX "Conversion_merchantId_orderId_event_key" ON "Conversion"("merchantId", "orderId", "event");

-- CreateIndex
CREATE INDEX "Commission_workspaceId_status_idx" ON "Commission"("workspaceId", "status");

-- CreateIndex
CREATE INDEX "Commission_creatorId_status_idx" ON "Commission"("creatorId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Commission_conversionId_key" ON "Commission"("conversionId");

-- CreateIndex
CREATE UNIQUE INDEX "Payout_workspaceId_periodStart_periodEnd_key" ON "Payout"("workspaceId", "periodStart", "periodEnd");

-- CreateIndex
CREATE INDEX "PayoutLine_workspaceId_creatorId_idx" ON "PayoutLine"("workspaceId", "creatorId");

-- CreateIndex
CREATE UNIQUE INDEX "PayoutLine_payoutId_commissionId_kind_key" ON "PayoutLine"("payoutId", "commissionId", "kind");

-- CreateIndex
CREATE INDEX "ReviewItem_workspaceId_status_createdAt_idx" ON "ReviewItem"("workspaceId", "status", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "ReviewItem_workspaceId_dedupeKey_key" ON "ReviewItem"("workspaceId", "dedupeKey");

-- CreateIndex
CREATE INDEX "AuditLog_workspaceId_createdAt_idx" ON "AuditLog"("workspaceId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditLog_workspaceId_entityType_entityId_idx" ON "AuditLog"("workspaceId", "entityType", "entityId");

-- CreateIndex
CREATE INDEX "PostbackLog_workspaceId_receivedAt_idx" ON "PostbackLog"("workspaceId", "receivedAt");

-- CreateIndex
CREATE INDEX "PostbackLog_merchantId_receivedAt_idx" ON "PostbackLog"("merchantId", "receivedAt");

-- CreateIndex
CREATE INDEX "DailyStat_workspaceId_creatorId_day_idx" ON "DailyStat"("workspaceId", "creatorId", "day");

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Creator" ADD CONSTRAINT "Creator_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Creator" ADD CONSTRAINT "Creator_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CreatorHandle" ADD CONSTRAINT "CreatorHandle_creatorId_fkey" FOREIGN KEY ("creatorId") REFERENCES "Creator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CreatorContract" ADD CONSTRAINT "CreatorContract_creatorId_fkey" FOREIGN KEY ("creatorId") REFERENCES "Creator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DisclosureBrief" ADD CONSTRAINT "DisclosureBrief_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DisclosureAcceptance" ADD CONSTRAINT "DisclosureAcceptance_creatorId_fkey" FOREIGN KEY ("creatorId") REFERENCES "Creator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DisclosureAcceptance" ADD CONSTRAINT "DisclosureAcceptance_briefId_fkey" FOREIGN KEY ("briefId") REFERENCES "DisclosureBrief"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Campaign" ADD CONSTRAINT "Campaign_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Merchant" ADD CONSTRAINT "Merchant_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MerchantSecret" ADD CONSTRAINT "MerchantSecret_merchantId_fkey" FOREIGN KEY ("merchantId") REFERENCES "Merchant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Placement" ADD CONSTRAINT "Placement_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrackingLink" ADD CONSTRAINT "TrackingLink_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrackingLink" ADD CONSTRAINT "TrackingLink_creatorId_fkey" FOREIGN KEY ("creatorId") REFERENCES "Creator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrackingLink" ADD CONSTRAINT "TrackingLink_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrackingLink" ADD CONSTRAINT "TrackingLink_merchantId_fkey" FOREIGN KEY ("merchantId") REFERENCES "Merchant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CouponCode" ADD CONSTRAINT "CouponCode_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CouponCode" ADD CONSTRAINT "CouponCode_creatorId_fkey" FOREIGN KEY ("creatorId") REFERENCES "Creator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CouponCode" ADD CONSTRAINT "CouponCode_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContentPost" ADD CONSTRAINT "ContentPost_creatorId_fkey" FOREIGN KEY ("creatorId") REFERENCES "Creator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Commission" ADD CONSTRAINT "Commission_conversionId_fkey" FOREIGN KEY ("conversionId") REFERENCES "Conversion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Payout" ADD CONSTRAINT "Payout_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PayoutLine" ADD CONSTRAINT "PayoutLine_payoutId_fkey" FOREIGN KEY ("payoutId") REFERENCES "Payout"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PayoutLine" ADD CONSTRAINT "PayoutLine_commissionId_fkey" FOREIGN KEY ("commissionId") REFERENCES "Commission"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewItem" ADD CONSTRAINT "ReviewItem_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;
