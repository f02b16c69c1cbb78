import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { ACTIONS, PERMISSIONS, RESOURCES, ROLES, assertCan, decide, grantFor } from "./permissions";
import type { Viewer } from "./viewer";

const user = (role: Exclude<Viewer, { kind: "anonymous" }>["role"], memberStateId: string | null = null): Viewer => ({
  kind: "user",
  userId: `00000000-0000-7000-8000-00000000000${ROLES.indexOf(role)}`,
  role,
  memberStateId,
});
const anonymous: Viewer = { kind: "anonymous" };
const admin = user("admin");
const secretariat = user("secretariat");
const observer = user("observer");
const focalEg = user("focal_point", "EG");

describe("the permissions table", () => {
  it("gives the admin at least the secretariat's reach on every resource and action", () => {
    const reach = { none: 0, own: 1, ownState: 1, public: 1, all: 2 } as const;
    for (const resource of RESOURCES) {
      for (const action of ACTIONS) {
        const admin = reach[PERMISSIONS.admin[resource][action]];
        expect(admin, `${resource} ${action}`).toBeGreaterThanOrEqual(reach[PERMISSIONS.secretariat[resource][action]]);
      }
    }
  });

  it("scopes grants to a state only for focal points, the one role bound to a state", () => {
    for (const role of ROLES) {
      for (const resource of RESOURCES) {
        for (const action of ACTIONS) {
          if (role !== "focal_point")
            expect(PERMISSIONS[role][resource][action], `${role} ${resource} ${action}`).not.toBe("ownState");
        }
      }
    }
  });

  it("lets observers and anonymous visitors write nothing", () => {
    for (const viewer of [observer, anonymous]) {
      for (const resource of RESOURCES) {
        for (const action of ["create", "update", "delete"] as const)
          expect(grantFor(viewer, action, resource)).toBe("none");
      }
    }
  });

  it("keeps accounts to admins and the audit trail append-only", () => {
    for (const role of ROLES) {
      expect(PERMISSIONS[role].user.read).toBe(role === "admin" ? "all" : "none");
      for (const action of ["create", "update", "delete"] as const)
        expect(PERMISSIONS[role].auditHistory[action]).toBe("none");
    }
  });
});

describe("decide", () => {
  it("answers 401 to anonymous writers and 403 to signed-in roles without the grant", () => {
    expect(decide(anonymous, "update", "activity")).toBe("unauthorized");
    expect(decide(observer, "update", "activity")).toBe("forbidden");
    expect(decide(focalEg, "create", "plan")).toBe("forbidden");
    expect(decide(secretariat, "read", "user")).toBe("forbidden");
    expect(decide(secretariat, "delete", "plan")).toBe("allow");
    expect(decide(admin, "create", "user")).toBe("allow");
  });

  it("lets anonymous visitors read public plans only, and a private one looks missing", () => {
    expect(decide(anonymous, "read", "plan")).toBe("allow");
    expect(decide(anonymous, "read", "plan", { isPublic: true })).toBe("allow");
    expect(decide(anonymous, "read", "plan", { isPublic: false })).toBe("not_found");
    expect(decide(anonymous, "read", "comment")).toBe("unauthorized");
  });

  it("lets a focal point write their own state's comments and hides other states' ones", () => {
    expect(decide(focalEg, "create", "comment", { memberStateId: "EG" })).toBe("allow");
    expect(decide(focalEg, "create", "comment", { memberStateId: null })).toBe("forbidden");
    expect(decide(focalEg, "update", "comment", { memberStateId: "EG", authorId: "someone else" })).toBe("allow");
    expect(decide(focalEg, "read", "comment", { memberStateId: "JO" })).toBe("not_found");
    expect(decide(focalEg, "update", "comment", { memberStateId: "JO" })).toBe("not_found");
    expect(decide(focalEg, "delete", "comment", { memberStateId: "JO" })).toBe("not_found");
    // The secretariat's comments are readable, not writable.
    expect(decide(focalEg, "read", "comment", { memberStateId: null })).toBe("allow");
    expect(decide(focalEg, "update", "comment", { memberStateId: null })).toBe("forbidden");
    // A focal point bound to no state writes nothing.
    expect(decide(user("focal_point", null), "create", "comment", { memberStateId: null })).toBe("forbidden");
  });

  it("lets the secretariat reword only its own comments but remove any", () => {
    const theirs = { memberStateId: "EG", authorId: focalEg.kind === "user" ? focalEg.userId : null };
    expect(decide(secretariat, "update", "comment", theirs)).toBe("forbidden");
    expect(decide(secretariat, "delete", "comment", theirs)).toBe("allow");
    const own = { memberStateId: null, authorId: secretariat.kind === "user" ? secretariat.userId : null };
    expect(decide(secretariat, "update", "comment", own)).toBe("allow");
    expect(decide(admin, "update", "comment", theirs)).toBe("allow");
  });

  it("lets a focal point report on their own state's pledges only, and leaves pledges and reviews to the secretariat", () => {
    expect(decide(focalEg, "read", "pledge", { memberStateId: "JO" })).toBe("allow");
    expect(decide(focalEg, "create", "pledgeUpdate", { memberStateId: "EG" })).toBe("allow");
    expect(decide(focalEg, "create", "pledgeUpdate", { memberStateId: "JO" })).toBe("forbidden");
    expect(decide(focalEg, "read", "pledgeUpdate", { memberStateId: "JO" })).toBe("not_found");
    expect(decide(focalEg, "update", "pledgeUpdate", { memberStateId: "EG" })).toBe("allow");
    // Reviewing an update changes the pledge: the secretariat's.
    expect(decide(focalEg, "update", "pledge", { memberStateId: "EG" })).toBe("forbidden");
    expect(decide(secretariat, "update", "pledge", { memberStateId: "EG" })).toBe("allow");
    expect(decide(secretariat, "create", "pledgeUpdate", { memberStateId: "JO" })).toBe("allow");
    expect(decide(anonymous, "read", "pledge")).toBe("unauthorized");
    expect(decide(observer, "read", "pledgeUpdate", { memberStateId: "EG" })).toBe("allow");
  });
});

describe("assertCan", () => {
  it("throws the matching AppError", () => {
    expect(() => assertCan(anonymous, "create", "plan")).toThrow(
      expect.objectContaining({ code: "unauthorized", status: 401 }),
    );
    expect(() => assertCan(observer, "create", "plan")).toThrow(
      expect.objectContaining({ code: "forbidden", status: 403 }),
    );
    expect(() => assertCan(focalEg, "update", "comment", { memberStateId: "JO" })).toThrow(
      expect.objectContaining({ code: "not_found", status: 404 }),
    );
    expect(() => assertCan(secretariat, "update", "plan")).not.toThrow();
    expect(() => assertCan(anonymous, "delete", "activity")).toThrow(AppError);
  });
});
