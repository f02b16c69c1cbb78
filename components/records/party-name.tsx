import type { Party } from "@/lib/organizations/party";
import { Localized } from "@/components/ui/localized";

/** An organisation (with its abbreviation) or a member state, named in the page's language. */
export function PartyName({ party }: { party: Party }) {
  if (party.kind === "memberState") return <Localized value={party.memberState.name} />;
  const { name, abbreviation } = party.organization;
  return (
    <>
      <Localized value={name} />
      {abbreviation && (
        <>
          {" "}
          <bdi className="text-slate-600">({abbreviation})</bdi>
        </>
      )}
    </>
  );
}
