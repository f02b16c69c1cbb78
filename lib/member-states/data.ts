import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db/client";
import { memberStateSelect, toMemberState, type MemberStateDto } from "./dto";

/** The 22 member states; public reference data, readable by everyone, in ISO code order. */
export async function listMemberStates(_viewer: Viewer): Promise<MemberStateDto[]> {
  const rows = await getDb().memberState.findMany({ select: memberStateSelect, orderBy: { id: "asc" } });
  return rows.map(toMemberState);
}
