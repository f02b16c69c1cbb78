import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ActivityRowStatus, EditingScope, PillarTools, PlanToolbar } from "@/components/editing/record-editing";
import { PlanDashboardView } from "@/components/dashboard/dashboard-view";
import { PlanDetailView } from "@/components/plans/plan-detail";
import { loadTimeline } from "@/components/timeline/load";
import { RecordTimeline } from "@/components/timeline/record-timeline";
import { can } from "@/lib/auth/permissions";
import { getPlanDashboard } from "@/lib/dashboard/data";
import { getViewer } from "@/lib/auth/viewer";
import { pickText } from "@/lib/i18n/localized-text";
import { requireLocale } from "@/lib/i18n/routing";
import { notFoundMetadata } from "../../not-found-metadata";
import { getPlan } from "@/lib/plans/data";
import { moveActivityAction } from "../../activities/actions";
import { movePillarAction } from "../actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; planId: string }> };

// One query per request, shared by the metadata and the page.
const load = cache(async (planId: string) => getPlan(await getViewer(), planId));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale: segment, planId } = await params;
  const locale = requireLocale(segment);
  const plan = await load(planId);
  return plan ? { title: pickText(plan.title, locale).text } : notFoundMetadata(locale);
}

export default async function PlanPage({ params }: Props) {
  const { locale: segment, planId } = await params;
  const locale = requireLocale(segment);
  setRequestLocale(locale);
  const viewer = await getViewer();
  const [plan, figures] = await Promise.all([load(planId), getPlanDashboard(viewer, planId)]);
  if (!plan || !figures) notFound();
  const history = await loadTimeline(viewer, "plan", plan.id);
  const footer = history && <RecordTimeline resource="plan" events={history} />;
  const dashboard = <PlanDashboardView dashboard={figures} />;
  // Editing controls only for roles the permissions table lets edit; the server checks every write.
  if (!can(viewer, "update", "plan")) return <PlanDetailView plan={plan} slots={{ dashboard, footer }} />;
  const canEditActivities = can(viewer, "update", "activity");
  const canEditPillars = can(viewer, "update", "pillar");
  return (
    <EditingScope>
      <PlanDetailView
        plan={plan}
        slots={{
          actions: <PlanToolbar plan={plan} />,
          dashboard,
          pillarActions: canEditPillars
            ? (pillar, index) => <PillarTools plan={plan} pillar={pillar} index={index} moveAction={movePillarAction} />
            : undefined,
          activityStatus: canEditActivities
            ? (activity) => (
                <ActivityRowStatus
                  activity={activity}
                  pillar={plan.pillars.find((p) => p.activities.some((a) => a.id === activity.id))}
                  moveAction={moveActivityAction}
                />
              )
            : undefined,
          footer,
        }}
      />
    </EditingScope>
  );
}
