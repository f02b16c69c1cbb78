import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { DeliverableList } from "@/components/deliverables/deliverable-list";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { FrameworkTags } from "@/components/frameworks/framework-tags";
import { MeetingTimeline } from "@/components/meetings/meeting-timeline";
import { DateRange } from "@/components/ui/dates";
import { Field, Fields, PageContainer, PageTitle, Section } from "@/components/ui/layout";
import { Localized } from "@/components/ui/localized";
import { PartyName } from "@/components/records/party-name";
import { ProgressBar } from "@/components/ui/progress-bar";
import { ActivityStatusBadge } from "@/components/records/status-badges";
import type { ActivityDetail } from "@/lib/activities/data";
import { Link } from "@/lib/i18n/navigation";

/** Optional parts the page adds for editors (components/editing) and signed-in readers (timeline). */
export interface ActivityDetailSlots {
  actions?: ReactNode;
  /** Replaces the title's status badge. */
  statusBadge?: ReactNode;
  /** Replaces the Status and Progress entries of the details. */
  statusFields?: ReactNode;
  footer?: ReactNode;
}

export function ActivityDetailView({
  activity,
  slots = {},
}: {
  activity: ActivityDetail;
  slots?: ActivityDetailSlots;
}) {
  const t = useTranslations();
  const planHref = `/plans/${activity.plan.id}`;
  return (
    <PageContainer>
      <Breadcrumbs
        items={[
          { label: t("nav.plans"), href: "/plans" },
          { label: <Localized value={activity.plan.title} />, href: planHref },
          { label: <Localized value={activity.title} /> },
        ]}
      />
      <PageTitle
        eyebrow={
          <>
            <span>{t(`activityType.${activity.type}`)}</span>
            {slots.statusBadge ?? <ActivityStatusBadge status={activity.status} />}
          </>
        }
      >
        <Localized value={activity.title} />
      </PageTitle>
      {slots.actions}

      <Section id="details" title={t("activity.details")}>
        <Fields>
          <Field label={t("activity.plan")}>
            <Link href={planHref} className="text-brand-700 underline hover:text-brand-900">
              <Localized value={activity.plan.title} />
            </Link>
          </Field>
          <Field label={t("activity.pillar")}>
            <Link
              href={`${planHref}#pillar-${activity.pillar.id}`}
              className="text-brand-700 underline hover:text-brand-900"
            >
              <Localized value={activity.pillar.title} />
            </Link>
          </Field>
          {slots.statusFields ?? (
            <>
              <Field label={t("activity.status")}>
                <ActivityStatusBadge status={activity.status} />
              </Field>
              <Field label={t("activity.progress")}>
                <ProgressBar value={activity.progress} />
              </Field>
            </>
          )}
          <Field label={t("activity.plannedDates")}>
            {activity.plannedStart ? (
              <DateRange start={activity.plannedStart} end={activity.plannedEnd} precision={activity.datePrecision} />
            ) : (
              t("common.notRecorded")
            )}
          </Field>
          {activity.actualStart && (
            <Field label={t("activity.actualDates")}>
              <DateRange start={activity.actualStart} end={activity.actualEnd} precision={activity.datePrecision} />
            </Field>
          )}
          {activity.leadUnit && (
            <Field label={t("activity.leadUnit")}>
              <Localized value={activity.leadUnit} />
            </Field>
          )}
          {activity.partners.length > 0 && (
            <Field label={t("activity.partners")}>
              <ul className="space-y-1">
                {activity.partners.map((organization) => (
                  <li key={organization.id}>
                    <PartyName party={{ kind: "organization", organization }} />
                  </li>
                ))}
              </ul>
            </Field>
          )}
          {activity.frameworkTargets.length > 0 && (
            <Field label={t("frameworks.tagsLabel")}>
              <FrameworkTags targets={activity.frameworkTargets} />
            </Field>
          )}
        </Fields>
      </Section>

      {activity.description && (
        <Section id="description" title={t("activity.description")}>
          <Localized as="p" value={activity.description} className="max-w-prose whitespace-pre-line" />
        </Section>
      )}
      {activity.outcome && (
        <Section id="outcome" title={t("activity.outcome")}>
          <Localized as="p" value={activity.outcome} className="max-w-prose whitespace-pre-line" />
        </Section>
      )}
      {activity.meetings.length > 0 && (
        <Section id="meetings" title={t("activity.meetings")}>
          <MeetingTimeline meetings={activity.meetings} />
        </Section>
      )}
      {activity.deliverables.length > 0 && (
        <Section id="deliverables" title={t("activity.deliverables")}>
          <DeliverableList deliverables={activity.deliverables} />
        </Section>
      )}
      {slots.footer}
    </PageContainer>
  );
}
