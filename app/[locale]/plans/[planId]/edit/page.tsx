import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { DeleteForm } from "@/components/editing/delete-form";
import { EditPage } from "@/components/editing/edit-page";
import { requireEditor } from "@/components/editing/guard";
import { meetingOptions } from "@/components/editing/options";
import { PlanForm } from "@/components/editing/plan-form";
import { planValues } from "@/components/editing/values";
import { Localized } from "@/components/ui/localized";
import { can } from "@/lib/auth/permissions";
import { requireLocale } from "@/lib/i18n/routing";
import { listMeetings } from "@/lib/meetings/data";
import { getPlan } from "@/lib/plans/data";
import { deletePlanAction, updatePlanAction } from "../../actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; planId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = requireLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: "editing" });
  return { title: t("editPlan"), robots: { index: false } };
}

export default async function EditPlanPage({ params }: Props) {
  const { locale: segment, planId } = await params;
  const locale = requireLocale(segment);
  setRequestLocale(locale);
  const viewer = await requireEditor(locale, "update", "plan", `/plans/${planId}/edit`);
  const [plan, meetings, t] = await Promise.all([
    getPlan(viewer, planId),
    listMeetings(viewer),
    getTranslations({ locale }),
  ]);
  if (!plan) notFound();
  const href = `/plans/${plan.id}`;
  return (
    <EditPage
      crumbs={[
        { label: t("nav.plans"), href: "/plans" },
        { label: <Localized value={plan.title} />, href },
        { label: t("editing.edit") },
      ]}
      title={t("editing.editPlan")}
      intro={t("editing.formIntro")}
      namespaces={["planStatus"]}
      after={
        can(viewer, "delete", "plan") && (
          <DeleteForm
            action={deletePlanAction}
            id={plan.id}
            version={plan.version}
            locale={locale}
            title={t("editing.deletePlan")}
            warning={t("editing.deletePlanWarning", { pillars: plan.pillarCount, activities: plan.activityCount })}
          />
        )
      }
    >
      <PlanForm
        action={updatePlanAction.bind(null, plan.id)}
        initial={planValues(plan)}
        meetings={meetingOptions(meetings, locale, t("common.translationMissing"))}
        submitLabel={t("editing.save")}
        cancelHref={href}
      />
    </EditPage>
  );
}
