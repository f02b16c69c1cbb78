import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { MemberStateOverviewView } from "@/components/member-states/overview";
import { ReviewQueue } from "@/components/pledges/review-queue";
import { can } from "@/lib/auth/permissions";
import { getViewer } from "@/lib/auth/viewer";
import { requireLocale } from "@/lib/i18n/routing";
import { getMemberStateOverview } from "@/lib/member-states/data";
import { listPendingPledgeUpdates } from "@/lib/pledges/data";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ plan?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale: segment } = await params;
  const locale = requireLocale(segment);
  const t = await getTranslations({ locale, namespace: "memberStates" });
  return { title: t("title") };
}

export default async function MemberStatesPage({ params, searchParams }: Props) {
  const [{ locale: segment }, { plan }] = await Promise.all([params, searchParams]);
  const locale = requireLocale(segment);
  setRequestLocale(locale);
  const viewer = await getViewer();
  const reviews = can(viewer, "update", "pledge");
  const [overview, pending, t] = await Promise.all([
    getMemberStateOverview(viewer, typeof plan === "string" ? plan : undefined),
    reviews ? listPendingPledgeUpdates(viewer) : null,
    getTranslations({ locale, namespace: "memberStates" }),
  ]);
  return (
    <MemberStateOverviewView
      overview={overview}
      reviewQueue={
        pending && <ReviewQueue updates={pending} title={t("reviewQueue")} emptyText={t("reviewQueueEmpty")} />
      }
    />
  );
}
