import "server-only";
import type { UserRole } from "@/lib/db/generated/enums";

/** Who is asking. Every read and write in lib/<feature>/data.ts and mutations.ts takes one. */
export type Viewer =
  | { kind: "anonymous" }
  | { kind: "user"; userId: string; role: UserRole; memberStateId: string | null };

export const ANONYMOUS: Viewer = { kind: "anonymous" };

/**
 * The viewer of the current request. Sign-in is not built yet, so everyone is anonymous and
 * sees public plans only; the session lookup replaces this body when it lands.
 */
export async function getViewer(): Promise<Viewer> {
  return ANONYMOUS;
}
