import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ActivityListView } from "@/components/lists/activity-list-view";
import { cleanParams } from "@/components/lists/params";
import { countActivities, listActivities } from "@/lib/activities/data";
import { ActivityListQuery } from "@/lib/activities/schema";
import { getViewer } from "@/lib/auth/viewer";
import { listFrameworkTargets } from "@/lib/frameworks/data";
import { requireLocale } from "@/lib/i18n/routing";
import { parseListParams, type RawSearchParams } from "@/lib/lists/query";
import { listPillars } from "@/lib/pillars/data";
import { listPlans } from "@/lib/plans/data";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<RawSearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale: segment } = await params;
  const t = await getTranslations({ locale: requireLocale(segment), namespace: "lists.activities" });
  return { title: t("title") };
}

export default async function ActivitiesPage({ params, searchParams }: Props) {
  const { locale: segment } = await params;
  const locale = requireLocale(segment);
  setRequestLocale(locale);
  const raw = await searchParams;
  const { query, ignored } = parseListParams(ActivityListQuery, raw);
  const page = query.page ?? 1;
  const viewer = await getViewer();
  const [activities, total, plans, pillars, frameworkTargets] = await Promise.all([
    listActivities(viewer, { ...query, page }, { locale }),
    countActivities(viewer, query),
    listPlans(viewer),
    listPillars(viewer),
    listFrameworkTargets(),
  ]);
  return (
    <ActivityListView
      activities={activities}
      total={total}
      page={page}
      params={cleanParams(raw, ignored)}
      ignored={ignored}
      plans={plans}
      pillars={pillars}
      frameworkTargets={frameworkTargets}
    />
  );
}
