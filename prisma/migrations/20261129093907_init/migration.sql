-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "DatePrecision" AS ENUM ('day', 'month', 'year');

-- CreateEnum
CREATE TYPE "PlanStatus" AS ENUM ('draft', 'circulated', 'adopted', 'in_implementation', 'closed');

-- CreateEnum
CREATE TYPE "ActivityStatus" AS ENUM ('not_started', 'in_progress', 'completed', 'postponed', 'cancelled');

-- CreateEnum
CREATE TYPE "ActivityType" AS ENUM ('meeting', 'capacity_building', 'consultation', 'forum_participation', 'documentation', 'advocacy', 'mainstreaming', 'other');

-- CreateEnum
CREATE TYPE "MeetingKind" AS ENUM ('arcp_session', 'workshop', 'regional_consultation', 'international_forum', 'high_level_officials', 'other');

-- CreateEnum
CREATE TYPE "MeetingStatus" AS ENUM ('planned', 'held', 'postponed', 'cancelled');

-- CreateEnum
CREATE TYPE "DeliverableType" AS ENUM ('final_statement', 'information_paper', 'documentary_file', 'key_messages', 'statement', 'contribution_paper', 'other');

-- CreateEnum
CREATE TYPE "DeliverableStageKind" AS ENUM ('drafted', 'adopted', 'issued', 'translated', 'submitted', 'circulated', 'published');

-- CreateEnum
CREATE TYPE "OrganizationKind" AS ENUM ('las_unit', 'las_mission', 'un_agency', 'state_group', 'media', 'audience', 'other');

-- CreateEnum
CREATE TYPE "PledgeStatus" AS ENUM ('announced', 'in_progress', 'fulfilled', 'withdrawn');

-- CreateEnum
CREATE TYPE "PledgeUpdateStatus" AS ENUM ('submitted', 'accepted', 'returned');

-- CreateEnum
CREATE TYPE "UserRole" AS ENUM ('admin', 'secretariat', 'focal_point', 'observer');

-- CreateEnum
CREATE TYPE "AuditAction" AS ENUM ('create', 'update', 'delete', 'status_change');

-- CreateTable
CREATE TABLE "ActionPlan" (
    "id" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "startYear" INTEGER NOT NULL,
    "endYear" INTEGER NOT NULL,
    "title" JSONB NOT NULL,
    "summary" JSONB,
    "status" "PlanStatus" NOT NULL DEFAULT 'draft',
    "isPublic" BOOLEAN NOT NULL DEFAULT false,
    "adoptionMeetingId" UUID,
    "circulatedOn" DATE,
    "adoptedOn" DATE,
    "adoptedPrecision" "DatePrecision" NOT NULL DEFAULT 'day',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ActionPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Pillar" (
    "id" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "planId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "title" JSONB NOT NULL,
    "description" JSONB,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Pillar_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Activity" (
    "id" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "pillarId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "title" JSONB NOT NULL,
    "description" JSONB,
    "type" "ActivityType" NOT NULL DEFAULT 'other',
    "status" "ActivityStatus" NOT NULL DEFAULT 'not_started',
    "progress" INTEGER NOT NULL DEFAULT 0,
    "plannedStart" DATE,
    "plannedEnd" DATE,
    "actualStart" DATE,
    "actualEnd" DATE,
    "datePrecision" "DatePrecision" NOT NULL DEFAULT 'day',
    "leadUnit" JSONB,
    "outcome" JSONB,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Activity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActivityPartner" (
    "activityId" UUID NOT NULL,
    "organizationId" UUID NOT NULL,

    CONSTRAINT "ActivityPartner_pkey" PRIMARY KEY ("activityId","organizationId")
);

-- CreateTable
CREATE TABLE "ActivityMeeting" (
    "activityId" UUID NOT NULL,
    "meetingId" UUID NOT NULL,

    CONSTRAINT "ActivityMeeting_pkey" PRIMARY KEY ("activityId","meetingId")
);

