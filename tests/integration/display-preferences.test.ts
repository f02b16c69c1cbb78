import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { DEFAULT_DISPLAY } from "@/lib/i18n/display";
import { getDisplayPreferences } from "@/lib/users/data";
import { updateOwnDisplayPreferences } from "@/lib/users/own-account";
import { createActors, type Actor, type ActorName } from "../support/actors";

let actors: Record<ActorName, Actor>;

beforeAll(async () => {
  actors = await createActors();
});

describe("display preferences", () => {
  it("start as Western digits without the Hijri date, for users and visitors", async () => {
    expect(await getDisplayPreferences(actors.focalEg.viewer)).toEqual(DEFAULT_DISPLAY);
    expect(await getDisplayPreferences(actors.anonymous.viewer)).toEqual({ digits: "latn", hijri: false });
  });

  it("are saved per user and change nobody else's", async () => {
    await updateOwnDisplayPreferences(actors.focalEg.viewer, { digits: "arab", hijri: true });
    expect(await getDisplayPreferences(actors.focalEg.viewer)).toEqual({ digits: "arab", hijri: true });
    expect(await getDisplayPreferences(actors.focalJo.viewer)).toEqual(DEFAULT_DISPLAY);
    await updateOwnDisplayPreferences(actors.focalEg.viewer, { digits: "latn", hijri: true });
    expect(await getDisplayPreferences(actors.focalEg.viewer)).toEqual({ digits: "latn", hijri: true });
  });

  it("do not bump the account's version, so an admin's edit in progress is not refused", async () => {
    const before = await getDb().user.findUniqueOrThrow({ where: { id: actors.observer.userId! } });
    await updateOwnDisplayPreferences(actors.observer.viewer, { digits: "arab", hijri: false });
    const after = await getDb().user.findUniqueOrThrow({ where: { id: actors.observer.userId! } });
    expect(after.version).toBe(before.version);
    expect(after.digits).toBe("arab");
  });

  it("refuse an unknown digit system with a field error and keep the saved choice", async () => {
    await updateOwnDisplayPreferences(actors.secretariat.viewer, { digits: "arab", hijri: true });
    await expect(
      updateOwnDisplayPreferences(actors.secretariat.viewer, { digits: "roman", hijri: true }),
    ).rejects.toMatchObject({
      code: "validation",
      fields: { digits: [expect.any(String)] },
    });
    expect(await getDisplayPreferences(actors.secretariat.viewer)).toEqual({ digits: "arab", hijri: true });
  });

  it("cannot be saved by a visitor", async () => {
    await expect(
      updateOwnDisplayPreferences(actors.anonymous.viewer, { digits: "arab", hijri: false }),
    ).rejects.toMatchObject({
      code: "unauthorized",
    });
  });
});
