import { describe, expect, it } from "vitest";
import { parseInput } from "@/lib/errors";
import { PledgeCreateInput, PledgeUpdatePostInput, PledgeUpdateReviewInput } from "@/lib/pledges/schema";
import { decodePledge, decodePledgeUpdate, decodeReview, pledgeUpdateValues } from "./form-data";

const formData = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
};

describe("pledge form data", () => {
  it("decodes a pledge the schema accepts, with the state from the page", () => {
    const input = decodePledge(
      formData({ "title.ar": " تعهد ", "title.en": "", status: "announced", progress: "15", meetingId: "" }),
      "EG",
    );
    expect(parseInput(PledgeCreateInput, input)).toEqual({
      memberStateId: "EG",
      meetingId: null,
      title: { ar: "تعهد" },
      description: null,
      status: "announced",
      progress: 15,
    });
  });

  it("leaves an empty progress out of a report, and passes a typed non-number on for the schema to refuse", () => {
    const report = decodePledgeUpdate(formData({ reportedOn: "2026-05-01", progress: "", "body.ar": "تقرير" }));
    expect(parseInput(PledgeUpdatePostInput, report)).toEqual({
      reportedOn: "2026-05-01",
      progress: null,
      body: { ar: "تقرير" },
    });
    const typo = decodePledgeUpdate(formData({ reportedOn: "2026-05-01", progress: "forty", "body.ar": "تقرير" }));
    expect(() => parseInput(PledgeUpdatePostInput, typo)).toThrow(
      expect.objectContaining({ fields: { progress: ["invalid_type"] } }),
    );
  });

  it("asks for a note only when an update is returned", () => {
    const accept = { ...decodeReview(formData({ decision: "accept", "note.ar": "", "note.en": "" })), version: 1 };
    expect(parseInput(PledgeUpdateReviewInput, accept)).toEqual({ decision: "accept", version: 1 });
    const bare = { ...decodeReview(formData({ decision: "return" })), version: 1 };
    expect(() => parseInput(PledgeUpdateReviewInput, bare)).toThrow(
      expect.objectContaining({ fields: { note: ["required"] } }),
    );
  });

  it("starts a new report at today's date with no figure", () => {
    expect(pledgeUpdateValues(null, "2026-11-29")).toEqual({
      reportedOn: "2026-11-29",
      progress: "",
      "body.ar": "",
      "body.en": "",
    });
  });
});
