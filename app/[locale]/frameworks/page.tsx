import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { FrameworkReferenceView } from "@/components/frameworks/reference-view";
import { listFrameworkTargets } from "@/lib/frameworks/data";
import { requireLocale } from "@/lib/i18n/routing";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = requireLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: "frameworks" });
  return { title: t("referenceTitle") };
}

export default async function FrameworksPage({ params }: Props) {
  const locale = requireLocale((await params).locale);
  setRequestLocale(locale);
  return <FrameworkReferenceView targets={await listFrameworkTargets()} />;
}
