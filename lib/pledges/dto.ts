import type { Prisma } from "@/lib/db/generated/client";
import type { PledgeStatus, PledgeUpdateStatus } from "@/lib/db/generated/enums";
import { isoDate } from "@/lib/db/dto";
import { toLocalizedText, toOptionalLocalizedText, type LocalizedText } from "@/lib/i18n/localized-text";
import { meetingRefSelect, toMeetingRef, type MeetingRef } from "@/lib/meetings/dto";
import { memberStateSelect, toMemberState, type MemberStateDto } from "@/lib/member-states/dto";

export interface PersonRef {
  id: string;
  name: string;
}

export interface PledgeDto {
  id: string;
  key: string;
  memberState: MemberStateDto;
  /** The forum where it was made. */
  meeting: MeetingRef | null;
  title: LocalizedText;
  description: LocalizedText | null;
  status: PledgeStatus;
  /** 0–100: the progress of the latest accepted update (or as the secretariat set it). */
  progress: number;
  /** Updates waiting for the secretariat's review, among those the viewer may read. */
  pendingUpdates: number;
  /** `reportedOn` of the latest accepted update the viewer may read. */
  lastAcceptedOn: string | null;
  updatedAt: string;
  version: number;
}

export interface PledgeUpdateDto {
  id: string;
  pledgeId: string;
  /** Null once the author's account is deleted. */
  author: PersonRef | null;
  reportedOn: string;
  progress: number | null;
  body: LocalizedText;
  status: PledgeUpdateStatus;
  reviewer: PersonRef | null;
  reviewedAt: string | null;
  /** Why the secretariat returned it (or a remark on accepting it). */
  reviewNote: LocalizedText | null;
  createdAt: string;
  updatedAt: string;
  version: number;
}

/** An update in the secretariat's review queue, with the pledge it reports on. */
export interface PendingPledgeUpdateDto extends PledgeUpdateDto {
  pledge: { id: string; title: LocalizedText; progress: number; memberState: MemberStateDto };
}

export const pledgeSelect = {
  id: true,
  key: true,
  memberState: { select: memberStateSelect },
  meeting: { select: meetingRefSelect },
  title: true,
  description: true,
  status: true,
  progress: true,
  updatedAt: true,
  version: true,
} satisfies Prisma.PledgeSelect;

export interface UpdateCounts {
  pending: number;
  lastAcceptedOn: string | null;
}

export function toPledge(
  row: Prisma.PledgeGetPayload<{ select: typeof pledgeSelect }>,
  counts?: UpdateCounts,
): PledgeDto {
  return {
    id: row.id,
    key: row.key,
    memberState: toMemberState(row.memberState),
    meeting: row.meeting ? toMeetingRef(row.meeting) : null,
    title: toLocalizedText(row.title),
    description: toOptionalLocalizedText(row.description),
    status: row.status,
    progress: row.progress,
    pendingUpdates: counts?.pending ?? 0,
    lastAcceptedOn: counts?.lastAcceptedOn ?? null,
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}

const person = { select: { id: true, name: true } } as const;

export const pledgeUpdateSelect = {
  id: true,
  pledgeId: true,
  author: person,
  reportedOn: true,
  progress: true,
  body: true,
  status: true,
  reviewer: person,
  reviewedAt: true,
  reviewNote: true,
  createdAt: true,
  updatedAt: true,
  version: true,
} satisfies Prisma.PledgeUpdateSelect;

export function toPledgeUpdate(
  row: Prisma.PledgeUpdateGetPayload<{ select: typeof pledgeUpdateSelect }>,
): PledgeUpdateDto {
  return {
    ...row,
    reportedOn: isoDate(row.reportedOn),
    body: toLocalizedText(row.body),
    reviewedAt: row.reviewedAt?.toISOString() ?? null,
    reviewNote: toOptionalLocalizedText(row.reviewNote),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export const pendingPledgeUpdateSelect = {
  ...pledgeUpdateSelect,
  pledge: { select: { id: true, title: true, progress: true, memberState: { select: memberStateSelect } } },
} satisfies Prisma.PledgeUpdateSelect;

export function toPendingPledgeUpdate(
  row: Prisma.PledgeUpdateGetPayload<{ select: typeof pendingPledgeUpdateSelect }>,
): PendingPledgeUpdateDto {
  const { pledge, ...update } = row;
  return {
    ...toPledgeUpdate(update),
    pledge: {
      id: pledge.id,
      title: toLocalizedText(pledge.title),
      progress: pledge.progress,
      memberState: toMemberState(pledge.memberState),
    },
  };
}
