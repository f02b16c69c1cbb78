import { z } from "zod";

/**
 * `GET /api/v1/meetings.ics` and `/api/v1/plans/{id}/meetings.ics`. Calendar apps subscribe by URL
 * and send neither cookies nor headers, so a personal API token may ride in the query here (and
 * only here); `locale` (ar|en, default ar) is the language of the events.
 */
export const FeedQuery = z.object({
  token: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .optional()
    .meta({ description: "A personal API token (`mtb_...`): the feed then holds what its owner may read." }),
});
