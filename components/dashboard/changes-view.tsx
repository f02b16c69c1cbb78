import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { DateRange, DateTime, PartialDate } from "@/components/ui/dates";
import { ErrorText } from "@/components/ui/form/fields";
import { Empty, PageContainer, PageTitle, Section } from "@/components/ui/layout";
import { Localized } from "@/components/ui/localized";
import type { PlanChanges } from "@/lib/dashboard/dto";
import { splitMessageKey, type FieldErrors } from "@/lib/errors";
import { Link } from "@/lib/i18n/navigation";

// "What changed" for a plan: a GET form (the period is in the URL, so a link can be shared and
// the page works without JavaScript) and the changes grouped by kind. Sections that come from the
// audit trail say so to visitors who may not read it rather than claiming nothing changed.

const link = "text-brand-800 underline decoration-brand-200 underline-offset-4 hover:decoration-brand-700";
const input =
  "rounded-md border border-slate-300 bg-white px-3 py-2 text-base text-slate-900 shadow-sm focus:border-brand-600 aria-[invalid=true]:border-rose-600";

export interface ChangesForm {
  /** What was typed, kept as is (even when it is not a date). */
  from: string;
  to: string;
  errors: FieldErrors | null;
}

export function PlanChangesView({ changes, form }: { changes: PlanChanges; form: ChangesForm }) {
  const t = useTranslations();
  const planPath = `/plans/${changes.planId}`;
  const dateField = (name: "from" | "to") => {
    const messages = (form.errors?.[name] ?? []).map((raw) => {
      const { key, values } = splitMessageKey(raw);
      return t(`validation.${key}` as "validation.invalid", values);
    });
    const id = `changes-${name}`;
    return (
      <div className="flex flex-col gap-1">
        <label htmlFor={id} className="text-sm font-medium text-slate-800">
          {t(`changes.form.${name}`)}
        </label>
        <input
          id={id}
          name={name}
          type="date"
          defaultValue={form[name]}
          aria-invalid={messages.length > 0 ? true : undefined}
          aria-describedby={
            [name === "from" ? "changes-hint" : null, messages.length > 0 ? `${id}-error` : null]
              .filter(Boolean)
              .join(" ") || undefined
          }
          className={input}
        />
        <ErrorText id={id} messages={messages} />
      </div>
    );
  };

  return (
    <PageContainer>
      <Breadcrumbs
        items={[
          { label: t("nav.plans"), href: "/plans" },
          { label: <Localized value={changes.planTitle} />, href: planPath },
          { label: t("changes.title") },
        ]}
      />
      <PageTitle eyebrow={<Localized value={changes.planTitle} />}>{t("changes.title")}</PageTitle>
      <p className="max-w-prose text-slate-700">{t("changes.intro")}</p>

      <form
        method="get"
        className="mt-6 flex flex-wrap items-end gap-4 rounded-lg border border-slate-200 bg-slate-50 p-4 print:hidden"
        aria-labelledby="changes-form"
      >
        <h2 id="changes-form" className="w-full text-sm font-semibold text-brand-900">
          {t("changes.form.label")}
        </h2>
        {dateField("from")}
        {dateField("to")}
        <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
          {t("changes.form.submit")}
        </button>
        <p id="changes-hint" className="w-full text-xs text-slate-600">
          {t("changes.form.hint")}
        </p>
      </form>

      <p className="mt-6 text-lg font-semibold text-slate-900" data-testid="changes-range">
        {t.rich("changes.range", {
          from: () => <PartialDate iso={changes.from} precision="day" />,
          to: () => <PartialDate iso={changes.to} precision="day" />,
        })}
      </p>
      {changes.sinceLastMeeting && (
        <p className="mt-1 text-sm text-slate-700">
          {t("changes.sinceMeeting")}{" "}
          <Link href={`/meetings/${changes.sinceLastMeeting.id}`} className={link}>
            <Localized value={changes.sinceLastMeeting.title} />
          </Link>
        </p>
      )}
      {changes.statusChanges === null && (
        <p className="mt-4 rounded-md border border-sky-200 bg-sky-50 p-3 text-sm text-sky-900">
          {t("changes.signIn")}
        </p>
      )}

      {changes.statusChanges && (
        <ChangeSection
          id="changes-status"
          title={t("changes.sections.statusChanges")}
          count={changes.statusChanges.length}
        >
          {changes.statusChanges.map((c) => (
            <li key={c.eventId} data-testid="status-change">
              <Link href={`/activities/${c.activity.id}`} className={link}>
                <Localized value={c.activity.title} />
              </Link>{" "}
              <span className="text-slate-800">
                {c.from
                  ? t("changes.statusChange", { from: t(`activityStatus.${c.from}`), to: t(`activityStatus.${c.to}`) })
                  : t("changes.newStatus", { to: t(`activityStatus.${c.to}`) })}
              </span>
              <Stamp at={c.at} actor={c.actor} />
            </li>
          ))}
        </ChangeSection>
      )}
      {changes.newActivities && (
        <ChangeSection
          id="changes-new-activities"
          title={t("changes.sections.newActivities")}
          count={changes.newActivities.length}
        >
          {changes.newActivities.map((c) => (
            <li key={c.eventId}>
              <Link href={`/activities/${c.id}`} className={link}>
                <Localized value={c.title} />
              </Link>
              <Stamp at={c.at} actor={c.actor} />
            </li>
          ))}
        </ChangeSection>
      )}
      {changes.newDeliverables && (
        <ChangeSection
          id="changes-new-deliverables"
          title={t("changes.sections.newDeliverables")}
          count={changes.newDeliverables.length}
        >
          {changes.newDeliverables.map((c) => (
            <li key={c.eventId}>
              <Link href={`/deliverables/${c.id}`} className={link}>
                <Localized value={c.title} />
              </Link>
              <Stamp at={c.at} actor={c.actor} />
            </li>
          ))}
        </ChangeSection>
      )}
      <ChangeSection
        id="changes-advanced"
        title={t("changes.sections.advancedDeliverables")}
        count={changes.advancedDeliverables.length}
      >
        {changes.advancedDeliverables.map((d) => (
          <li key={`${d.id}-${d.stage}-${d.date}`}>
            <span className="font-semibold text-slate-800">
              <PartialDate iso={d.date} precision={d.datePrecision} />
            </span>{" "}
            <Link href={`/deliverables/${d.id}`} className={link}>
              <Localized value={d.title} />
            </Link>{" "}
            <span className="text-slate-700">({t(`deliverableStage.${d.stage}`)})</span>
          </li>
        ))}
      </ChangeSection>
      <ChangeSection
        id="changes-meetings"
        title={t("changes.sections.meetingsHeld")}
        count={changes.meetingsHeld.length}
      >
        {changes.meetingsHeld.map((m) => (
          <li key={m.id}>
            <span className="font-semibold text-slate-800">
              <DateRange start={m.date} end={m.endDate} precision={m.datePrecision} />
            </span>{" "}
            <Link href={`/meetings/${m.id}`} className={link}>
              <Localized value={m.title} />
            </Link>{" "}
            <span className="text-slate-700">({t(`meetingKind.${m.kind}`)})</span>
          </li>
        ))}
      </ChangeSection>

      <p className="mt-10 print:hidden">
        <Link href={planPath} className={link}>
          {t("changes.back")}
        </Link>
      </p>
    </PageContainer>
  );
}

function ChangeSection({
  id,
  title,
  count,
  children,
}: {
  id: string;
  title: string;
  count: number;
  children: ReactNode;
}) {
  const t = useTranslations("changes");
  return (
    <Section id={id} title={title}>
      {count === 0 ? <Empty>{t("none")}</Empty> : <ul className="space-y-2 text-sm">{children}</ul>}
    </Section>
  );
}

function Stamp({ at, actor }: { at: string; actor: string | null }) {
  const t = useTranslations("changes");
  return (
    <span className="block text-xs text-slate-600">
      <DateTime iso={at} />
      {actor && <> · {t("by", { actor })}</>}
    </span>
  );
}
