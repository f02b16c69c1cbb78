import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { requireEditor } from "@/components/editing/guard";
import { ImportWorkbench } from "@/components/imports/import-workbench";
import { importLabels } from "@/components/imports/labels";
import { TemplateLinks } from "@/components/imports/template-links";
import { PageContainer, PageTitle, Section } from "@/components/ui/layout";
import { Localized } from "@/components/ui/localized";
import { requireLocale } from "@/lib/i18n/routing";
import { getPlan } from "@/lib/plans/data";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; planId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = requireLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: "importer" });
  return { title: t("title"), robots: { index: false } };
}

export default async function PlanImportPage({ params }: Props) {
  const { locale: segment, planId } = await params;
  const locale = requireLocale(segment);
  setRequestLocale(locale);
  const viewer = await requireEditor(locale, "create", "activity", `/plans/${planId}/import`);
  const [plan, t, labels] = await Promise.all([
    getPlan(viewer, planId),
    getTranslations({ locale }),
    importLabels(locale),
  ]);
  if (!plan) notFound();
  const href = `/plans/${plan.id}`;
  // The reader's language first.
  const ar = t("importer.downloadTemplate");
  const en = t("importer.downloadTemplateEn");
  const templateLabels = locale === "ar" ? { ar, en } : { en, ar };
  return (
    <PageContainer>
      <Breadcrumbs
        items={[
          { label: t("nav.plans"), href: "/plans" },
          { label: <Localized value={plan.title} />, href },
          { label: t("importer.title") },
        ]}
      />
      <PageTitle>{t("importer.title")}</PageTitle>
      <p className="-mt-3 mb-6 max-w-prose text-slate-700">{t("importer.intro")}</p>
      <Section id="import-template" title={t("importer.downloadHeading")} description={t("importer.templateHint")}>
        <TemplateLinks planId={plan.id} labels={templateLabels} />
      </Section>
      <Section id="import-upload" title={t("importer.uploadHeading")}>
        <ImportWorkbench planId={plan.id} planHref={href} labels={labels} />
      </Section>
    </PageContainer>
  );
}
