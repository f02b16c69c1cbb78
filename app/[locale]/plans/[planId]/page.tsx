import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { cache } from "react";
import { PlanDetailView } from "@/components/plans/plan-detail";
import { getViewer } from "@/lib/auth/viewer";
import { pickText } from "@/lib/i18n/localized-text";
import { requireLocale } from "@/lib/i18n/routing";
import { notFoundMetadata } from "../../not-found-metadata";
import { getPlan } from "@/lib/plans/data";

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
  const plan = await load(planId);
  if (!plan) notFound();
  return <PlanDetailView plan={plan} />;
}
