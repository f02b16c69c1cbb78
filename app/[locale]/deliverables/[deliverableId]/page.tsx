import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { cache } from "react";
import { DeliverableDetailView } from "@/components/deliverables/deliverable-detail";
import { DeliverableToolbar } from "@/components/editing/record-editing";
import { loadTimeline } from "@/components/timeline/load";
import { RecordTimeline } from "@/components/timeline/record-timeline";
import { can } from "@/lib/auth/permissions";
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
  const [viewer, deliverable] = await Promise.all([getViewer(), load(deliverableId)]);
  if (!deliverable) notFound();
  const history = await loadTimeline(viewer, "deliverable", deliverable.id);
  return (
    <DeliverableDetailView
      deliverable={deliverable}
      slots={{
        // Editing links only for roles the permissions table lets edit; the server checks every write.
        actions: can(viewer, "update", "deliverable") && <DeliverableToolbar deliverableId={deliverable.id} />,
        footer: history && <RecordTimeline resource="deliverable" events={history} />,
      }}
    />
  );
}
