import { Prisma, type PrismaClient } from "../../lib/db/generated/client";
import { LocalizedText } from "../../lib/i18n/localized-text";
import {
  demoData,
  type ActivitySeed,
  type DeliverableSeed,
  type IsoDate,
  type MeetingSeed,
  type PlanSeed,
  type PresenterRef,
  type RecipientSeed,
  type StageSeed,
} from "./demo-data";
import { loadDemoAccounts } from "./demo-accounts";
import { memberStates } from "./member-states";
import { FRAMEWORK_TARGET_IDS, FRAMEWORK_TARGETS } from "../../lib/frameworks/reference";

// Loads the demo data (prisma/seed/demo-data.ts) idempotently, in one transaction:
// - keyed records (organisations, plans, meetings, pillars, activities, deliverables; member
//   states by code) are created when missing and updated only when a field differs;
// - child collections (links, agenda items, stages and their recipients) are compared with the
//   data and rewritten only when they differ, so a second run writes nothing at all;
// - creating or changing a plan, pillar, activity, meeting or deliverable writes an AuditEvent
//   (actorLabel "seed") in the same transaction.
// The seed is authoritative for the records it owns: a re-run undoes edits to them.

type Tx = Prisma.TransactionClient;

/** Advisory lock key held while loading ("MUTABAA" on a phone keypad, 6882822). */
const SEED_ADVISORY_LOCK = 6882822;
type Log = (line: string) => void;

type AuditedEntity = "ActionPlan" | "Pillar" | "Activity" | "Meeting" | "Deliverable";
type Changes = Record<string, { from: unknown; to: unknown }>;

export interface LoadResult {
  /** Records created (keyed records and member states). */
  created: number;
  /** Existing records whose fields or child collections were changed. */
  updated: number;
}

/** True when there is no action plan yet: the signal to load the demo data on first start. */
export async function isDatabaseEmpty(db: PrismaClient): Promise<boolean> {
  return (await db.actionPlan.count()) === 0;
}

export async function loadDemoData(
  db: PrismaClient,
  /** `accounts: false` loads the plans without the demo accounts (prisma/seed/demo-accounts.ts). */
  options: { log?: (line: string) => void; accounts?: boolean } = {},
): Promise<LoadResult> {
  const log = options.log ?? (() => {});
  validateDemoData();
  const result = await db.$transaction(
    async (tx) => {
      // Two loaders at once (a start and a `db:seed`) would race on the unique keys: take turns.
      await tx.$executeRaw`SELECT 1 FROM pg_advisory_xact_lock(${SEED_ADVISORY_LOCK}::bigint)`;
      const loader = new Loader(tx, log);
      await loader.run();
      if (options.accounts !== false) {
        const accounts = await loadDemoAccounts(tx, log);
        loader.result.created += accounts.created;
        loader.result.updated += accounts.updated;
      }
      return loader.result;
    },
    { timeout: 60_000 },
  );
  log(`Demo data: ${result.created} created, ${result.updated} updated.`);
  return result;
}

/**
 * Loads (or brings up to date) the reference data every database needs, demo or not: the member
 * states and the frameworks' targets. Idempotent; `npm start` runs it after the migrations.
 */
