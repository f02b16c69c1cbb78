import { describe, expect, it } from "vitest";
import { decodeActivity, decodeDeliverable } from "@/lib/forms/decode";
import { ActivityCreateInput } from "@/lib/activities/schema";
import { fieldErrorsFrom } from "@/lib/errors";

// The framework tags in the editing forms: the field's empty marker (framework-fieldset.tsx)
// tells "ticked nothing" (clear the tags) from "no such field on this form" (leave them).

function form(entries: [string, string][]): FormData {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
}

const PILLAR = "0190f0d1-0000-7000-8000-000000000001";
const base: [string, string][] = [
  ["pillarId", PILLAR],
  ["title.ar", "نشاط"],
];

describe("framework tags from an editing form", () => {
  it("reads the ticked targets, ignoring the empty marker", () => {
    const input = ActivityCreateInput.parse(
      decodeActivity(
        form([
          ...base,
          ["frameworkTargetIds", ""],
          ["frameworkTargetIds", "gcm-23"],
          ["frameworkTargetIds", "sdg-10.7"],
        ]),
      ),
    );
    expect(input.frameworkTargetIds).toEqual(["gcm-23", "sdg-10.7"]);
  });

  it("clears the tags when the field is shown and nothing is ticked", () => {
    expect(decodeActivity(form([...base, ["frameworkTargetIds", ""]])).frameworkTargetIds).toEqual([]);
    expect(decodeDeliverable(form([["frameworkTargetIds", ""]])).frameworkTargetIds).toEqual([]);
  });

  it("leaves the tags alone when the form has no such field", () => {
    expect(decodeActivity(form(base)).frameworkTargetIds).toBeUndefined();
    expect(decodeDeliverable(form([["title.ar", "بيان"]])).frameworkTargetIds).toBeUndefined();
  });

  it("reports a target that is not in the reference list on the list as a whole", () => {
    const result = ActivityCreateInput.safeParse(decodeActivity(form([...base, ["frameworkTargetIds", "gcm-99"]])));
    expect(result.success).toBe(false);
    expect(fieldErrorsFrom(result.error!)).toEqual({ frameworkTargetIds: ["unknown_reference"] });
  });
});
