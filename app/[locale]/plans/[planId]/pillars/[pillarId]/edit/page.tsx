import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { DeleteForm } from "@/components/editing/delete-form";
import { EditPage } from "@/components/editing/edit-page";
import { requireEditor } from "@/components/editing/guard";
import { PillarForm } from "@/components/editing/pillar-form";
import { pillarValues } from "@/components/editing/values";
import { Localized } from "@/components/ui/localized";
import { can } from "@/lib/auth/permissions";
import { requireLocale } from "@/lib/i18n/routing";
import { getPillar } from "@/lib/pillars/data";
import { getPlan } from "@/lib/plans/data";
import { deletePillarAction, updatePillarAction } from "../../../../actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; planId: string; pillarId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = requireLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: "editing" });
  return { title: t("editPillar"), robots: { index: false } };
}

export default async function EditPillarPage({ params }: Props) {
  const { locale: segment, planId, pillarId } = await params;
  const locale = requireLocale(segment);
  setRequestLocale(locale);
  const viewer = await requireEditor(locale, "update", "pillar", `/plans/${planId}/pillars/${pillarId}/edit`);
  const [plan, pillar, t] = await Promise.all([
    getPlan(viewer, planId),
    getPillar(viewer, pillarId),
    getTranslations({ locale }),
  ]);
  if (!plan || !pillar || pillar.planId !== plan.id) notFound();
  const href = `/plans/${plan.id}`;
  return (
    <EditPage
      crumbs={[
        { label: t("nav.plans"), href: "/plans" },
        { label: <Localized value={plan.title} />, href },
        { label: <Localized value={pillar.title} />, href: `${href}#pillar-${pillar.id}` },
        { label: t("editing.edit") },
      ]}
      title={t("editing.editPillar")}
      intro={t("editing.formIntro")}
      after={
        can(viewer, "delete", "pillar") && (
          <DeleteForm
            action={deletePillarAction.bind(null, plan.id)}
            id={pillar.id}
            version={pillar.version}
            locale={locale}
            title={t("editing.deletePillar")}
            warning={t("editing.deletePillarWarning", { activities: pillar.activityCount })}
          />
        )
      }
    >
      <PillarForm
        action={updatePillarAction.bind(null, plan.id, pillar.id)}
        initial={pillarValues(pillar)}
        submitLabel={t("editing.save")}
        cancelHref={`${href}#pillar-${pillar.id}`}
      />
    </EditPage>
  );
}