-- CreateTable
CREATE TABLE "Meeting" (
    "id" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "planId" UUID,
    "kind" "MeetingKind" NOT NULL,
    "sessionNumber" INTEGER,
    "series" TEXT,
    "title" JSONB NOT NULL,
    "status" "MeetingStatus" NOT NULL DEFAULT 'planned',
    "startDate" DATE NOT NULL,
    "endDate" DATE,
    "datePrecision" "DatePrecision" NOT NULL DEFAULT 'day',
    "city" JSONB,
    "venue" JSONB,
    "organizer" JSONB,
    "objectives" JSONB,
    "outcome" JSONB,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Meeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingParticipation" (
    "meetingId" UUID NOT NULL,
    "memberStateId" CHAR(2) NOT NULL,
    "presentedEfforts" BOOLEAN NOT NULL DEFAULT false,
    "note" JSONB,

    CONSTRAINT "MeetingParticipation_pkey" PRIMARY KEY ("meetingId","memberStateId")
);

-- CreateTable
CREATE TABLE "MeetingOrganization" (
    "meetingId" UUID NOT NULL,
    "organizationId" UUID NOT NULL,

    CONSTRAINT "MeetingOrganization_pkey" PRIMARY KEY ("meetingId","organizationId")
);

-- CreateTable
CREATE TABLE "AgendaItem" (
    "id" UUID NOT NULL,
    "meetingId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "title" JSONB NOT NULL,
    "description" JSONB,

    CONSTRAINT "AgendaItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgendaItemPresenter" (
    "id" UUID NOT NULL,
    "agendaItemId" UUID NOT NULL,
    "organizationId" UUID,
    "memberStateId" CHAR(2),

    CONSTRAINT "AgendaItemPresenter_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Deliverable" (
    "id" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "type" "DeliverableType" NOT NULL,
    "title" JSONB NOT NULL,
    "description" JSONB,
    "meetingId" UUID,
    "activityId" UUID,
    "targetMeetingId" UUID,
    "documentUrl" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Deliverable_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DeliverableStage" (
    "id" UUID NOT NULL,
    "deliverableId" UUID NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "stage" "DeliverableStageKind" NOT NULL,
    "completed" BOOLEAN NOT NULL DEFAULT true,
    "date" DATE,
    "datePrecision" "DatePrecision" NOT NULL DEFAULT 'day',
    "language" TEXT,
    "note" JSONB,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DeliverableStage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StageRecipient" (
    "id" UUID NOT NULL,
    "stageId" UUID NOT NULL,
    "organizationId" UUID,
    "memberStateId" CHAR(2),
    "note" JSONB,

    CONSTRAINT "StageRecipient_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Organization" (
    "id" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "kind" "OrganizationKind" NOT NULL,
    "name" JSONB NOT NULL,
    "abbreviation" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Organization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MemberState" (
    "id" CHAR(2) NOT NULL,
    "alpha3" CHAR(3) NOT NULL,
    "name" JSONB NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MemberState_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Pledge" (
    "id" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "memberStateId" CHAR(2) NOT NULL,
    "meetingId" UUID,
    "title" JSONB NOT NULL,
    "description" JSONB,
    "status" "PledgeStatus" NOT NULL DEFAULT 'announced',
    "progress" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Pledge_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PledgeUpdate" (
    "id" UUID NOT NULL,
    "pledgeId" UUID NOT NULL,
    "authorId" UUID,
    "reportedOn" DATE NOT NULL,
    "progress" INTEGER,
    "body" JSONB NOT NULL,
    "status" "PledgeUpdateStatus" NOT NULL DEFAULT 'submitted',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PledgeUpdate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "emailVerified" BOOLEAN NOT NULL DEFAULT false,
    "role" "UserRole" NOT NULL DEFAULT 'observer',
    "memberStateId" CHAR(2),
    "locale" TEXT NOT NULL DEFAULT 'ar',
    "disabledAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" UUID,
    "actorLabel" TEXT,
    "action" "AuditAction" NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "changes" JSONB NOT NULL DEFAULT '{}',
    "note" JSONB,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ActionPlan_key_key" ON "ActionPlan"("key");

-- CreateIndex
CREATE INDEX "ActionPlan_startYear_idx" ON "ActionPlan"("startYear");

-- CreateIndex
CREATE UNIQUE INDEX "Pillar_key_key" ON "Pillar"("key");

-- CreateIndex
CREATE INDEX "Pillar_planId_position_idx" ON "Pillar"("planId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "Activity_key_key" ON "Activity"("key");

-- CreateIndex
CREATE INDEX "Activity_pillarId_position_idx" ON "Activity"("pillarId", "position");

-- CreateIndex
CREATE INDEX "Activity_status_idx" ON "Activity"("status");

-- CreateIndex
CREATE INDEX "ActivityPartner_organizationId_idx" ON "ActivityPartner"("organizationId");

-- CreateIndex
CREATE INDEX "ActivityMeeting_meetingId_idx" ON "ActivityMeeting"("meetingId");

-- CreateIndex
CREATE UNIQUE INDEX "Meeting_key_key" ON "Meeting"("key");

-- CreateIndex
CREATE INDEX "Meeting_startDate_idx" ON "Meeting"("startDate");

-- CreateIndex
CREATE INDEX "Meeting_planId_idx" ON "Meeting"("planId");

-- CreateIndex
CREATE INDEX "MeetingParticipation_memberStateId_idx" ON "MeetingParticipation"("memberStateId");

-- CreateIndex
CREATE INDEX "MeetingOrganization_organizationId_idx" ON "MeetingOrganization"("organizationId");

-- CreateIndex
CREATE INDEX "AgendaItem_meetingId_position_idx" ON "AgendaItem"("meetingId", "position");

-- CreateIndex
CREATE INDEX "AgendaItemPresenter_agendaItemId_idx" ON "AgendaItemPresenter"("agendaItemId");

-- CreateIndex
CREATE UNIQUE INDEX "Deliverable_key_key" ON "Deliverable"("key");

-- CreateIndex
CREATE INDEX "Deliverable_activityId_idx" ON "Deliverable"("activityId");

-- CreateIndex
CREATE INDEX "Deliverable_meetingId_idx" ON "Deliverable"("meetingId");

-- CreateIndex
CREATE INDEX "DeliverableStage_deliverableId_position_idx" ON "DeliverableStage"("deliverableId", "position");

-- CreateIndex
CREATE INDEX "StageRecipient_stageId_idx" ON "StageRecipient"("stageId");

-- CreateIndex
CREATE UNIQUE INDEX "Organization_key_key" ON "Organization"("key");

-- CreateIndex
CREATE UNIQUE INDEX "MemberState_alpha3_key" ON "MemberState"("alpha3");

-- CreateIndex
CREATE UNIQUE INDEX "Pledge_key_key" ON "Pledge"("key");

-- CreateIndex
CREATE INDEX "Pledge_memberStateId_idx" ON "Pledge"("memberStateId");

-- CreateIndex
CREATE INDEX "PledgeUpdate_pledgeId_reportedOn_idx" ON "PledgeUpdate"("pledgeId", "reportedOn");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "AuditEvent_entityType_entityId_at_idx" ON "AuditEvent"("entityType", "entityId", "at");

-- CreateIndex
CREATE INDEX "AuditEvent_at_idx" ON "AuditEvent"("at");

-- AddForeignKey
ALTER TABLE "ActionPlan" ADD CONSTRAINT "ActionPlan_adoptionMeetingId_fkey" FOREIGN KEY ("adoptionMeetingId") REFERENCES "Meeting"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Pillar" ADD CONSTRAINT "Pillar_planId_fkey" FOREIGN KEY ("planId") REFERENCES "ActionPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_pillarId_fkey" FOREIGN KEY ("pillarId") REFERENCES "Pillar"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityPartner" ADD CONSTRAINT "ActivityPartner_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityPartner" ADD CONSTRAINT "ActivityPartner_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityMeeting" ADD CONSTRAINT "ActivityMeeting_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityMeeting" ADD CONSTRAINT "ActivityMeeting_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_planId_fkey" FOREIGN KEY ("planId") REFERENCES "ActionPlan"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingParticipation" ADD CONSTRAINT "MeetingParticipation_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingParticipation" ADD CONSTRAINT "MeetingParticipation_memberStateId_fkey" FOREIGN KEY ("memberStateId") REFERENCES "MemberState"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingOrganization" ADD CONSTRAINT "MeetingOrganization_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingOrganization" ADD CONSTRAINT "MeetingOrganization_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItemPresenter" ADD CONSTRAINT "AgendaItemPresenter_agendaItemId_fkey" FOREIGN KEY ("agendaItemId") REFERENCES "AgendaItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItemPresenter" ADD CONSTRAINT "AgendaItemPresenter_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItemPresenter" ADD CONSTRAINT "AgendaItemPresenter_memberStateId_fkey" FOREIGN KEY ("memberStateId") REFERENCES "MemberState"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Deliverable" ADD CONSTRAINT "Deliverable_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Deliverable" ADD CONSTRAINT "Deliverable_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Deliverable" ADD CONSTRAINT "Deliverable_targetMeetingId_fkey" FOREIGN KEY ("targetMeetingId") REFERENCES "Meeting"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeliverableStage" ADD CONSTRAINT "DeliverableStage_deliverableId_fkey" FOREIGN KEY ("deliverableId") REFERENCES "Deliverable"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StageRecipient" ADD CONSTRAINT "StageRecipient_stageId_fkey" FOREIGN KEY ("stageId") REFERENCES "DeliverableStage"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StageRecipient" ADD CONSTRAINT "StageRecipient_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StageRecipient" ADD CONSTRAINT "StageRecipient_memberStateId_fkey" FOREIGN KEY ("memberStateId") REFERENCES "MemberState"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Pledge" ADD CONSTRAINT "Pledge_memberStateId_fkey" FOREIGN KEY ("memberStateId") REFERENCES "MemberState"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Pledge" ADD CONSTRAINT "Pledge_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PledgeUpdate" ADD CONSTRAINT "PledgeUpdate_pledgeId_fkey" FOREIGN KEY ("pledgeId") REFERENCES "Pledge"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PledgeUpdate" ADD CONSTRAINT "PledgeUpdate_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_memberStateId_fkey" FOREIGN KEY ("memberStateId") REFERENCES "MemberState"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written: rules Prisma's schema language cannot express.

-- Progress is a percentage.
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_progress_range" CHECK ("progress" BETWEEN 0 AND 100);
ALTER TABLE "Pledge" ADD CONSTRAINT "Pledge_progress_range" CHECK ("progress" BETWEEN 0 AND 100);
ALTER TABLE "PledgeUpdate" ADD CONSTRAINT "PledgeUpdate_progress_range" CHECK ("progress" IS NULL OR "progress" BETWEEN 0 AND 100);

-- A presenter or recipient is exactly one of an organisation or a member state.
ALTER TABLE "AgendaItemPresenter" ADD CONSTRAINT "AgendaItemPresenter_one_party"
  CHECK (num_nonnulls("organizationId", "memberStateId") = 1);
ALTER TABLE "StageRecipient" ADD CONSTRAINT "StageRecipient_one_party"
  CHECK (num_nonnulls("organizationId", "memberStateId") = 1);

-- The audit trail is append-only: no UPDATE, DELETE or TRUNCATE, whoever asks.
CREATE FUNCTION "AuditEvent_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'AuditEvent is append-only: % is not allowed', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER "AuditEvent_no_update_delete" BEFORE UPDATE OR DELETE ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION "AuditEvent_append_only"();
CREATE TRIGGER "AuditEvent_no_truncate" BEFORE TRUNCATE ON "AuditEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION "AuditEvent_append_only"();
