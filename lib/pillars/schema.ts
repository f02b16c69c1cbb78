import { z } from "zod";
import { Id, Key, OptionalText, Version } from "@/lib/validation/fields";
import { LocalizedText } from "@/lib/i18n/localized-text";

// Input of the pillar mutations and of POST/PATCH /api/v1/pillars. A pillar stays in its plan;
// its place among the plan's pillars changes through the reorder (PUT /plans/{id}/pillar-order).

export const PillarCreateInput = z
  .strictObject({
    planId: Id,
    key: Key.optional(),
    title: LocalizedText,
    description: OptionalText.optional(),
    /** 1-based; appended after the last pillar when omitted. */
    position: z.int().min(1).max(1000).optional(),
  })
  .meta({ id: "PillarCreateInput" });
export type PillarCreateInput = z.infer<typeof PillarCreateInput>;

export const PillarUpdateInput = z
  .strictObject({
    title: LocalizedText.optional(),
    description: OptionalText.optional(),
    version: Version,
  })
  .meta({ id: "PillarUpdateInput" });
export type PillarUpdateInput = z.infer<typeof PillarUpdateInput>;

/** `GET /api/v1/pillars?planId=`. */
export const PillarListQuery = z.object({ planId: Id.optional() });
