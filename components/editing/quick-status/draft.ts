import type { ActivityStatus, StatusChange, StatusSnapshot } from "../activity-status-api";

// What the dialog holds while the user types, and the change it asks the API for. Pure, so the
// rules (only what changed is sent; a typed non-number goes to the server to be refused) are
// unit-tested without a browser.

export interface Draft {
  status: ActivityStatus;
  progress: string;
  note: string;
}

/** Messages shown beside the dialog's fields, which stays open while there are any. */
export interface DraftErrors {
  progress?: string[];
  note?: string[];
}

export function fromSnapshot(snapshot: StatusSnapshot): Draft {
  return { status: snapshot.status, progress: String(snapshot.progress), note: "" };
}

/** The draft after choosing `status`: completed means 100, unless the user set the progress. */
export function withStatus(draft: Draft, status: ActivityStatus, progressTouched: boolean): Draft {
  return { ...draft, status, progress: status === "completed" && !progressTouched ? "100" : draft.progress };
}

/** The PATCH for `draft` against `current`, or null when nothing would change. */
export function changeFrom(draft: Draft, current: StatusSnapshot): StatusChange | null {
  const change: StatusChange = { version: current.version };
  if (draft.status !== current.status) change.status = draft.status;
  const typed = draft.progress.trim();
  const progress = Number(draft.progress);
  if (typed !== "" && Number.isInteger(progress) && progress !== current.progress) change.progress = progress;
  else if (typed !== "" && !Number.isInteger(progress)) change.progress = Number.NaN;
  const note = draft.note.trim();
  if (note) change.note = note;
  if (change.status === undefined && change.progress === undefined && !change.note) return null;
  return change;
}
