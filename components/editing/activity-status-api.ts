import type { ActivitySummary } from "@/lib/activities/dto";
import { apiRequest, type ApiRequest } from "@/lib/api/client";

// The browser side of the quick status update: `PATCH /api/v1/activities/{id}` with the session
// cookie (same origin), answered `{ data }` with the new version or the one error shape.

export type ActivityStatus = ActivitySummary["status"];

export interface StatusSnapshot {
  status: ActivityStatus;
  progress: number;
  version: number;
}

export interface StatusChange {
  status?: ActivityStatus;
  progress?: number;
  note?: string;
  version: number;
}

async function call(url: string, request: ApiRequest): Promise<StatusSnapshot> {
  const { status, progress, version } = await apiRequest<StatusSnapshot>(url, request);
  return { status, progress, version };
}

export function fetchActivityStatus(activityId: string, locale: string): Promise<StatusSnapshot> {
  return call(`/api/v1/activities/${encodeURIComponent(activityId)}`, { method: "GET", locale });
}

export function patchActivityStatus(activityId: string, change: StatusChange, locale: string): Promise<StatusSnapshot> {
  return call(`/api/v1/activities/${encodeURIComponent(activityId)}`, { method: "PATCH", body: change, locale });
}
