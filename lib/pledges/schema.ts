import { z } from "zod";
import { Id, IsoDate, Key, MemberStateCode, OptionalText, Version, intBetween } from "@/lib/validation/fields";
import { PledgeStatus } from "@/lib/db/generated/enums";
import { LocalizedText, LongLocalizedText } from "@/lib/i18n/localized-text";

// Input of the pledge mutations, the pledge forms and /api/v1/pledges, /api/v1/pledge-updates.
// A pledge is recorded by the secretariat; a pledge update is a progress report on it, posted by
// the state's focal point (or the secretariat) and accepted or returned by the secretariat.

export const Progress = intBetween(0, 100);

const pledgeFields = {
  memberStateId: MemberStateCode,
  /** The forum where the pledge was made (GRF 2019, GRF 2023, ...). */
  meetingId: Id.nullable(),
  title: LocalizedText,
  description: OptionalText,
  status: z.enum(PledgeStatus),
  progress: Progress,
};

const optionalPledgeFields = z.object(pledgeFields).partial().shape;

export const PledgeCreateInput = z
  .strictObject({
    ...optionalPledgeFields,
    key: Key.optional(),
    memberStateId: pledgeFields.memberStateId,
    title: pledgeFields.title,
  })
  .meta({ id: "PledgeCreateInput" });
export type PledgeCreateInput = z.infer<typeof PledgeCreateInput>;

export const PledgeUpdateInput = z
  .strictObject({ ...optionalPledgeFields, version: Version })
  .meta({ id: "PledgeUpdateInput" });
export type PledgeUpdateInput = z.infer<typeof PledgeUpdateInput>;

/** `GET /api/v1/pledges?memberStateId=EG` (or `meetingId=`). */
export const PledgeListQuery = z.object({ memberStateId: MemberStateCode.optional(), meetingId: Id.optional() });
export type PledgeListQuery = z.infer<typeof PledgeListQuery>;

const reportFields = {
  /** The day the progress is reported as of. */
  reportedOn: IsoDate,
  /** The pledge's progress (0–100) as the state reports it; omitted when the report gives none. */
  progress: Progress.nullable(),
  body: LongLocalizedText,
};

export const PledgeUpdatePostInput = z
  .strictObject({ ...reportFields, progress: reportFields.progress.optional() })
  .meta({ id: "PledgeUpdatePostInput" });
export type PledgeUpdatePostInput = z.infer<typeof PledgeUpdatePostInput>;

/** Rewording a report that is waiting for review or was returned; it goes back to the review queue. */
export const PledgeUpdateEditInput = z
  .strictObject({ ...z.object(reportFields).partial().shape, version: Version })
  .meta({ id: "PledgeUpdateEditInput" });
export type PledgeUpdateEditInput = z.infer<typeof PledgeUpdateEditInput>;

export const REVIEW_DECISIONS = ["accept", "return"] as const;

/** The secretariat's decision on a report; returning one says why. */
export const PledgeUpdateReviewInput = z
  .strictObject({ decision: z.enum(REVIEW_DECISIONS), note: OptionalText.optional(), version: Version })
  .refine((review) => review.decision === "accept" || review.note != null, {
    path: ["note"],
    params: { key: "required" },
  })
  .meta({ id: "PledgeUpdateReviewInput" });
export type PledgeUpdateReviewInput = z.infer<typeof PledgeUpdateReviewInput>;
