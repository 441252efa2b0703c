-- AlterTable
ALTER TABLE "Workspace" ADD COLUMN     "utmAllowedMediums" TEXT[] DEFAULT ARRAY['influencer', 'affiliate', 'social']::TEXT[],
ADD COLUMN     "utmAllowedSources" TEXT[] DEFAULT ARRAY['{creator}']::TEXT[],
ADD COLUMN     "utmCampaignPattern" TEXT NOT NULL DEFAULT '^[a-z0-9]+(-[a-z0-9]+)*$',
ADD COLUMN     "utmTermNote" TEXT;
