-- CreateEnum
CREATE TYPE "Framework" AS ENUM ('gcm', 'gcr', 'sdg');

-- CreateEnum
CREATE TYPE "DigitSystem" AS ENUM ('latn', 'arab');

-- AlterTable
ALTER TABLE "PledgeUpdate" ADD COLUMN     "reviewNote" JSONB,
ADD COLUMN     "reviewedAt" TIMESTAMPTZ(3),
ADD COLUMN     "reviewerId" UUID,
ADD COLUMN     "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "digits" "DigitSystem" NOT NULL DEFAULT 'latn',
ADD COLUMN     "showHijri" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "FrameworkTarget" (
    "id" TEXT NOT NULL,
    "framework" "Framework" NOT NULL,
    "code" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "title" JSONB NOT NULL,

    CONSTRAINT "FrameworkTarget_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActivityFramework" (
    "activityId" UUID NOT NULL,
    "targetId" TEXT NOT NULL,

    CONSTRAINT "ActivityFramework_pkey" PRIMARY KEY ("activityId","targetId")
);

-- CreateTable
CREATE TABLE "DeliverableFramework" (
    "deliverableId" UUID NOT NULL,
    "targetId" TEXT NOT NULL,

    CONSTRAINT "DeliverableFramework_pkey" PRIMARY KEY ("deliverableId","targetId")
);

-- CreateIndex
CREATE INDEX "FrameworkTarget_framework_position_idx" ON "FrameworkTarget"("framework", "position");

-- CreateIndex
CREATE UNIQUE INDEX "FrameworkTarget_framework_code_key" ON "FrameworkTarget"("framework", "code");

-- CreateIndex
CREATE INDEX "ActivityFramework_targetId_idx" ON "ActivityFramework"("targetId");

-- CreateIndex
CREATE INDEX "DeliverableFramework_targetId_idx" ON "DeliverableFramework"("targetId");

-- AddForeignKey
ALTER TABLE "PledgeUpdate" ADD CONSTRAINT "PledgeUpdate_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityFramework" ADD CONSTRAINT "ActivityFramework_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityFramework" ADD CONSTRAINT "ActivityFramework_targetId_fkey" FOREIGN KEY ("targetId") REFERENCES "FrameworkTarget"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeliverableFramework" ADD CONSTRAINT "DeliverableFramework_deliverableId_fkey" FOREIGN KEY ("deliverableId") REFERENCES "Deliverable"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeliverableFramework" ADD CONSTRAINT "DeliverableFramework_targetId_fkey" FOREIGN KEY ("targetId") REFERENCES "FrameworkTarget"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
