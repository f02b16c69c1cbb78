import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { EditPage } from "@/components/editing/edit-page";
import { requireEditor } from "@/components/editing/guard";
import { PillarForm } from "@/components/editing/pillar-form";
import { pillarValues } from "@/components/editing/values";
import { Localized } from "@/components/ui/localized";
import { requireLocale } from "@/lib/i18n/routing";
import { getPlan } from "@/lib/plans/data";
import { createPillarAction } from "../../../actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; planId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = requireLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: "editing" });
  return { title: t("newPillar"), robots: { index: false } };
}

export default async function NewPillarPage({ params }: Props) {
  const { locale: segment, planId } = await params;
  const locale = requireLocale(segment);
  setRequestLocale(locale);
  const viewer = await requireEditor(locale, "create", "pillar", `/plans/${planId}/pillars/new`);
  const [plan, t] = await Promise.all([getPlan(viewer, planId), getTranslations({ locale })]);
  if (!plan) notFound();
  const href = `/plans/${plan.id}`;
  return (
    <EditPage
      crumbs={[
        { label: t("nav.plans"), href: "/plans" },
        { label: <Localized value={plan.title} />, href },
        { label: t("editing.newPillar") },
      ]}
      title={t("editing.newPillar")}
      intro={t("editing.newPillarIntro", { number: String(plan.pillars.length + 1) })}
    >
      <PillarForm
        action={createPillarAction.bind(null, plan.id)}
        initial={pillarValues(null)}
        submitLabel={t("editing.createPillar")}
        cancelHref={href}
      />
    </EditPage>
  );
}
