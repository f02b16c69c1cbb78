import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { DeliverableListView } from "@/components/lists/deliverable-list-view";
import { cleanParams } from "@/components/lists/params";
import { getViewer } from "@/lib/auth/viewer";
import { countDeliverables, listDeliverables } from "@/lib/deliverables/data";
import { DeliverableListQuery } from "@/lib/deliverables/schema";
import { listFrameworkTargets } from "@/lib/frameworks/data";
import { requireLocale } from "@/lib/i18n/routing";
import { parseListParams, type RawSearchParams } from "@/lib/lists/query";
import { listMeetings } from "@/lib/meetings/data";
import { listMemberStates } from "@/lib/member-states/data";
import { listPlans } from "@/lib/plans/data";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<RawSearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale: segment } = await params;
  const t = await getTranslations({ locale: requireLocale(segment), namespace: "lists.deliverables" });
  return { title: t("title") };
}

export default async function DeliverablesPage({ params, searchParams }: Props) {
  const { locale: segment } = await params;
  const locale = requireLocale(segment);
  setRequestLocale(locale);
  const raw = await searchParams;
  const { query, ignored } = parseListParams(DeliverableListQuery, raw);
  const page = query.page ?? 1;
  const viewer = await getViewer();
  const [deliverables, total, plans, meetings, memberStates, frameworkTargets] = await Promise.all([
    listDeliverables(viewer, { ...query, page }, { locale }),
    countDeliverables(viewer, query),
    listPlans(viewer),
    listMeetings(viewer),
    listMemberStates(viewer),
    listFrameworkTargets(),
  ]);
  return (
    <DeliverableListView
      deliverables={deliverables}
      total={total}
      page={page}
      params={cleanParams(raw, ignored)}
      ignored={ignored}
      plans={plans}
      meetings={meetings}
      memberStates={memberStates}
      frameworkTargets={frameworkTargets}
    />
  );
}
