import { useLocale, useTranslations } from "next-intl";
import { Fragment, type ReactNode } from "react";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { Badge } from "@/components/ui/badge";
import { DateRange, PartialDate } from "@/components/ui/dates";
import { Empty, PageContainer, PageTitle, Section } from "@/components/ui/layout";
import { Localized } from "@/components/ui/localized";
import { DeliverableTypeBadge } from "@/components/records/status-badges";
import { listSeparator } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { MemberStateProfile, StateCommentDto } from "@/lib/member-states/data";

const linkClass = "font-medium text-brand-800 underline-offset-2 hover:underline";
const itemClass = "rounded-lg border border-slate-200 bg-white p-4 shadow-sm";

/**
 * One member state's page: its part in meetings, what it presented and received, its pledges
 * (`pledges`: the section with its forms, rendered by the page) and its focal points' comments.
 */
export function MemberStateProfileView({
  profile,
  pledges,
  reviewQueue,
}: {
  profile: MemberStateProfile;
  /** The pledge section; absent for visitors who may not read pledges. */
  pledges?: ReactNode;
  /** Updates of this state awaiting the secretariat's decision. */
  reviewQueue?: ReactNode;
}) {
  const t = useTranslations("memberStatePage");
  const nav = useTranslations("nav");
  const pledgeT = useTranslations("pledges");
  const locale = useLocale();
  const { state } = profile;
  return (
    <PageContainer>
      <Breadcrumbs
        items={[{ label: nav("memberStates"), href: "/member-states" }, { label: <Localized value={state.name} /> }]}
      />
      <PageTitle
        eyebrow={
          <>
            <span>{t("eyebrow")}</span>
            <Badge>
              <bdi>{state.code}</bdi>
            </Badge>
          </>
        }
      >
        <Localized value={state.name} />
      </PageTitle>
      {profile.pledges === null && <p className="text-slate-700">{t("signInForMore")}</p>}

      <Section id="participations" title={t("participations")}>
        {profile.participations.length === 0 ? (
          <Empty>{t("participationsEmpty")}</Empty>
        ) : (
          <ul className="flex flex-col gap-3" data-testid="participations">
            {profile.participations.map(({ meeting, plan, presentedEfforts, note }) => (
              <li key={meeting.id} className={itemClass}>
                <div className="flex flex-wrap items-center gap-2">
                  <Link href={`/meetings/${meeting.id}`} className={linkClass}>
                    <Localized value={meeting.title} />
                  </Link>
                  {presentedEfforts && <Badge tone="success">{t("presentedEfforts")}</Badge>}
                </div>
                <dl className="mt-2 grid grid-cols-1 gap-x-6 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
                  <dt className="font-medium text-slate-600">{t("dates")}</dt>
                  <dd>
                    <DateRange start={meeting.startDate} end={meeting.endDate} precision={meeting.datePrecision} />
                  </dd>
                  <dt className="font-medium text-slate-600">{t("plan")}</dt>
                  <dd>
                    {plan ? (
                      <Link href={`/plans/${plan.id}`} className={linkClass}>
                        <Localized value={plan.title} />
                      </Link>
                    ) : (
                      t("outsidePlans")
                    )}
                  </dd>
                  {note && (
                    <>
                      <dt className="font-medium text-slate-600">{t("note")}</dt>
                      <dd>
                        <Localized value={note} />
                      </dd>
                    </>
                  )}
                </dl>
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section id="presentations" title={t("presentations")}>
        {profile.presentations.length === 0 ? (
          <Empty>{t("presentationsEmpty")}</Empty>
        ) : (
          <ul className="flex flex-col gap-2">
            {profile.presentations.map((item) => (
              <li key={item.agendaItemId} className={itemClass}>
                <Localized value={item.title} className="font-medium" />
                <div className="mt-1 text-sm text-slate-700">
                  <Link href={`/meetings/${item.meeting.id}`} className={linkClass}>
                    <Localized value={item.meeting.title} />
                  </Link>{" "}
                  (<PartialDate iso={item.meeting.startDate} precision={item.meeting.datePrecision} />)
                </div>
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section id="documents" title={t("documents")}>
        {profile.receivedDocuments.length === 0 ? (
          <Empty>{t("documentsEmpty")}</Empty>
        ) : (
          <ul className="flex flex-col gap-2">
            {profile.receivedDocuments.map((doc, i) => (
              <li key={`${doc.deliverable.id}-${i}`} className={itemClass}>
                <div className="flex flex-wrap items-center gap-2">
                  <DeliverableTypeBadge type={doc.deliverable.type} />
                  <Link href={`/deliverables/${doc.deliverable.id}`} className={linkClass}>
                    <Localized value={doc.deliverable.title} />
                  </Link>
                </div>
                <div className="mt-1 text-sm text-slate-700">
                  <StageName stage={doc.stage} />
                  {doc.date && (
                    <>
                      {" — "}
                      <PartialDate iso={doc.date} precision={doc.datePrecision} />
                    </>
                  )}
                </div>
                {doc.via.length > 0 && (
                  <p className="mt-1 text-sm text-slate-700" data-testid="received-via">
                    {t("via")}{" "}
                    {doc.via.map((group, j) => (
                      <Fragment key={j}>
                        {j > 0 && listSeparator(locale)}
                        <Localized value={group} />
                      </Fragment>
                    ))}
                  </p>
                )}
                {doc.note && (
                  <p className="mt-1 text-sm">
                    <span className="font-medium">{t("request")}: </span>
                    <Localized value={doc.note} />
                  </p>
                )}
              </li>
            ))}
          </ul>
        )}
      </Section>

      {profile.pledges !== null && (
        <Section id="pledges" title={pledgeT("title")}>
          {reviewQueue}
          {pledges}
        </Section>
      )}

      {profile.comments !== null && (
        <Section id="comments" title={t("comments")}>
          {profile.comments.length === 0 ? (
            <Empty>{t("commentsEmpty")}</Empty>
          ) : (
            <StateComments comments={profile.comments} />
          )}
        </Section>
      )}
    </PageContainer>
  );
}

function StageName({ stage }: { stage: MemberStateProfile["receivedDocuments"][number]["stage"] }) {
  const t = useTranslations("deliverableStage");
  return <>{t(stage)}</>;
}

function StateComments({ comments }: { comments: StateCommentDto[] }) {
  const t = useTranslations("memberStatePage");
  const c = useTranslations("comments");
  const href = (target: NonNullable<StateCommentDto["target"]>) =>
    target.kind === "activity"
      ? `/activities/${target.id}`
      : target.kind === "meeting"
        ? `/meetings/${target.id}`
        : `/deliverables/${target.id}`;
  return (
    <ul className="flex flex-col gap-3" data-testid="state-comments">
      {comments.map((comment) => (
        <li key={comment.id} className={itemClass}>
          <div className="flex flex-wrap gap-x-3 text-sm text-slate-700">
            <bdi className="font-medium text-slate-900">{comment.author?.name ?? c("formerUser")}</bdi>
            <PartialDate iso={comment.createdAt.slice(0, 10)} precision="day" />
          </div>
          <p dir="auto" className="mt-1 whitespace-pre-line">
            {comment.body}
          </p>
          {comment.target && (
            <p className="mt-1 text-sm text-slate-700">
              {t("commentOn")}:{" "}
              <Link href={href(comment.target)} className={linkClass}>
                <Localized value={comment.target.title} />
              </Link>
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
