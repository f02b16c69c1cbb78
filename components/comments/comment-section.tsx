import { getLocale, getTranslations } from "next-intl/server";
import type { EditAction } from "@/lib/forms/edit-state";
import { FORM_NAMESPACES, ScopedMessages } from "@/components/editing/scoped-messages";
import { PartialDate } from "@/components/ui/dates";
import { Empty, Section } from "@/components/ui/layout";
import { Localized } from "@/components/ui/localized";
import { can } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer";
import type { CommentDto } from "@/lib/comments/data";
import { CommentDeleteForm, CommentForm } from "./comment-forms";

type Action<A extends unknown[]> = (...args: [...A, Parameters<EditAction>[0], FormData]) => ReturnType<EditAction>;

/** The server actions of the section (app/[locale]/activities/comment-actions.ts), bound here. */
export interface CommentActions {
  create: Action<[activityId: string]>;
  update: Action<[activityId: string, commentId: string]>;
  remove: Action<[activityId: string]>;
}

/**
 * Comments on an activity: each with its author, their state and the date; a form for those who
 * may comment, and edit/delete on the comments the viewer may change. Visitors who may not read
 * comments get nothing (the page leaves the section out).
 */
export async function CommentSection({
  activityId,
  comments,
  viewer,
  actions,
}: {
  activityId: string;
  comments: CommentDto[];
  viewer: Viewer;
  actions: CommentActions;
}) {
  const [t, locale] = await Promise.all([getTranslations("comments"), getLocale()]);
  const back = `/activities/${activityId}#comments`;
  const facts = (c: CommentDto) => ({ memberStateId: c.memberState?.code ?? null, authorId: c.author?.id ?? null });
  const canWrite = can(viewer, "create", "comment");
  return (
    <Section id="comments" title={t("title")} description={t("intro")}>
      <ScopedMessages namespaces={[...FORM_NAMESPACES, "comments"]}>
        {comments.length === 0 ? (
          <Empty>{t("empty")}</Empty>
        ) : (
          <ol className="flex flex-col gap-3" data-testid="comments">
            {comments.map((comment) => (
              <li
                key={comment.id}
                className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
                data-testid="comment"
              >
                <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-700">
                  <bdi className="font-semibold text-slate-900">{comment.author?.name ?? t("formerUser")}</bdi>
                  <span>{comment.memberState ? <Localized value={comment.memberState.name} /> : t("secretariat")}</span>
                  <span>
                    {t("postedOn")} <PartialDate iso={comment.createdAt.slice(0, 10)} precision="day" />
                  </span>
                  {comment.version > 1 && <span>({t("edited")})</span>}
                </div>
                <p dir="auto" className="mt-2 whitespace-pre-line text-slate-900">
                  {comment.body}
                </p>
                <div className="mt-2 flex flex-wrap items-start gap-2">
                  {can(viewer, "update", "comment", facts(comment)) && (
                    <details className="min-w-0 flex-1">
                      <summary className="cursor-pointer text-sm font-semibold text-brand-800">{t("edit")}</summary>
                      <div className="mt-2">
                        <CommentForm
                          action={actions.update.bind(null, activityId, comment.id)}
                          initial={{ body: comment.body, version: String(comment.version) }}
                          cancelHref={back}
                          submitLabel={t("save")}
                        />
                      </div>
                    </details>
                  )}
                  {can(viewer, "delete", "comment", facts(comment)) && (
                    <CommentDeleteForm
                      action={actions.remove.bind(null, activityId)}
                      id={comment.id}
                      version={comment.version}
                      locale={locale}
                    />
                  )}
                </div>
              </li>
            ))}
          </ol>
        )}
        {canWrite ? (
          <div className="mt-6">
            <h3 className="mb-2 text-base font-semibold text-slate-900">{t("add")}</h3>
            <CommentForm
              action={actions.create.bind(null, activityId)}
              initial={{ body: "" }}
              cancelHref={back}
              submitLabel={t("post")}
            />
          </div>
        ) : (
          <p className="mt-4 text-sm text-slate-600">{t("readOnly")}</p>
        )}
      </ScopedMessages>
    </Section>
  );
}
