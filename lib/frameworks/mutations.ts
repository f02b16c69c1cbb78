import "server-only";
import type { Tx } from "@/lib/audit/write";

// Framework targets are reference data nobody edits; what is written is the tags on activities
// and deliverables, by those features' mutations. This is their shared check.

/**
 * Whether every id names a target in this database. The input schema already checks ids against
 * the reference list; this catches a database loaded without it (tags would otherwise fail on
 * the foreign key as a 500).
 */
export async function knownFrameworkTargets(tx: Tx, ids: readonly string[] | undefined): Promise<boolean> {
  if (!ids || ids.length === 0) return true;
  return (await tx.frameworkTarget.count({ where: { id: { in: [...ids] } } })) === new Set(ids).size;
}
