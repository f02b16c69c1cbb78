import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import type { EditState } from "@/lib/forms/edit-state";
import { FORM_NAMESPACES, ScopedMessages } from "@/components/editing/scoped-messages";
import { PartialDate } from "@/components/ui/dates";
import type { Option } from "@/components/ui/form/fields";
import { Empty } from "@/components/ui/layout";
import { Localized } from "@/components/ui/localized";
import { Percent } from "@/components/ui/numbers";
import { ProgressBar } from "@/components/ui/progress-bar";
import { Link } from "@/lib/i18n/navigation";
import type { PledgeWithUpdatesDto } from "@/lib/member-states/data";
import type { PledgeUpdateDto } from "@/lib/pledges/dto";
import { PledgeStatusBadge, PledgeUpdateStatusBadge } from "./badges";
import { pledgeUpdateValues, pledgeValues } from "./form-data";
import { PledgeDeleteForm, PledgeForm, PledgeUpdateForm, ReviewForm } from "./pledge-forms";

type Action<A extends unknown[]> = (...args: [...A, EditState, FormData]) => Promise<EditState>;

/** The server actions of the section (app/[locale]/member-states/actions.ts), bound here per pledge. */
export interface PledgeActions {
  create: Action<[code: string]>;
  update: Action<[code: string, pledgeId: string]>;
  remove: Action<[code: string]>;
  post: Action<[code: string, pledgeId: string]>;
  edit: Action<[code: string, pledgeId: string, updateId: string]>;
  review: Action<[code: string, pledgeId: string, updateId: string]>;
}

/** What the viewer may do here (the mutations check again). */
export interface PledgeAbilities {
  /** Record and edit pledges (the secretariat). */
  manage: boolean;
  /** Report progress on this state's pledges (its focal points, the secretariat). */
  report: boolean;
  /** Reword a submitted or returned update (its state's focal points). */
  reword: boolean;
  /** Accept or return updates (the secretariat). */
  review: boolean;
}

function Disclosure({ summary, children, testId }: { summary: string; children: ReactNode; testId?: string }) {
  return (
    <details className="mt-3 rounded-md border border-slate-200 bg-slate-50 p-3" data-testid={testId}>
      <summary className="cursor-pointer text-sm font-semibold text-brand-800">{summary}</summary>
      <div className="mt-3">{children}</div>
    </details>
  );
}