export async function loadReferenceData(
  db: PrismaClient,
  options: { log?: (line: string) => void } = {},
): Promise<LoadResult> {
  const log = options.log ?? (() => {});
  return db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT 1 FROM pg_advisory_xact_lock(${SEED_ADVISORY_LOCK}::bigint)`;
      const loader = new Loader(tx, log);
      await loader.referenceData();
      return loader.result;
    },
    { timeout: 60_000 },
  );
}

// ---------------------------------------------------------------------------------------------
// Validation (before touching the database)

function validateDemoData(): void {
  const problems: string[] = [];
  const text = (where: string, value: unknown, required: boolean) => {
    if (value == null) {
      if (required) problems.push(`${where}: missing`);
      return;
    }
    const parsed = LocalizedText.safeParse(value);
    if (!parsed.success) problems.push(`${where}: ${parsed.error.issues.map((i) => i.message).join("; ")}`);
    else if (!parsed.data.en) problems.push(`${where}: English missing`);
  };
  const unique = (kind: string, keys: readonly string[]) => {
    const seen = new Set<string>();
    for (const key of keys) {
      if (seen.has(key)) problems.push(`${kind} ${key}: duplicate key`);
      seen.add(key);
    }
    return seen;
  };
  const ref = (where: string, set: Set<string>, key: string | undefined) => {
    if (key !== undefined && !set.has(key)) problems.push(`${where}: unknown key ${key}`);
  };
  const date = (where: string, value: IsoDate | undefined) => {
    if (value === undefined) return;
    const d = new Date(`${value}T00:00:00.000Z`);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value) {
      problems.push(`${where}: bad date ${value}`);
    }
  };

  const { organizations, plans, meetings, pillars, activities, deliverables } = demoData;
  const orgs = unique(
    "Organization",
    organizations.map((o) => o.key),
  );
  const planKeys = unique(
    "ActionPlan",
    plans.map((p) => p.key),
  );
  const meetingKeys = unique(
    "Meeting",
    meetings.map((m) => m.key),
  );
  const pillarKeys = unique(
    "Pillar",
    pillars.map((p) => p.key),
  );
  const activityKeys = unique(
    "Activity",
    activities.map((a) => a.key),
  );
  unique(
    "Deliverable",
    deliverables.map((d) => d.key),
  );
  const states = new Set<string>(memberStates().map((s) => s.code));
  const targetIds = new Set<string>(FRAMEWORK_TARGET_IDS);
  const party = (where: string, r: PresenterRef | RecipientSeed) =>
    "organization" in r ? ref(where, orgs, r.organization) : ref(where, states, r.memberState);

  for (const o of organizations) text(`Organization ${o.key}.name`, o.name, true);
  for (const s of memberStates()) text(`MemberState ${s.code}.name`, s.name, true);
  for (const p of plans) {
    text(`ActionPlan ${p.key}.title`, p.title, true);
    text(`ActionPlan ${p.key}.summary`, p.summary, false);
    ref(`ActionPlan ${p.key}.adoptionMeeting`, meetingKeys, p.adoptionMeeting);
    date(`ActionPlan ${p.key}.adoptedOn`, p.adoptedOn);
    date(`ActionPlan ${p.key}.circulatedOn`, p.circulatedOn);
  }
  for (const m of meetings) {
    const w = `Meeting ${m.key}`;
    for (const f of ["title", "city", "venue", "organizer", "objectives", "outcome"] as const)
      text(`${w}.${f}`, m[f], f === "title");
    ref(`${w}.plan`, planKeys, m.plan);
    date(`${w}.startDate`, m.startDate);
    date(`${w}.endDate`, m.endDate);
    for (const o of m.participants ?? []) ref(`${w}.participants`, orgs, o);
    (m.agenda ?? []).forEach((item, i) => {
      text(`${w}.agenda[${i}].title`, item.title, true);
      text(`${w}.agenda[${i}].description`, item.description, false);
      for (const p of item.presenters ?? []) party(`${w}.agenda[${i}].presenters`, p);
    });
  }
  for (const p of pillars) {
    text(`Pillar ${p.key}.title`, p.title, true);
    text(`Pillar ${p.key}.description`, p.description, false);
    ref(`Pillar ${p.key}.plan`, planKeys, p.plan);
  }
  for (const a of activities) {
    const w = `Activity ${a.key}`;
    for (const f of ["title", "description", "leadUnit", "outcome"] as const) text(`${w}.${f}`, a[f], f === "title");
    ref(`${w}.pillar`, pillarKeys, a.pillar);
    for (const f of ["plannedStart", "plannedEnd", "actualStart", "actualEnd"] as const) date(`${w}.${f}`, a[f]);
    if (!Number.isInteger(a.progress) || a.progress < 0 || a.progress > 100)
      problems.push(`${w}.progress: out of range`);
    for (const o of a.partners ?? []) ref(`${w}.partners`, orgs, o);
    for (const m of a.meetings ?? []) ref(`${w}.meetings`, meetingKeys, m);
    for (const t of a.frameworks ?? []) ref(`${w}.frameworks`, targetIds, t);
  }
  for (const d of deliverables) {
    const w = `Deliverable ${d.key}`;
    text(`${w}.title`, d.title, true);
    text(`${w}.description`, d.description, false);
    ref(`${w}.meeting`, meetingKeys, d.meeting);
    ref(`${w}.activity`, activityKeys, d.activity);
    ref(`${w}.targetMeeting`, meetingKeys, d.targetMeeting);
    d.stages.forEach((s, i) => {
      text(`${w}.stages[${i}].note`, s.note, false);
      date(`${w}.stages[${i}].date`, s.date);
      for (const r of s.recipients ?? []) {
        party(`${w}.stages[${i}].recipients`, r);
        text(`${w}.stages[${i}].recipients.note`, r.note, false);
      }
    });
  }
  if (problems.length > 0) throw new Error(`Invalid demo data:\n- ${problems.join("\n- ")}`);
}

// ---------------------------------------------------------------------------------------------
// Comparison helpers

function day(value: IsoDate | undefined | null): Date | null {
  return value ? new Date(`${value}T00:00:00.000Z`) : null;
}

/** A nullable JSON column's value for writing: Prisma wants DbNull, not null. */
function json<T extends object>(value: T | undefined | null): T | typeof Prisma.DbNull {
  return value ?? Prisma.DbNull;
}

/** Comparable form: all dates here are DATE columns, JSON nulls are null. */
function normalize(value: unknown): unknown {
  if (value === undefined || value === Prisma.DbNull || value === Prisma.JsonNull) return null;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return value;
}

/** JSON with sorted object keys, so that {ar, en} and {en, ar} compare equal. */
function canonical(value: unknown): string {
  return JSON.stringify(normalize(value), (_key, v: unknown) => {
    const n = normalize(v);
    if (n && typeof n === "object" && !Array.isArray(n)) {
      return Object.fromEntries(Object.entries(n as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)));
    }
    return n;
  });
}

function diff(existing: Record<string, unknown>, desired: Record<string, unknown>): Changes {
  const changes: Changes = {};
  for (const [field, to] of Object.entries(desired)) {
    if (canonical(existing[field]) !== canonical(to)) {
      changes[field] = { from: JSON.parse(canonical(existing[field])), to: JSON.parse(canonical(to)) };
    }
  }
  return changes;
}

function sameList(a: readonly unknown[], b: readonly unknown[], ordered: boolean): boolean {
  const ca = a.map(canonical);
  const cb = b.map(canonical);
  if (!ordered) {
    ca.sort();
    cb.sort();
  }
  return ca.length === cb.length && ca.every((v, i) => v === cb[i]);
}

const isEmpty = (changes: Changes) => Object.keys(changes).length === 0;

// ---------------------------------------------------------------------------------------------

class Loader {
  readonly result: LoadResult = { created: 0, updated: 0 };
  private readonly org = new Map<string, string>();
  private readonly plan = new Map<string, string>();
  private readonly meeting = new Map<string, string>();
  private readonly pillar = new Map<string, string>();
  private readonly activity = new Map<string, string>();
  /** Keys created in this run, whose later fix-ups (plan ↔ meeting) are part of the creation. */
  private readonly createdNow = new Set<string>();
  /** Stages are written with increasing createdAt, so (date, createdAt) keeps the source's order. */
  private readonly perModel = new Map<string, { created: number; updated: number }>();

  constructor(
    private readonly tx: Tx,
    private readonly log: Log,
  ) {}

  async run(): Promise<void> {
    const { organizations, plans, meetings, pillars, activities, deliverables } = demoData;
    for (const o of organizations) await this.organization(o);
    await this.referenceData();
    // Plans and meetings point at each other: plans first without their adoption meeting.
    for (const p of plans) await this.planShell(p);
    for (const m of meetings) await this.meetingRecord(m);
    for (const p of plans) await this.planRecord(p);
    for (const p of pillars) {
      await this.keyed("Pillar", this.pillar, p.key, await this.tx.pillar.findUnique({ where: { key: p.key } }), {
        planId: this.id(this.plan, p.plan),
        position: p.position,
        title: p.title,
        description: json(p.description),
      });
    }
    for (const a of activities) await this.activityRecord(a);
    for (const d of deliverables) await this.deliverableRecord(d);
    for (const [model, n] of this.perModel) {
      if (n.created + n.updated > 0) this.log(`${model}: ${n.created} created, ${n.updated} updated`);
    }
  }

  private count(model: string, what: "created" | "updated") {
    const n = this.perModel.get(model) ?? { created: 0, updated: 0 };
    n[what] += 1;
    this.perModel.set(model, n);
    this.result[what] += 1;
  }

  private id(map: Map<string, string>, key: string): string {
    const id = map.get(key);
    if (!id) throw new Error(`Demo data: ${key} was not loaded before it was referenced`);
    return id;
  }

  private async audit(entityType: AuditedEntity, entityId: string, action: "create" | "update", changes: Changes) {
    await this.tx.auditEvent.create({
      data: { actorLabel: "seed", action, entityType, entityId, changes: changes as Prisma.InputJsonValue },
    });
  }

  /**
   * Creates or updates one keyed, audited record. `children` syncs its child collections once
   * the id is known and returns what it changed; on a no-op run nothing is written.
   */
  private async keyed(
    entityType: AuditedEntity,
    ids: Map<string, string>,
    key: string,
    existing: ({ id: string } & Record<string, unknown>) | null,
    fields: Record<string, unknown>,
    children?: (id: string) => Promise<Changes>,
  ): Promise<string> {
    const delegate = this.delegate(entityType);
    if (!existing) {
      const row = await delegate.create({ data: { key, ...fields } });
      ids.set(key, row.id);
      await children?.(row.id);
      await this.audit(entityType, row.id, "create", {});
      this.createdNow.add(`${entityType}:${key}`);
      this.count(entityType, "created");
      return row.id;
    }
    ids.set(key, existing.id);
    const changes = diff(existing, fields);
    Object.assign(changes, await children?.(existing.id));
    if (isEmpty(changes)) return existing.id;
    if (this.createdNow.has(`${entityType}:${key}`)) {
      // Completing a record created earlier in this run: still part of its creation.
      await delegate.update({ where: { id: existing.id }, data: fields });
      return existing.id;
    }
    await delegate.update({ where: { id: existing.id }, data: { ...fields, version: { increment: 1 } } });
    await this.audit(entityType, existing.id, "update", changes);
    this.count(entityType, "updated");
    this.log(`Updated ${entityType} ${key}: ${Object.keys(changes).join(", ")}`);
    return existing.id;
  }

  /** The Prisma delegate for a model, loosely typed: callers build the data per model. */
  private delegate(entityType: AuditedEntity) {
    type Loose = {
      create(args: { data: Record<string, unknown> }): Promise<{ id: string }>;
      update(args: { where: { id: string }; data: Record<string, unknown> }): Promise<unknown>;
    };
    const delegates: Record<AuditedEntity, unknown> = {
      ActionPlan: this.tx.actionPlan,
      Pillar: this.tx.pillar,
      Activity: this.tx.activity,
      Meeting: this.tx.meeting,
      Deliverable: this.tx.deliverable,
    };
    return delegates[entityType] as Loose;
  }

  // --- organisations and member states (not audited) ------------------------------------------

  private async organization(o: (typeof demoData.organizations)[number]) {
    const fields = {
      kind: o.kind,
      name: o.name,
      abbreviation: o.abbreviation ?? null,
      coversMemberStates: o.coversMemberStates ?? false,
    };
    const existing = await this.tx.organization.findUnique({ where: { key: o.key } });
    if (!existing) {
      const row = await this.tx.organization.create({ data: { key: o.key, ...fields } });
      this.org.set(o.key, row.id);
      this.count("Organization", "created");
      return;
    }
    this.org.set(o.key, existing.id);
    if (!isEmpty(diff(existing, fields))) {
      await this.tx.organization.update({ where: { id: existing.id }, data: fields });
      this.count("Organization", "updated");
      this.log(`Updated Organization ${o.key}`);
    }
  }

  /** The 22 member states and the global frameworks' targets: every database needs them. */
  async referenceData(): Promise<void> {
    // Two reads, then writes only for what differs: this runs at every `npm start`.
    const states = new Map((await this.tx.memberState.findMany()).map((row) => [row.id, row]));
    for (const s of memberStates()) {
      const fields = { alpha3: s.alpha3, name: s.name };
      await this.referenceRow("MemberState", s.code, states.get(s.code), fields, {
        create: () => this.tx.memberState.create({ data: { id: s.code, ...fields } }),
        update: () => this.tx.memberState.update({ where: { id: s.code }, data: fields }),
      });
    }
    const targets = new Map((await this.tx.frameworkTarget.findMany()).map((row) => [row.id, row]));
    for (const { id, ...fields } of FRAMEWORK_TARGETS) {
      await this.referenceRow("FrameworkTarget", id, targets.get(id), fields, {
        create: () => this.tx.frameworkTarget.create({ data: { id, ...fields } }),
        update: () => this.tx.frameworkTarget.update({ where: { id }, data: fields }),
      });
    }
  }

  /** Creates a reference row, or brings it back to the shipped values when it drifted. */
  private async referenceRow(
    model: "MemberState" | "FrameworkTarget",
    id: string,
    existing: Record<string, unknown> | undefined,
    fields: Record<string, unknown>,
    write: { create: () => Promise<unknown>; update: () => Promise<unknown> },
  ): Promise<void> {
    if (!existing) {
      await write.create();
      this.count(model, "created");
    } else if (!isEmpty(diff(existing, fields))) {
      await write.update();
      this.count(model, "updated");
      this.log(`Updated ${model} ${id}`);
    }
  }

  // --- plans ------------------------------------------------------------------------------------

  private planFields(p: PlanSeed) {
    return {
      startYear: p.startYear,
      endYear: p.endYear,
      title: p.title,
      summary: json(p.summary),
      status: p.status,
      isPublic: p.isPublic,
      circulatedOn: day(p.circulatedOn),
      adoptedOn: day(p.adoptedOn),
      adoptedPrecision: p.adoptedPrecision ?? "day",
    };
  }

  /** Creates a missing plan without its adoption meeting, which may not exist yet. */
  private async planShell(p: PlanSeed) {
    const existing = await this.tx.actionPlan.findUnique({ where: { key: p.key }, select: { id: true } });
    if (existing) {
      this.plan.set(p.key, existing.id);
      return;
    }
    await this.keyed("ActionPlan", this.plan, p.key, null, this.planFields(p));
  }

  private async planRecord(p: PlanSeed) {
    const existing = await this.tx.actionPlan.findUnique({ where: { key: p.key } });
    await this.keyed("ActionPlan", this.plan, p.key, existing, {
      ...this.planFields(p),
      adoptionMeetingId: p.adoptionMeeting ? this.id(this.meeting, p.adoptionMeeting) : null,
    });
  }

  // --- meetings ---------------------------------------------------------------------------------

  private async meetingRecord(m: MeetingSeed) {
    const existing = await this.tx.meeting.findUnique({ where: { key: m.key } });
    await this.keyed(
      "Meeting",
      this.meeting,
      m.key,
      existing,
      {
        planId: m.plan ? this.id(this.plan, m.plan) : null,
        kind: m.kind,
        sessionNumber: m.sessionNumber ?? null,
        series: m.series ?? null,
        title: m.title,
        status: m.status,
        startDate: day(m.startDate),
        endDate: day(m.endDate),
        datePrecision: m.datePrecision,
        city: json(m.city),
        venue: json(m.venue),
        organizer: json(m.organizer),
        objectives: json(m.objectives),
        outcome: json(m.outcome),
      },
      async (id) => ({
        ...(await this.meetingParticipants(id, m.participants ?? [])),
        ...(await this.agenda(id, m.agenda ?? [])),
      }),
    );
  }

  private async meetingParticipants(meetingId: string, keys: readonly string[]): Promise<Changes> {
    const rows = await this.tx.meetingOrganization.findMany({
      where: { meetingId },
      select: { organizationId: true, organization: { select: { key: true } } },
    });
    const from = rows.map((r) => r.organization.key);
    if (sameList(from, keys, false)) return {};
    const wanted = new Set(keys.map((k) => this.id(this.org, k)));
    await this.tx.meetingOrganization.deleteMany({
      where: { meetingId, organizationId: { notIn: [...wanted] } },
    });
    await this.tx.meetingOrganization.createMany({
      data: [...wanted].map((organizationId) => ({ meetingId, organizationId })),
      skipDuplicates: true,
    });
    return { participants: { from: [...from].sort(), to: [...keys].sort() } };
  }

  private async agenda(meetingId: string, items: NonNullable<MeetingSeed["agenda"]>): Promise<Changes> {
    const rows = await this.tx.agendaItem.findMany({
      where: { meetingId },
      orderBy: [{ position: "asc" }, { id: "asc" }],
      include: { presenters: { include: { organization: { select: { key: true } } } } },
    });
    const presenterSig = (p: PresenterRef) =>
      "organization" in p ? `org:${p.organization}` : `state:${p.memberState}`;
    const from = rows.map((r) => ({
      position: r.position,
      title: r.title,
      description: r.description,
      presenters: r.presenters
        .map((p) => (p.organization ? `org:${p.organization.key}` : `state:${p.memberStateId}`))
        .sort(),
    }));
    const to = items.map((item, i) => ({
      position: i + 1,
      title: item.title,
      description: item.description ?? null,
      presenters: (item.presenters ?? []).map(presenterSig).sort(),
    }));
    if (sameList(from, to, true)) return {};
    await this.tx.agendaItem.deleteMany({ where: { meetingId } });
    for (const [i, item] of items.entries()) {
      await this.tx.agendaItem.create({
        data: {
          meetingId,
          position: i + 1,
          title: item.title,
          description: json(item.description),
          presenters: {
            create: (item.presenters ?? []).map((p) =>
              "organization" in p
                ? { organizationId: this.id(this.org, p.organization) }
                : { memberStateId: p.memberState },
            ),
          },
        },
      });
    }
    return { agendaItems: { from: from.length, to: to.length } };
  }

  // --- activities -------------------------------------------------------------------------------

  private async activityRecord(a: ActivitySeed) {
    const existing = await this.tx.activity.findUnique({ where: { key: a.key } });
    await this.keyed(
      "Activity",
      this.activity,
      a.key,
      existing,
      {
        pillarId: this.id(this.pillar, a.pillar),
        position: a.position,
        title: a.title,
        description: json(a.description),
        type: a.type,
        status: a.status,
        progress: a.progress,
        plannedStart: day(a.plannedStart),
        plannedEnd: day(a.plannedEnd),
        actualStart: day(a.actualStart),
        actualEnd: day(a.actualEnd),
        datePrecision: a.datePrecision,
        leadUnit: json(a.leadUnit),
        outcome: json(a.outcome),
      },
      async (activityId) => ({
        ...(await this.activityPartners(activityId, a.partners ?? [])),
        ...(await this.activityMeetings(activityId, a.meetings ?? [])),
        ...(await this.activityFrameworks(activityId, a.frameworks ?? [])),
      }),
    );
  }

  private async activityPartners(activityId: string, keys: readonly string[]): Promise<Changes> {
    const rows = await this.tx.activityPartner.findMany({
      where: { activityId },
      select: { organization: { select: { key: true } } },
    });
    const from = rows.map((r) => r.organization.key);
    if (sameList(from, keys, false)) return {};
    const wanted = keys.map((k) => this.id(this.org, k));
    await this.tx.activityPartner.deleteMany({ where: { activityId, organizationId: { notIn: wanted } } });
    await this.tx.activityPartner.createMany({
      data: wanted.map((organizationId) => ({ activityId, organizationId })),
      skipDuplicates: true,
    });
    return { partners: { from: [...from].sort(), to: [...keys].sort() } };
  }

  private async activityMeetings(activityId: string, keys: readonly string[]): Promise<Changes> {
    const rows = await this.tx.activityMeeting.findMany({
      where: { activityId },
      select: { meeting: { select: { key: true } } },
    });
    const from = rows.map((r) => r.meeting.key);
    if (sameList(from, keys, false)) return {};
    const wanted = keys.map((k) => this.id(this.meeting, k));
    await this.tx.activityMeeting.deleteMany({ where: { activityId, meetingId: { notIn: wanted } } });
    await this.tx.activityMeeting.createMany({
      data: wanted.map((meetingId) => ({ activityId, meetingId })),
      skipDuplicates: true,
    });
    return { meetings: { from: [...from].sort(), to: [...keys].sort() } };
  }

  /** Named like the mutations' snapshot field, so the seed's audit events read like an edit's. */
  private async activityFrameworks(activityId: string, targetIds: readonly string[]): Promise<Changes> {
    const rows = await this.tx.activityFramework.findMany({ where: { activityId }, select: { targetId: true } });
    const from = rows.map((r) => r.targetId);
    if (sameList(from, targetIds, false)) return {};
    await this.tx.activityFramework.deleteMany({ where: { activityId, targetId: { notIn: [...targetIds] } } });
    await this.tx.activityFramework.createMany({
      data: targetIds.map((targetId) => ({ activityId, targetId })),
      skipDuplicates: true,
    });
    return { frameworkTargetIds: { from: [...from].sort(), to: [...targetIds].sort() } };
  }

  // --- deliverables -----------------------------------------------------------------------------

  private async deliverableRecord(d: DeliverableSeed) {
    const existing = await this.tx.deliverable.findUnique({ where: { key: d.key } });
    await this.keyed(
      "Deliverable",
      new Map(),
      d.key,
      existing,
      {
        type: d.type,
        title: d.title,
        description: json(d.description),
        meetingId: d.meeting ? this.id(this.meeting, d.meeting) : null,
        activityId: d.activity ? this.id(this.activity, d.activity) : null,
        targetMeetingId: d.targetMeeting ? this.id(this.meeting, d.targetMeeting) : null,
        documentUrl: d.documentUrl ?? null,
      },
      (id) => this.stages(id, d.stages),
    );
  }

  private async stages(deliverableId: string, stages: readonly StageSeed[]): Promise<Changes> {
    const rows = await this.tx.deliverableStage.findMany({
      where: { deliverableId },
      orderBy: [{ position: "asc" }, { id: "asc" }],
      include: { recipients: { include: { organization: { select: { key: true } } } } },
    });
    const recipientSig = (party: string, note: unknown) => ({ party, note: note ?? null });
    const from = rows.map((s) => ({
      position: s.position,
      stage: s.stage,
      completed: s.completed,
      date: s.date,
      datePrecision: s.datePrecision,
      language: s.language,
      note: s.note,
      recipients: s.recipients
        .map((r) => recipientSig(r.organization ? `org:${r.organization.key}` : `state:${r.memberStateId}`, r.note))
        .map(canonical)
        .sort(),
    }));
    const to = stages.map((s, position) => ({
      position,
      stage: s.stage,
      completed: s.completed ?? true,
      date: day(s.date),
      datePrecision: s.datePrecision ?? "day",
      language: s.language ?? null,
      note: s.note ?? null,
      recipients: (s.recipients ?? [])
        .map((r) => recipientSig("organization" in r ? `org:${r.organization}` : `state:${r.memberState}`, r.note))
        .map(canonical)
        .sort(),
    }));
    if (sameList(from, to, true)) return {};
    await this.tx.deliverableStage.deleteMany({ where: { deliverableId } });
    for (const [position, s] of stages.entries()) {
      await this.tx.deliverableStage.create({
        data: {
          deliverableId,
          position,
          stage: s.stage,
          completed: s.completed ?? true,
          date: day(s.date),
          datePrecision: s.datePrecision ?? "day",
          language: s.language ?? null,
          note: json(s.note),
          recipients: {
            create: (s.recipients ?? []).map((r) => ({
              ...("organization" in r
                ? { organizationId: this.id(this.org, r.organization) }
                : { memberStateId: r.memberState }),
              note: json(r.note),
            })),
          },
        },
      });
    }
    return { stages: { from: from.map((s) => s.stage), to: to.map((s) => s.stage) } };
  }
}
