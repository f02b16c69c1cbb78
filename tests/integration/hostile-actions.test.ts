import { beforeAll, describe, expect, it, vi } from "vitest";
import { createActors, type Actor, type ActorName } from "../support/actors";
import { createPlanFixture } from "../support/fixtures";
import { HOSTILE_STRINGS, pick, random } from "../support/hostile";

// Every server action given hostile form data (the other half of tests/integration/
// hostile-api.test.ts): as the admin and anonymously, with NUL characters, lone surrogates,
// year 0000, huge and Object.prototype-named fields, and hostile record ids in the bound
// arguments. An action may refuse in its own state shape; it may not throw (Next.js would answer
// 500) nor answer `internal`. Next's request plumbing is replaced as in
// actions-authorization.test.ts; the data layer is real. Bounded by a fixed seed.

const SEED = Number(process.env.FUZZ_SEED ?? 20261203);
const CASES_PER_ACTION = 12;

const current = vi.hoisted(() => ({ headers: new Headers() }));

vi.mock("next/headers", () => ({
  headers: async () => current.headers,
  cookies: async () => ({ get: () => undefined, getAll: () => [], has: () => false, set: () => undefined }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));
vi.mock("@/lib/i18n/navigation", () => ({
  redirect: ({ href }: { href: unknown }) => ({ redirectedTo: href }),
}));
vi.mock("next-intl/server", async () => {
  const { createTranslator, createFormatter } = await import("next-intl");
  const catalogues = {
    ar: (await import("@/messages/ar.json")).default,
    en: (await import("@/messages/en.json")).default,
  };
  return {
    getTranslations: async ({ locale, namespace }: { locale: "ar" | "en"; namespace?: string }) =>
      createTranslator({ locale, messages: catalogues[locale], namespace: namespace as never }),
    getFormatter: async ({ locale }: { locale: "ar" | "en" }) => createFormatter({ locale, timeZone: "UTC" }),
  };
});

const modules: Record<string, Record<string, unknown>> = {
  plans: await import("@/app/[locale]/plans/actions"),
  activities: await import("@/app/[locale]/activities/actions"),
  comments: await import("@/app/[locale]/activities/comment-actions"),
  meetings: await import("@/app/[locale]/meetings/actions"),
  deliverables: await import("@/app/[locale]/deliverables/actions"),
  memberStates: await import("@/app/[locale]/member-states/actions"),
  adminUsers: await import("@/app/[locale]/admin/users/actions"),
  account: await import("@/app/[locale]/account/actions"),
  signIn: await import("@/app/[locale]/sign-in/actions"),
  invitation: await import("@/app/[locale]/invitation/actions"),
};

/** Names the forms use, and names a hostile client would try. */
const FIELD_NAMES = [
  "locale",
  "id",
  "version",
  "key",
  "title.ar",
  "title.en",
  "description.ar",
  "summary.ar",
  "body",
  "note",
  "status",
  "progress",
  "startYear",
  "endYear",
  "startDate",
  "endDate",
  "plannedStart",
  "plannedEnd",
  "reportedOn",
  "kind",
  "type",
  "email",
  "name",
  "role",
  "memberStateId",
  "order",
  "itemId",
  "direction",
  "parentId",
  "decision",
  "password",
  "currentPassword",
  "newPassword",
  "confirmation",
  "code",
  "token",
  "step",
  "participations.0.memberStateId",
  "agendaItems.0.title.ar",
  "__proto__",
  "toString",
  "constructor",
];

let actors: Record<ActorName, Actor>;
let planId: string;

beforeAll(async () => {
  actors = await createActors();
  planId = (await createPlanFixture({ isPublic: false, activities: 1 })).plan.id;
});

/** A plausible value per field, so that one hostile field among valid ones reaches the database. */
function plausible(name: string): string {
  if (name === "locale") return "ar";
  if (name === "version") return "1";
  if (/Year$/.test(name)) return "2040";
  if (/(Date|Start|End|On)$/.test(name)) return "2040-01-01";
  if (name === "progress") return "50";
  if (name === "kind") return "workshop";
  if (name === "type") return "final_statement";
  if (name === "email") return "fuzz@mutabaa.test";
  if (name === "role") return "observer";
  if (name === "memberStateId" || name.endsWith(".memberStateId")) return "EG";
  if (name === "status") return "in_progress";
  return "نص";
}

/** Text fields that went to the database unchecked: each is tried with NUL and a lone surrogate. */
const TEXT_FIELDS = ["title.ar", "title.en", "description.ar", "summary.ar", "body", "note", "name"];
const ALWAYS = TEXT_FIELDS.flatMap((name) => [{ [name]: "a\u0000b" }, { [name]: "a\ud800b" }]);

function form(values: Record<string, string>): FormData {
  const data = new FormData();
  for (const name of FIELD_NAMES) data.append(name, values[name] ?? plausible(name));
  return data;
}

/** Every field plausible but a few, which get hostile values. */
function hostileForm(next: () => number): FormData {
  const data = new FormData();
  const hostile = new Set(pick(next, FIELD_NAMES, 1 + Math.floor(next() * 4)));
  const values = [...HOSTILE_STRINGS, "\u0000", "a\ud800b", "0000-01-01"];
  for (const name of FIELD_NAMES) data.append(name, hostile.has(name) ? pick(next, values, 1)[0]! : plausible(name));
  return data;
}

/** What an action answered, when it says `internal` (the user would see "something went wrong"). */
function internal(answer: unknown): boolean {
  const text = JSON.stringify(answer ?? null);
  return /"code":"internal"/.test(text);
}

const actions = Object.entries(modules).flatMap(([module, exports]) =>
  Object.entries(exports)
    .filter((entry): entry is [string, (...args: unknown[]) => Promise<unknown>] => typeof entry[1] === "function")
    .map(([name, fn]) => ({ label: `${module}.${name}`, fn })),
);

describe("hostile form data to every server action: a refusal in the action's own shape, never a throw", () => {
  it("finds the actions", () => {
    expect(actions.length).toBeGreaterThan(30);
  });

  for (const { label, fn } of actions) {
    it(label, { timeout: 120_000 }, async () => {
      const next = random(SEED ^ [...label].reduce((h, c) => (h * 31 + c.charCodeAt(0)) | 0, 7));
      const failures: string[] = [];
      for (let i = 0; i < ALWAYS.length + CASES_PER_ACTION; i++) {
        const actor = i % 4 === 3 && i >= ALWAYS.length ? actors.anonymous : actors.admin;
        current.headers = new Headers({ ...actor.headers, host: "localhost:3000" });
        // Bound arguments (record ids, codes) before the state and the form data.
        const bound = Array.from({ length: Math.max(0, fn.length - 2) }, () =>
          i < ALWAYS.length || next() < 0.3 ? planId : pick(next, HOSTILE_STRINGS, 1)[0]!,
        );
        const state = { seq: 0, status: "idle", step: "password" };
        const data = i < ALWAYS.length ? form(ALWAYS[i]!) : hostileForm(next);
        const args = fn.length >= 2 ? [...bound, state, data] : [data];
        try {
          const answer = await fn(...args);
          if (internal(answer)) failures.push(`${actor.name} ${JSON.stringify(answer).slice(0, 200)}`);
        } catch (error) {
          failures.push(`${actor.name} threw ${String(error).slice(0, 200)}`);
        }
      }
      expect(failures, `seed ${SEED}`).toEqual([]);
    });
  }
});
