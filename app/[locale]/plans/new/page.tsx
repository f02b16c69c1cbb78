import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { EditPage } from "@/components/editing/edit-page";
import { requireEditor } from "@/components/editing/guard";
import { meetingOptions } from "@/components/editing/options";
import { PlanForm } from "@/components/editing/plan-form";
import { planValues } from "@/components/editing/values";
import { requireLocale } from "@/lib/i18n/routing";
import { listMeetings } from "@/lib/meetings/data";
import { createPlanAction } from "../actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = requireLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: "editing" });
  return { title: t("newPlan"), robots: { index: false } };
}

export default async function NewPlanPage({ params }: Props) {
  const locale = requireLocale((await params).locale);
  setRequestLocale(locale);
  const viewer = await requireEditor(locale, "create", "plan", "/plans/new");
  const [meetings, t] = await Promise.all([listMeetings(viewer), getTranslations({ locale })]);
  return (
    <EditPage
      crumbs={[{ label: t("nav.plans"), href: "/plans" }, { label: t("editing.newPlan") }]}
      title={t("editing.newPlan")}
      intro={t("editing.formIntro")}
      namespaces={["planStatus"]}
    >
      <PlanForm
        action={createPlanAction}
        initial={planValues(null)}
        meetings={meetingOptions(meetings, locale, t("common.translationMissing"))}
        submitLabel={t("editing.createPlan")}
        cancelHref="/plans"
      />
    </EditPage>
  );
}
