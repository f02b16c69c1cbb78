import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { cache } from "react";
import { FrameworkCoverageView } from "@/components/frameworks/coverage-view";
import { getViewer } from "@/lib/auth/viewer";
import { getPlanFrameworkCoverage } from "@/lib/frameworks/data";
import { pickText } from "@/lib/i18n/localized-text";
import { requireLocale } from "@/lib/i18n/routing";
import { notFoundMetadata } from "../../../not-found-metadata";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; planId: string }> };

// One load per request, shared by the metadata and the page.
const load = cache(async (planId: string) => getPlanFrameworkCoverage(await getViewer(), planId));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale: segment, planId } = await params;
  const locale = requireLocale(segment);
  const coverage = await load(planId);
  if (!coverage) return notFoundMetadata(locale);
  const t = await getTranslations({ locale, namespace: "frameworks" });
  return { title: `${t("coverageTitle")} — ${pickText(coverage.plan.title, locale).text}` };
}

export default async function PlanFrameworksPage({ params }: Props) {
  const { locale: segment, planId } = await params;
  setRequestLocale(requireLocale(segment));
  const coverage = await load(planId);
  if (!coverage) notFound();
  return <FrameworkCoverageView coverage={coverage} />;
}
