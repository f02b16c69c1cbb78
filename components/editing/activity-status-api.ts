import type { ActivitySummary } from "@/lib/activities/dto";
import type { ErrorShape } from "./edit-state";

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

/** A refused or failed request: the API's error shape, or none when the server was not reached. */
export class ApiFailure extends Error {
  constructor(
    readonly error: ErrorShape | null,
    readonly httpStatus: number,
  ) {
    super(error?.code ?? "network");
  }
}

async function call(url: string, init: RequestInit, locale: string): Promise<StatusSnapshot> {
  let response: Response;
  try {
    response = await fetch(url, {
      ...init,
      credentials: "same-origin",
      headers: {
        accept: "application/json",
        "accept-language": locale,
        ...(init.body ? { "content-type": "application/json" } : {}),
      },
      cache: "no-store",
    });
  } catch {
    throw new ApiFailure(null, 0);
  }
  const body = (await response.json().catch(() => null)) as { data?: StatusSnapshot; error?: ErrorShape } | null;
  if (!response.ok || !body?.data) throw new ApiFailure(body?.error ?? null, response.status);
  const { status, progress, version } = body.data;
  return { status, progress, version };
}

export function fetchActivityStatus(activityId: string, locale: string): Promise<StatusSnapshot> {
  return call(`/api/v1/activities/${encodeURIComponent(activityId)}`, { method: "GET" }, locale);
}

export function patchActivityStatus(activityId: string, change: StatusChange, locale: string): Promise<StatusSnapshot> {
  return call(
    `/api/v1/activities/${encodeURIComponent(activityId)}`,
    { method: "PATCH", body: JSON.stringify(change) },
    locale,
  );
}
