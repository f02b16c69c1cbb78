import "server-only";
import { getHistory, type AuditEventDto } from "@/lib/audit/data";
import { can } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer";
import type { TimelineResource } from "./record-timeline";

/** The record's history when the viewer may read it (signed-in roles), else null: no timeline is shown. */
export async function loadTimeline(
  viewer: Viewer,
  resource: TimelineResource,
  id: string,
): Promise<AuditEventDto[] | null> {
  if (!can(viewer, "read", "auditHistory") || !can(viewer, "read", resource)) return null;
  return getHistory(viewer, resource, id);
}
