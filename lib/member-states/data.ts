import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db/client";
import { memberStateSelect, toMemberState, type MemberStateDto } from "./dto";

/** The 22 member states; public reference data, readable by everyone, in ISO code order. */
export async function listMemberStates(_viewer: Viewer): Promise<MemberStateDto[]> {
  const rows = await getDb().memberState.findMany({ select: memberStateSelect, orderBy: { id: "asc" } });
  return rows.map(toMemberState);
}

export async function getMemberState(_viewer: Viewer, code: string): Promise<MemberStateDto | null> {
  if (!/^[A-Z]{2}$/.test(code)) return null;
  const row = await getDb().memberState.findUnique({ where: { id: code }, select: memberStateSelect });
  return row ? toMemberState(row) : null;
}
