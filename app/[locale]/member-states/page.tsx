import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { MemberStateListView } from "@/components/member-states/member-state-list";
import { getViewer } from "@/lib/auth/viewer";
import { requireLocale } from "@/lib/i18n/routing";
import { listMemberStates } from "@/lib/member-states/data";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale: segment } = await params;
  const locale = requireLocale(segment);
  const t = await getTranslations({ locale, namespace: "memberStates" });
  return { title: t("title") };
}

export default async function MemberStatesPage({ params }: Props) {
  const { locale: segment } = await params;
  const locale = requireLocale(segment);
  setRequestLocale(locale);
  const states = await listMemberStates(await getViewer());
  return <MemberStateListView states={states} />;
}
