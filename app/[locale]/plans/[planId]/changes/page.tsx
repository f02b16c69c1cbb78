import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { cache } from "react";
import { PlanChangesView } from "@/components/dashboard/changes-view";
import { getViewer } from "@/lib/auth/viewer";
import { getPlanChanges } from "@/lib/dashboard/data";
import { readChangesQuery } from "@/lib/dashboard/schema";
import { pickText } from "@/lib/i18n/localized-text";
import { requireLocale } from "@/lib/i18n/routing";
import { notFoundMetadata } from "../../../not-found-metadata";

export const dynamic = "force-dynamic";

type SearchParams = Record<string, string | string[] | undefined>;
type Props = { params: Promise<{ locale: string; planId: string }>; searchParams: Promise<SearchParams> };

const load = cache(async (planId: string, from: string | undefined, to: string | undefined) => {
  const { query, errors } = readChangesQuery({ from, to });
  return { changes: await getPlanChanges(await getViewer(), planId, query), errors };
});

const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const [{ locale: segment, planId }, search] = await Promise.all([params, searchParams]);
  const locale = requireLocale(segment);
  const { changes } = await load(planId, single(search.from), single(search.to));
  if (!changes) return notFoundMetadata(locale);
  const t = await getTranslations({ locale, namespace: "changes" });
  return { title: t("metaTitle", { plan: pickText(changes.planTitle, locale).text }) };
}

export default async function PlanChangesPage({ params, searchParams }: Props) {
  const [{ locale: segment, planId }, search] = await Promise.all([params, searchParams]);
  setRequestLocale(requireLocale(segment));
  const from = single(search.from);
  const to = single(search.to);
  const { changes, errors } = await load(planId, from, to);
  if (!changes) notFound();
  return <PlanChangesView changes={changes} form={{ from: from ?? "", to: to ?? "", errors }} />;
}
