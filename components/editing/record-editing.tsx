import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { QueryProvider } from "@/components/providers/query-provider";
import type { ActivitySummary } from "@/lib/activities/dto";
import { pickText } from "@/lib/i18n/localized-text";
import type { PillarWithActivities, PlanDetail } from "@/lib/plans/data";
import type { EditAction } from "@/lib/forms/edit-state";
import { MoveButtons } from "./move-buttons";
import { LiveStatusBadge, QuickStatus } from "./quick-status";
import { ScopedMessages } from "./scoped-messages";
import { EditLink, EditToolbar } from "./toolbar";

// What a record's page shows to those who may edit it: the editing links, the pillars' order
// buttons and the quick status update. The pages render these only when the permissions table
// lets the viewer update the record; every write is checked again on the server.

/** Messages and TanStack Query for the interactive editing parts of a record's page. */
export function EditingScope({ children }: { children: ReactNode }) {
  return (
    <ScopedMessages namespaces={["editing", "errors", "fieldNames", "activityStatus", "common", "validation"]}>
      <QueryProvider>{children}</QueryProvider>
    </ScopedMessages>
  );
}

/** The plans list's toolbar: the way in to a new plan. */
export function PlansToolbar() {
  const t = useTranslations("editing");
  return (
    <EditToolbar>
      <EditLink href="/plans/new" icon="plus" tone="primary" testId="new-plan">
        {t("newPlan")}
      </EditLink>
    </EditToolbar>
  );
}

export function PlanToolbar({ plan }: { plan: PlanDetail }) {
  const t = useTranslations("editing");
  const tImport = useTranslations("importer");
  return (
    <EditToolbar>
      <EditLink href={`/plans/${plan.id}/edit`} tone="primary" testId="edit-plan">
        {t("editPlan")}
      </EditLink>
      <EditLink href={`/plans/${plan.id}/pillars/new`} icon="plus" testId="add-pillar">
        {t("newPillar")}
      </EditLink>
      <EditLink href={`/meetings/new?plan=${plan.id}`} icon="plus">
        {t("newMeeting")}
      </EditLink>
      <EditLink href="/deliverables/new" icon="plus">
        {t("newDeliverable")}
      </EditLink>
      <EditLink href={`/plans/${plan.id}/import`} testId="import-plan">
        {tImport("openImport")}
      </EditLink>
      <EditLink href="/plans/new" icon="plus" tone="ghost">
        {t("newPlan")}
      </EditLink>
    </EditToolbar>
  );
}

export function PillarTools({
  plan,
  pillar,
  index,
  moveAction,
}: {
  plan: PlanDetail;
  pillar: PillarWithActivities;
  index: number;
  moveAction: EditAction;
}) {
  const t = useTranslations("editing");
  const locale = useLocale();
  const title = pickText(pillar.title, locale).text;
  return (
    <div className="mt-2 flex flex-wrap items-center gap-2" data-testid="pillar-tools">
      <EditLink href={`/plans/${plan.id}/pillars/${pillar.id}/edit`} label={t("editPillarOf", { title })} size="sm">
        {t("edit")}
      </EditLink>
      <EditLink
        href={`/activities/new?pillar=${pillar.id}`}
        icon="plus"
        label={t("newActivityIn", { title })}
        size="sm"
      >
        {t("newActivity")}
      </EditLink>
      <MoveButtons
        action={moveAction}
        locale={locale}
        parentId={plan.id}
        itemId={pillar.id}
        order={plan.pillars.map((p) => ({ id: p.id, version: p.version }))}
        index={index}
        title={title}
        testId="pillar-move"
      />
    </div>
  );
}

/**
 * An activity row's editing controls on the plan's page: the quick status update and, when the
 * pillar is given, buttons to move the activity among its pillar's activities.
 */
export function ActivityRowStatus({
  activity,
  pillar,
  moveAction,
}: {
  activity: ActivitySummary;
  pillar?: PillarWithActivities;
  moveAction?: EditAction;
}) {
  const locale = useLocale();
  const title = pickText(activity.title, locale).text;
  const index = pillar ? pillar.activities.findIndex((a) => a.id === activity.id) : -1;
  return (
    <>
      <QuickStatus
        activityId={activity.id}
        title={title}
        initial={{ status: activity.status, progress: activity.progress, version: activity.version }}
        layout="row"
      />
      {pillar && moveAction && index >= 0 && pillar.activities.length > 1 && (
        <MoveButtons
          action={moveAction}
          locale={locale}
          parentId={pillar.id}
          itemId={activity.id}
          order={pillar.activities.map((a) => ({ id: a.id, version: a.version }))}
          index={index}
          title={title}
          testId="activity-move"
        />
      )}
    </>
  );
}

/** The activity page's Status and Progress entries, with the quick status update. */
export function ActivityStatusFields({ activity }: { activity: ActivitySummary }) {
  const locale = useLocale();
  return (
    <QuickStatus
      activityId={activity.id}
      title={pickText(activity.title, locale).text}
      initial={{ status: activity.status, progress: activity.progress, version: activity.version }}
      layout="fields"
    />
  );
}

export function ActivityStatusBadgeLive({ activity }: { activity: ActivitySummary }) {
  return (
    <LiveStatusBadge
      activityId={activity.id}
      initial={{ status: activity.status, progress: activity.progress, version: activity.version }}
    />
  );
}

export function ActivityToolbar({ activityId }: { activityId: string }) {
  const t = useTranslations("editing");
  return (
    <EditToolbar>
      <EditLink href={`/activities/${activityId}/edit`} tone="primary" testId="edit-activity">
        {t("editActivity")}
      </EditLink>
      <EditLink href={`/deliverables/new?activity=${activityId}`} icon="plus">
        {t("newDeliverable")}
      </EditLink>
    </EditToolbar>
  );
}

export function MeetingToolbar({ meetingId }: { meetingId: string }) {
  const t = useTranslations("editing");
  return (
    <EditToolbar>
      <EditLink href={`/meetings/${meetingId}/edit`} tone="primary" testId="edit-meeting">
        {t("editMeeting")}
      </EditLink>
      <EditLink href={`/deliverables/new?meeting=${meetingId}`} icon="plus">
        {t("newDeliverable")}
      </EditLink>
    </EditToolbar>
  );
}

export function DeliverableToolbar({ deliverableId }: { deliverableId: string }) {
  const t = useTranslations("editing");
  return (
    <EditToolbar>
      <EditLink href={`/deliverables/${deliverableId}/edit`} tone="primary" testId="edit-deliverable">
        {t("editDeliverable")}
      </EditLink>
    </EditToolbar>
  );
}
