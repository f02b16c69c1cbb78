import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { writeAudits, type Tx } from "./write";

// Activity ↔ meeting links belong to both records: each lists them (`meetingIds`, `activityIds`)
// and may replace the whole list in an update. Changing them from one side therefore bumps the
// other side's version too and is written to its history, or a client holding that side's old
// version could put back a link someone removed (a lost update) without a 409.

/** Counterparts added to or removed from `before` → `after`. */
function touched(before: readonly string[], after: readonly string[]): { id: string; added: boolean }[] {
  const was = new Set(before);
  const is = new Set(after);
  return [
    ...after.filter((id) => !was.has(id)).map((id) => ({ id, added: true })),
    ...before.filter((id) => !is.has(id)).map((id) => ({ id, added: false })),
  ];
}

/**
 * After activity `selfId`'s meetings went from `before` to `after` (already written), bumps each
 * affected meeting's version and audits its `activityIds` change.
 */
export async function touchMeetingsOf(
  tx: Tx,
  viewer: Viewer,
  selfId: string,
  before: string[],
  after: string[],
): Promise<void> {
  const affected = touched(before, after);
  if (affected.length === 0) return;
  const ids = affected.map((a) => a.id);
  await tx.meeting.updateMany({ where: { id: { in: ids } }, data: { version: { increment: 1 } } });
  const links = await tx.activityMeeting.findMany({
    where: { meetingId: { in: ids } },
    select: { meetingId: true, activityId: true },
  });
  await writeAudits(
    tx,
    viewer,
    affected.map(({ id, added }) => {
      const now = links
        .filter((l) => l.meetingId === id)
        .map((l) => l.activityId)
        .sort();
      const then = added ? now.filter((a) => a !== selfId) : [...now, selfId].sort();
      return { action: "update", resource: "meeting", entityId: id, changes: { activityIds: { from: then, to: now } } };
    }),
  );
}

/** The same from the meeting's side: bumps and audits each affected activity's `meetingIds`. */
export async function touchActivitiesOf(
  tx: Tx,
  viewer: Viewer,
  selfId: string,
  before: string[],
  after: string[],
): Promise<void> {
  const affected = touched(before, after);
  if (affected.length === 0) return;
  const ids = affected.map((a) => a.id);
  await tx.activity.updateMany({ where: { id: { in: ids } }, data: { version: { increment: 1 } } });
  const links = await tx.activityMeeting.findMany({
    where: { activityId: { in: ids } },
    select: { meetingId: true, activityId: true },
  });
  await writeAudits(
    tx,
    viewer,
    affected.map(({ id, added }) => {
      const now = links
        .filter((l) => l.activityId === id)
        .map((l) => l.meetingId)
        .sort();
      const then = added ? now.filter((m) => m !== selfId) : [...now, selfId].sort();
      return { action: "update", resource: "activity", entityId: id, changes: { meetingIds: { from: then, to: now } } };
    }),
  );
}