/** A state's pledges with their progress and updates, and the forms the viewer may use. */
export async function PledgeSection({
  code,
  pledges,
  forums,
  can,
  actions,
  today,
}: {
  code: string;
  pledges: PledgeWithUpdatesDto[];
  forums: Option[];
  can: PledgeAbilities;
  actions: PledgeActions;
  /** YYYY-MM-DD, the default "situation as of" of a new report. */
  today: string;
}) {
  const t = await getTranslations("pledges");
  const page = `/member-states/${code}`;
  return (
    <ScopedMessages namespaces={[...FORM_NAMESPACES, "pledges", "pledgeStatus"]}>
      {pledges.length === 0 && <Empty>{t("empty")}</Empty>}
      <ul className="flex flex-col gap-6">
        {pledges.map((pledge) => (
          <li key={pledge.id}>
            <article
              id={`pledge-${pledge.id}`}
              aria-labelledby={`pledge-${pledge.id}-title`}
              className="scroll-mt-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5"
              data-testid="pledge"
            >
              <h3 id={`pledge-${pledge.id}-title`} className="text-lg font-semibold text-brand-900">
                <Localized value={pledge.title} />
              </h3>
              {pledge.description && <Localized as="p" value={pledge.description} className="mt-1 text-slate-700" />}
              <dl className="mt-3 grid grid-cols-1 gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
                <dt className="font-medium text-slate-600">{t("status")}</dt>
                <dd>
                  <PledgeStatusBadge status={pledge.status} />
                </dd>
                <dt className="font-medium text-slate-600">{t("progress")}</dt>
                <dd data-testid="pledge-progress" data-value={pledge.progress}>
                  <ProgressBar value={pledge.progress} />
                </dd>
                {pledge.meeting && (
                  <>
                    <dt className="font-medium text-slate-600">{t("forum")}</dt>
                    <dd>
                      <Link href={`/meetings/${pledge.meeting.id}`} className="text-brand-800 underline">
                        <Localized value={pledge.meeting.title} />
                      </Link>{" "}
                      (<PartialDate iso={pledge.meeting.startDate} precision={pledge.meeting.datePrecision} />)
                    </dd>
                  </>
                )}
                {pledge.lastAcceptedOn && (
                  <>
                    <dt className="font-medium text-slate-600">{t("lastAccepted")}</dt>
                    <dd>
                      <PartialDate iso={pledge.lastAcceptedOn} precision="day" />
                    </dd>
                  </>
                )}
              </dl>

              <h4 className="mt-4 text-base font-semibold text-slate-900">{t("updates")}</h4>
              {pledge.updates === null ? (
                <Empty>{t("updatesHidden")}</Empty>
              ) : pledge.updates.length === 0 ? (
                <Empty>{t("updatesEmpty")}</Empty>
              ) : (
                <ol className="mt-2 flex flex-col gap-3">
                  {pledge.updates.map((update) => (
                    <li
                      key={update.id}
                      className="rounded-md border border-slate-200 p-3"
                      data-testid="pledge-update"
                      data-status={update.status}
                    >
                      <UpdateBody update={update} t={t} />
                      {can.review && update.status === "submitted" && (
                        <Disclosure summary={t("review")} testId="review">
                          <ReviewForm
                            action={actions.review.bind(null, code, pledge.id, update.id)}
                            initial={{
                              decision: "accept",
                              "note.ar": "",
                              "note.en": "",
                              version: String(update.version),
                            }}
                            cancelHref={`${page}#pledge-${pledge.id}`}
                          />
                        </Disclosure>
                      )}
                      {can.reword && update.status !== "accepted" && (
                        <Disclosure summary={t("reword")}>
                          <PledgeUpdateForm
                            action={actions.edit.bind(null, code, pledge.id, update.id)}
                            initial={pledgeUpdateValues(update, today)}
                            cancelHref={`${page}#pledge-${pledge.id}`}
                            submitLabel={t("send")}
                          />
                        </Disclosure>
                      )}
                    </li>
                  ))}
                </ol>
              )}

              {can.report && (
                <Disclosure summary={t("post")} testId="post-update">
                  <p className="mb-3 text-sm text-slate-700">{t("postIntro")}</p>
                  <PledgeUpdateForm
                    action={actions.post.bind(null, code, pledge.id)}
                    initial={pledgeUpdateValues(null, today)}
                    cancelHref={`${page}#pledge-${pledge.id}`}
                    submitLabel={t("send")}
                  />
                </Disclosure>
              )}
              {can.manage && (
                <Disclosure summary={t("edit")}>
                  <PledgeForm
                    action={actions.update.bind(null, code, pledge.id)}
                    initial={pledgeValues(pledge)}
                    cancelHref={`${page}#pledge-${pledge.id}`}
                    forums={forums}
                    submitLabel={t("save")}
                  />
                  <PledgeDeleteForm action={actions.remove.bind(null, code)} id={pledge.id} version={pledge.version} />
                </Disclosure>
              )}
            </article>
          </li>
        ))}
      </ul>
      {can.manage && (
        <Disclosure summary={t("add")} testId="add-pledge">
          <PledgeForm
            action={actions.create.bind(null, code)}
            initial={pledgeValues(null)}
            cancelHref={page}
            forums={forums}
            submitLabel={t("create")}
          />
        </Disclosure>
      )}
    </ScopedMessages>
  );
}

type PledgesT = Awaited<ReturnType<typeof getTranslations<"pledges">>>;

function UpdateBody({ update, t }: { update: PledgeUpdateDto; t: PledgesT }) {
  return (
    <>
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-700">
        <PledgeUpdateStatusBadge status={update.status} />
        <span>
          {t("reportedOn")} <PartialDate iso={update.reportedOn} precision="day" />
        </span>
        <span>
          {t("reportedProgress")}:{" "}
          {update.progress === null ? t("noFigure") : <Percent value={update.progress / 100} />}
        </span>
        <span>
          {t("author")}: <bdi>{update.author?.name ?? t("formerUser")}</bdi>
        </span>
      </div>
      <Localized as="p" value={update.body} className="mt-2 whitespace-pre-line text-slate-900" />
      {update.reviewNote && (
        <div className="mt-2 rounded border-s-4 border-amber-400 bg-amber-50 px-3 py-2 text-sm text-amber-950">
          <span className="font-medium">{t("reviewNote")}</span>
          {update.reviewer && (
            <>
              {" "}
              (<bdi>{update.reviewer.name}</bdi>)
            </>
          )}
          : <Localized value={update.reviewNote} />
        </div>
      )}
    </>
  );
}
