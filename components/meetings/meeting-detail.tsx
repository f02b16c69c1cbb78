import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { ActivityList } from "@/components/activities/activity-list";
import { DeliverableList } from "@/components/deliverables/deliverable-list";
import { Breadcrumbs, type Crumb } from "@/components/layout/breadcrumbs";
import { Badge } from "@/components/ui/badge";
import { DateRange } from "@/components/ui/dates";
import { Field, Fields, PageContainer, PageTitle, Section } from "@/components/ui/layout";
import { Localized } from "@/components/ui/localized";
import { PartyName } from "@/components/records/party-name";
import { MeetingStatusBadge } from "@/components/records/status-badges";
import { Link } from "@/lib/i18n/navigation";
import type { MeetingDetail } from "@/lib/meetings/data";

/** Optional parts the page adds for editors (components/editing) and signed-in readers (timeline). */
export interface RecordSlots {
  actions?: ReactNode;
  footer?: ReactNode;
}

export function MeetingDetailView({ meeting, slots = {} }: { meeting: MeetingDetail; slots?: RecordSlots }) {
  const t = useTranslations();
  const crumbs: Crumb[] = meeting.plan
    ? [
        { label: t("nav.plans"), href: "/plans" },
        { label: <Localized value={meeting.plan.title} />, href: `/plans/${meeting.plan.id}` },
      ]
    : [];
  return (
    <PageContainer>
      <Breadcrumbs items={[...crumbs, { label: <Localized value={meeting.title} /> }]} />
      <PageTitle
        eyebrow={
          <>
            <span>{t(`meetingKind.${meeting.kind}`)}</span>
            <MeetingStatusBadge status={meeting.status} />
          </>
        }
      >
        <Localized value={meeting.title} />
      </PageTitle>
      {slots.actions}

      <Section id="details" title={t("meeting.details")}>
        <Fields>
          <Field label={t("meeting.dates")}>
            <DateRange start={meeting.startDate} end={meeting.endDate} precision={meeting.datePrecision} />
          </Field>
          {meeting.city && (
            <Field label={t("meeting.city")}>
              <Localized value={meeting.city} />
            </Field>
          )}
          {meeting.venue && (
            <Field label={t("meeting.venue")}>
              <Localized value={meeting.venue} />
            </Field>
          )}
          {meeting.organizer && (
            <Field label={t("meeting.organizer")}>
              <Localized value={meeting.organizer} />
            </Field>
          )}
          {meeting.series && (
            <Field label={t("meeting.series")}>
              <bdi>{meeting.series}</bdi>
            </Field>
          )}
          {meeting.sessionNumber !== null && (
            <Field label={t("meeting.sessionNumber")}>
              <span className="tabular-nums">{String(meeting.sessionNumber)}</span>
            </Field>
          )}
          {meeting.plan && (
            <Field label={t("meeting.plan")}>
              <Link href={`/plans/${meeting.plan.id}`} className="text-brand-700 underline hover:text-brand-900">
                <Localized value={meeting.plan.title} />
              </Link>
            </Field>
          )}
        </Fields>
      </Section>

      {meeting.objectives && (
        <Section id="objectives" title={t("meeting.objectives")}>
          <Localized as="p" value={meeting.objectives} className="max-w-prose whitespace-pre-line" />
        </Section>
      )}
      {meeting.outcome && (
        <Section id="outcome" title={t("meeting.outcome")}>
          <Localized as="p" value={meeting.outcome} className="max-w-prose whitespace-pre-line" />
        </Section>
      )}

      {meeting.agendaItems.length > 0 && (
        <Section id="agenda" title={t("meeting.agenda")}>
          <ol className="list-decimal space-y-4 ps-6 marker:font-semibold marker:text-slate-500">
            {meeting.agendaItems.map((item) => (
              <li key={item.id}>
                <p className="font-medium">
                  <Localized value={item.title} />
                </p>
                {item.description && (
                  <Localized
                    as="p"
                    value={item.description}
                    className="mt-1 whitespace-pre-line text-sm text-slate-700"
                  />
                )}
                {item.presenters.length > 0 && (
                  <p className="mt-1 text-sm text-slate-600">
                    {t("meeting.presenters")}{" "}
                    {item.presenters.map((party, i) => (
                      <span key={i}>
                        {i > 0 && <span aria-hidden="true"> · </span>}
                        <PartyName party={party} />
                      </span>
                    ))}
                  </p>
                )}
              </li>
            ))}
          </ol>
        </Section>
      )}

      {meeting.organizations.length > 0 && (
        <Section id="organizations" title={t("meeting.organizations")}>
          <ul className="grid gap-2 sm:grid-cols-2">
            {meeting.organizations.map((organization) => (
              <li key={organization.id} className="rounded border border-slate-200 bg-white px-3 py-2">
                <PartyName party={{ kind: "organization", organization }} />
              </li>
            ))}
          </ul>
        </Section>
      )}

      {meeting.participations.length > 0 && (
        <Section id="member-states" title={t("meeting.memberStates")}>
          <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
            {meeting.participations.map((p) => (
              <li key={p.memberState.code} className="rounded border border-slate-200 bg-white px-3 py-2">
                <span className="flex flex-wrap items-center gap-2">
                  <Localized value={p.memberState.name} />
                  {p.presentedEfforts && <Badge tone="success">{t("meeting.presentedEfforts")}</Badge>}
                </span>
                {p.note && <Localized as="p" value={p.note} className="mt-1 text-sm text-slate-600" />}
              </li>
            ))}
          </ul>
        </Section>
      )}

      {meeting.activities.length > 0 && (
        <Section id="activities" title={t("meeting.activities")}>
          <ActivityList activities={meeting.activities} />
        </Section>
      )}
      {meeting.deliverables.length > 0 && (
        <Section id="deliverables" title={t("meeting.deliverables")}>
          <DeliverableList deliverables={meeting.deliverables} />
        </Section>
      )}
      {meeting.submissions.length > 0 && (
        <Section id="submissions" title={t("meeting.submissions")}>
          <DeliverableList deliverables={meeting.submissions} />
        </Section>
      )}
      {slots.footer}
    </PageContainer>
  );
}
