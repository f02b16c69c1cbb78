import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { cache } from "react";
import { DeliverableDetailView } from "@/components/deliverables/deliverable-detail";
import { getViewer } from "@/lib/auth/viewer";
import { getDeliverable } from "@/lib/deliverables/data";
import { pickText } from "@/lib/i18n/localized-text";
import { requireLocale } from "@/lib/i18n/routing";
import { notFoundMetadata } from "../../not-found-metadata";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; deliverableId: string }> };

const load = cache(async (deliverableId: string) => getDeliverable(await getViewer(), deliverableId));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale: segment, deliverableId } = await params;
  const locale = requireLocale(segment);
  const deliverable = await load(deliverableId);
  return deliverable ? { title: pickText(deliverable.title, locale).text } : notFoundMetadata(locale);
}

export default async function DeliverablePage({ params }: Props) {
  const { locale: segment, deliverableId } = await params;
  const locale = requireLocale(segment);
  setRequestLocale(locale);
  const deliverable = await load(deliverableId);
  if (!deliverable) notFound();
  return <DeliverableDetailView deliverable={deliverable} />;
}
