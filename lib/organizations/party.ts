import { memberStateSelect, toMemberState, type MemberStateDto } from "@/lib/member-states/dto";
import { organizationSelect, toOrganization, type OrganizationDto } from "./dto";

/** Who presented or received something: an organisation or a member state, never both. */
export type Party =
  { kind: "organization"; organization: OrganizationDto } | { kind: "memberState"; memberState: MemberStateDto };

export const partySelect = {
  organization: { select: organizationSelect },
  memberState: { select: memberStateSelect },
} as const;

export function toParty(row: {
  organization: Parameters<typeof toOrganization>[0] | null;
  memberState: Parameters<typeof toMemberState>[0] | null;
}): Party {
  if (row.organization) return { kind: "organization", organization: toOrganization(row.organization) };
  if (row.memberState) return { kind: "memberState", memberState: toMemberState(row.memberState) };
  throw new Error("A party is an organisation or a member state (enforced by a CHECK constraint).");
}
