import { randomBytes } from "node:crypto";
import { generateApiToken } from "@/lib/auth/api-tokens";
import type { Viewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db/client";
import type { UserRole } from "@/lib/db/generated/enums";
import { FRAMEWORK_TARGETS } from "@/lib/frameworks/reference";
import { memberStates } from "../../prisma/seed/member-states";

// One signed-in user per role (plus anonymous) for integration tests. They authenticate with
// personal API tokens (`Authorization: Bearer`), the way scripts do, so route handlers are called
// exactly as in production; sessions come with the sign-in feature.

export const ACTOR_NAMES = ["anonymous", "observer", "focalEg", "focalJo", "secretariat", "admin"] as const;
export type ActorName = (typeof ACTOR_NAMES)[number];

export interface Actor {
  name: ActorName;
  viewer: Viewer;
  /** Bearer token; null for the anonymous actor. */
  token: string | null;
  userId: string | null;
  /** Headers a request as this actor carries. */
  headers: Record<string, string>;
}

const ROLES: Record<Exclude<ActorName, "anonymous">, { role: UserRole; memberStateId: string | null; name: string }> = {
  observer: { role: "observer", memberStateId: null, name: "Observer Test" },
  focalEg: { role: "focal_point", memberStateId: "EG", name: "Focal Egypt Test" },
  focalJo: { role: "focal_point", memberStateId: "JO", name: "Focal Jordan Test" },
  secretariat: { role: "secretariat", memberStateId: null, name: "Secretariat Test" },
  admin: { role: "admin", memberStateId: null, name: "Admin Test" },
};

/** The 22 member states (names from i18n-iso-countries, as the seed loads them) and the framework targets; idempotent. */
export async function ensureMemberStates(): Promise<void> {
  await getDb().memberState.createMany({
    data: memberStates().map((s) => ({ id: s.code, alpha3: s.alpha3, name: s.name })),
    skipDuplicates: true,
  });
  // The frameworks' reference list travels with the member states, as in the demo load.
  await getDb().frameworkTarget.createMany({ data: [...FRAMEWORK_TARGETS], skipDuplicates: true });
}

/** Creates the users and their tokens (unique emails, so a file may call it more than once). */
export async function createActors(): Promise<Record<ActorName, Actor>> {
  await ensureMemberStates();
  const db = getDb();
  const run = randomBytes(4).toString("hex");
  const actors = {
    anonymous: { name: "anonymous", viewer: { kind: "anonymous" }, token: null, userId: null, headers: {} },
  } as Record<ActorName, Actor>;
  for (const [name, spec] of Object.entries(ROLES) as [
    Exclude<ActorName, "anonymous">,
    (typeof ROLES)[keyof typeof ROLES],
  ][]) {
    const user = await db.user.create({
      data: {
        email: `${name.toLowerCase()}-${run}@mutabaa.test`,
        name: spec.name,
        role: spec.role,
        memberStateId: spec.memberStateId,
      },
    });
    const { token, prefix, tokenHash } = generateApiToken();
    await db.apiToken.create({ data: { userId: user.id, name: "tests", prefix, tokenHash } });
    actors[name] = {
      name,
      viewer: { kind: "user", userId: user.id, role: spec.role, memberStateId: spec.memberStateId, name: spec.name },
      token,
      userId: user.id,
      headers: { authorization: `Bearer ${token}` },
    };
  }
  return actors;
}

/** A route handler of app/api/v1 (any params). */
export type RouteHandler = (request: Request, context: { params: Promise<never> }) => Promise<Response>;

export interface ApiAnswer<T> {
  status: number;
  /** `data` of a success answer. */
  data: T;
  /** `error` of a failure answer. */
  error?: {
    code: string;
    message: string;
    fields?: Record<string, string[]>;
    conflict?: { currentVersion: number; changedBy: string | null; changedAt: string | null };
  };
  headers: Headers;
}

/**
 * Calls a route handler the way Next.js does: a Request to `http://localhost<path>` as `actor`,
 * with a JSON body when given, and the route's params.
 */
export async function callApi<T = unknown>(
  handler: RouteHandler,
  options: {
    method?: string;
    path: string;
    actor?: Actor;
    body?: unknown;
    rawBody?: string;
    params?: Record<string, string>;
    headers?: Record<string, string>;
  },
): Promise<ApiAnswer<T>> {
  const init: RequestInit = {
    method: options.method ?? "GET",
    headers: {
      ...(options.actor?.headers ?? {}),
      ...(options.body !== undefined || options.rawBody !== undefined ? { "content-type": "application/json" } : {}),
      ...(options.headers ?? {}),
    },
  };
  if (options.rawBody !== undefined) init.body = options.rawBody;
  else if (options.body !== undefined) init.body = JSON.stringify(options.body);
  const response = await handler(new Request(`http://localhost${options.path}`, init), {
    params: Promise.resolve(options.params ?? {}) as Promise<never>,
  });
  const text = await response.text();
  const isJson = response.headers.get("content-type")?.includes("json") ?? false;
  const json = (isJson && text ? JSON.parse(text) : {}) as { data: T; error?: ApiAnswer<T>["error"] };
  return { status: response.status, data: json.data, error: json.error, headers: response.headers };
}

/** Every route file under app/api/v1 as `{ path: "/api/v1/plans/{id}", methods: { GET, ... } }`. */
export async function loadApiRoutes(): Promise<
  { path: string; file: string; methods: Record<string, RouteHandler> }[]
> {
  const { readdir } = await import("node:fs/promises");
  const path = await import("node:path");
  const root = path.resolve(import.meta.dirname, "../../app/api/v1");
  // The catch-all (`[...path]`, the JSON 404 for unknown paths) is not an operation.
  const files = (await readdir(root, { recursive: true }))
    .filter((f) => f.endsWith("route.ts") && !f.includes("[..."))
    .sort();
  return Promise.all(
    files.map(async (file) => {
      const segments = path
        .dirname(file)
        .split(path.sep)
        .filter((s) => s !== ".");
      const apiPath = ["/api/v1", ...segments.map((s) => s.replace(/^\[(\w+)\]$/, "{$1}"))].join("/");
      const mod = (await import(path.join(root, file))) as Record<string, unknown>;
      const methods = Object.fromEntries(
        Object.entries(mod).filter(
          ([name, value]) => /^(GET|POST|PUT|PATCH|DELETE)$/.test(name) && typeof value === "function",
        ),
      ) as Record<string, RouteHandler>;
      return { path: apiPath, file: `app/api/v1/${file}`, methods };
    }),
  );
}
