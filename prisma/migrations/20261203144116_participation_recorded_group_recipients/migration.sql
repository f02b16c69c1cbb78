-- AlterTable
ALTER TABLE "Meeting" ADD COLUMN     "participationRecorded" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Organization" ADD COLUMN     "coversMemberStates" BOOLEAN NOT NULL DEFAULT false;

-- Hand-written: a meeting that already lists participating states has its participation
-- recorded; the member states as one addressee, the Arab Group and the LAS missions stand for
-- every state.
UPDATE "Meeting" m SET "participationRecorded" = true
WHERE EXISTS (SELECT 1 FROM "MeetingParticipation" p WHERE p."meetingId" = m.id);

UPDATE "Organization" SET "coversMemberStates" = true
WHERE "key" IN ('member-states', 'arab-group', 'las-missions-abroad', 'las-mission-geneva', 'las-mission-new-york');
