import { z } from "zod";
import { FRAMEWORK_TARGET_IDS } from "./reference";

// Tags on activities and deliverables: ids from the reference list (reference.ts). An unknown id
// or a repeated one is reported on the list as a whole, where the form shows its error.

const known = new Set(FRAMEWORK_TARGET_IDS);

/** The framework targets a record is tagged with; replaces the list. */
export const FrameworkTargetIds = z
  .array(z.string().max(20))
  .max(FRAMEWORK_TARGET_IDS.length)
  .superRefine((ids, context) => {
    if (ids.some((id) => !known.has(id))) {
      context.addIssue({ code: "custom", params: { key: "unknown_reference" }, input: ids });
    }
    if (new Set(ids).size !== ids.length)
      context.addIssue({ code: "custom", params: { key: "duplicate" }, input: ids });
  })
  .meta({ description: "Ids of framework targets (see GET /api/v1/frameworks), e.g. `gcm-23`, `gcr-1`, `sdg-10.7`." });
