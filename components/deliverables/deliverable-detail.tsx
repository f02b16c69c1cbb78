import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { FrameworkTags } from "@/components/frameworks/framework-tags";
import { Breadcrumbs, type Crumb } from "@/components/layout/breadcrumbs";
import { Badge } from "@/components/ui/badge";
import { DateRange, PartialDate } from "@/components/ui/dates";
import { Empty, Field, Fields, PageContainer, PageTitle, Section } from "@/components/ui/layout";
import { Localized } from "@/components/ui/localized";
import { PartyName } from "@/components/records/party-name";
import type { DeliverableDetail, StageDto } from "@/lib/deliverables/data";
import { Link } from "@/lib/i18n/navigation";
import type { MeetingRef } from "@/lib/meetings/dto";

/** Optional parts the page adds for editors (components/editing) and signed-in readers (timeline). */
export interface RecordSlots {
  actions?: ReactNode;
  footer?: ReactNode;
}

export function DeliverableDetailView({
  deliverable,
  slots = {},
}: {
  deliverable: DeliverableDetail;
  slots?: RecordSlots;
}) {
  const t = useTranslations();
  const crumbs: Crumb[] = [{ label: t("nav.plans"), href: "/plans" }];
  if (deliverable.activity) {
    crumbs.push({
      label: <Localized value={deliverable.activity.title} />,
      href: `/activities/${deliverable.activity.id}`,
    });
  } else if (deliverable.meeting) {
    crumbs.push({
      label: <Localized value={deliverable.meeting.title} />,
      href: `/meetings/${deliverable.meeting.id}`,
    });
  }
  return (
    <PageContainer>
      <Breadcrumbs items={[...crumbs, { label: <Localized value={deliverable.title} /> }]} />
      <PageTitle eyebrow={<span>{t(`deliverableType.${deliverable.type}`)}</span>}>
        <Localized value={deliverable.title} />
      </PageTitle>
      {slots.actions}

      <Section id="details" title={t("deliverable.details")}>
        <Fields>
          <Field label={t("deliverable.type")}>{t(`deliverableType.${deliverable.type}`)}</Field>
          {deliverable.meeting && (
            <Field label={t("deliverable.producedAt")}>
              <MeetingLink meeting={deliverable.meeting} />
            </Field>
          )}
          {deliverable.activity && (
            <Field label={t("deliverable.activity")}>
              <Link
                href={`/activities/${deliverable.activity.id}`}
                className="text-brand-700 underline hover:text-brand-900"
              >
                <Localized value={deliverable.activity.title} />
              </Link>
            </Field>
          )}
          {deliverable.targetMeeting && (
            <Field label={t("deliverable.targetForum")}>
              <MeetingLink meeting={deliverable.targetMeeting} />
            </Field>
          )}
          {deliverable.documentUrl && (
            <Field label={t("deliverable.document")}>
              <a
                href={deliverable.documentUrl}
                className="break-all text-brand-700 underline hover:text-brand-900"
                dir="ltr"
              >
                {deliverable.documentUrl}
              </a>
            </Field>
          )}
          {deliverable.frameworkTargets.length > 0 && (
            <Field label={t("frameworks.tagsLabel")}>
              <FrameworkTags targets={deliverable.frameworkTargets} />
            </Field>
          )}
        </Fields>
      </Section>

      {deliverable.description && (
        <Section id="description" title={t("deliverable.description")}>
          <Localized as="p" value={deliverable.description} className="max-w-prose whitespace-pre-line" />
        </Section>
      )}

      <Section id="stages" title={t("deliverable.stages")}>
        {deliverable.stages.length > 0 ? (
          <ol className="relative border-s-2 border-brand-100 ps-6" data-testid="stage-history">
            {deliverable.stages.map((stage) => (
              <StageItem key={stage.id} stage={stage} />
            ))}
          </ol>
        ) : (
          <Empty>{t("deliverable.noStages")}</Empty>
        )}
      </Section>
      {slots.footer}
    </PageContainer>
  );
}

function MeetingLink({ meeting }: { meeting: MeetingRef }) {
  return (
    <>
      <Link href={`/meetings/${meeting.id}`} className="text-brand-700 underline hover:text-brand-900">
        <Localized value={meeting.title} />
      </Link>{" "}
      <span className="text-sm text-slate-600">
        (<DateRange start={meeting.startDate} end={null} precision={meeting.datePrecision} />)
      </span>
    </>
  );
}

function StageItem({ stage }: { stage: StageDto }) {
  const t = useTranslations();
  const locale = useLocale();
  const language = stage.language ? new Intl.DisplayNames([locale], { type: "language" }).of(stage.language) : null;
  return (
    <li className="relative pb-6 last:pb-0" data-testid="stage-item">
      <span
        aria-hidden="true"
        className={`absolute -start-[1.95rem] top-1.5 size-3 rounded-full border-2 ring-2 ring-brand-100 ${
          stage.completed ? "border-white bg-brand-600" : "border-brand-600 bg-white"
        }`}
      />
      <p className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <span className="font-semibold text-slate-900">{t(`deliverableStage.${stage.stage}`)}</span>
        <span className="text-sm text-slate-700">
          {stage.date ? <PartialDate iso={stage.date} precision={stage.datePrecision} /> : t("deliverable.undated")}
        </span>
        <Badge tone={stage.completed ? "success" : "info"}>
          {stage.completed ? t("deliverable.completed") : t("deliverable.scheduled")}
        </Badge>
      </p>
      {language && <p className="mt-1 text-sm text-slate-600">{t("deliverable.language", { language })}</p>}
      {stage.note && (
        <Localized as="p" value={stage.note} className="mt-1 whitespace-pre-line text-sm text-slate-700" />
      )}
      {stage.recipients.length > 0 && (
        <div className="mt-2">
          <p className="text-sm font-medium text-slate-700">{t("deliverable.recipients")}</p>
          <ul className="mt-1 list-disc space-y-1 ps-5 text-sm">
            {stage.recipients.map((recipient, i) => (
              <li key={i}>
                <PartyName party={recipient.party} />
                {recipient.note && <Localized as="p" value={recipient.note} className="text-slate-600" />}
              </li>
            ))}
          </ul>
        </div>
      )}
    </li>
  );
}
