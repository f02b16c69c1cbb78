import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { AppError } from "@/lib/errors";
import { conflict, guardedWrite, writeAudits, type AuditedResource, type Tx } from "./write";

interface Positioned {
  id: string;
  position: number;
  version: number;
  updatedAt: Date;
}

/**
 * Gives the children of one parent (pillars of a plan, activities of a pillar) positions 1..n in
 * the order of `order`. The list must name every child exactly once, with the version the client
 * saw: a child added, removed (422 `order: mismatch`) or edited meanwhile (409) means the client
 * reordered a list that is no longer current. Only children whose position changes are written,
 * each version-guarded and audited as an update of `position`.
 */
export async function reorder(
  tx: Tx,
  viewer: Viewer,
  resource: AuditedResource,
  current: Positioned[],
  order: { id: string; version: number }[],
  write: (id: string, version: number, position: number) => Promise<{ count: number }>,
  reload: (id: string) => Promise<{ version: number; updatedAt: Date } | null>,
): Promise<void> {
  const byId = new Map(current.map((c) => [c.id, c]));
  const named = new Set(order.map((o) => o.id));
  if (named.size !== order.length || named.size !== byId.size || order.some((o) => !byId.has(o.id))) {
    throw new AppError("validation", { fields: { order: ["mismatch"] } });
  }
  for (const item of order) {
    const row = byId.get(item.id)!;
    if (row.version !== item.version) throw await conflict(tx, resource, row.id, row);
  }
  const moved = order
    .map((item, i) => ({ ...item, from: byId.get(item.id)!.position, to: i + 1 }))
    .filter((m) => m.from !== m.to);
  for (const m of moved) {
    await guardedWrite(
      tx,
      resource,
      m.id,
      () => write(m.id, m.version, m.to),
      () => reload(m.id),
    );
  }
  await writeAudits(
    tx,
    viewer,
    moved.map((m) => ({
      action: "update",
      resource,
      entityId: m.id,
      changes: { position: { from: m.from, to: m.to } },
    })),
  );
}
