import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db/client";
import { organizationSelect, toOrganization, type OrganizationDto } from "./dto";

/**
 * Every organisation (LAS missions, UN agencies, the Arab Group, audiences such as the media): the
 * reference list editors pick partners, participants, presenters and recipients from. Readable by
 * signed-in users; anonymous readers meet organisations only through the records that name them.
 */
export async function listOrganizations(viewer: Viewer): Promise<OrganizationDto[]> {
  if (viewer.kind === "anonymous") return [];
  const rows = await getDb().organization.findMany({ select: organizationSelect, orderBy: { key: "asc" } });
  return rows.map(toOrganization);
}
