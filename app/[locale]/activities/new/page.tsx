import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ActivityForm } from "@/components/editing/activity-form";
import { EditPage } from "@/components/editing/edit-page";
import { requireEditor } from "@/components/editing/guard";
import { meetingOptions, organizationOptions, pillarGroups } from "@/components/editing/options";
import { activityValues } from "@/components/editing/values";
import { FrameworkPicker } from "@/components/frameworks/framework-picker";
import { Localized } from "@/components/ui/localized";
import { requireLocale } from "@/lib/i18n/routing";
import { listMeetings } from "@/lib/meetings/data";
import { listOrganizations } from "@/lib/organizations/data";
import { listPillars } from "@/lib/pillars/data";
import { listPlans } from "@/lib/plans/data";
import { createActivityAction } from "../actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ pillar?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = requireLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: "editing" });
  return { title: t("newActivity"), robots: { index: false } };
}

export default async function NewActivityPage({ params, searchParams }: Props) {
  const locale = requireLocale((await params).locale);
  setRequestLocale(locale);
  const query = await searchParams;
  const pillarId = typeof query.pillar === "string" ? query.pillar : undefined;
  const viewer = await requireEditor(
    locale,
    "create",
    "activity",
    pillarId ? `/activities/new?pillar=${pillarId}` : "/activities/new",
  );
  const [plans, pillars, meetings, organizations, t] = await Promise.all([
    listPlans(viewer),
    listPillars(viewer),
    listMeetings(viewer),
    listOrganizations(viewer),
    getTranslations({ locale }),
  ]);
  const missing = t("common.translationMissing");
  const pillar = pillars.find((p) => p.id === pillarId);
  const plan = pillar ? plans.find((p) => p.id === pillar.planId) : undefined;
  const cancelHref = pillar ? `/plans/${pillar.planId}#pillar-${pillar.id}` : "/plans";
  return (
    <EditPage
      crumbs={[
        { label: t("nav.plans"), href: "/plans" },
        // Opened from a pillar: the plan it belongs to, as on the activity's own page.
        ...(plan ? [{ label: <Localized value={plan.title} />, href: `/plans/${plan.id}` }] : []),
        { label: t("editing.newActivity") },
      ]}
      title={t("editing.newActivity")}
      intro={t("editing.formIntro")}
      namespaces={["activityStatus", "activityType"]}
    >
      <ActivityForm
        action={createActivityAction}
        initial={activityValues(null, { pillarId: pillar?.id })}
        pillars={pillarGroups(plans, pillars, locale, missing)}
        partners={organizationOptions(organizations, locale, missing)}
        meetings={meetingOptions(meetings, locale, missing)}
        submitLabel={t("editing.createActivity")}
        cancelHref={cancelHref}
        frameworks={<FrameworkPicker />}
      />
    </EditPage>
  );
}
