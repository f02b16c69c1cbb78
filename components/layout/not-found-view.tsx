import { useTranslations } from "next-intl";
import { PageContainer, PageTitle } from "@/components/ui/layout";
import { Link } from "@/lib/i18n/navigation";

export function NotFoundView() {
  const t = useTranslations("notFound");
  return (
    <PageContainer>
      <PageTitle>{t("title")}</PageTitle>
      <p className="max-w-prose text-slate-700">{t("body")}</p>
      <p className="mt-6">
        <Link href="/" className="font-medium text-brand-700 underline hover:text-brand-900">
          {t("backHome")}
        </Link>
      </p>
    </PageContainer>
  );
}

/** The 403 page: the page exists, the reader's role may not use it. */
export function ForbiddenView() {
  const t = useTranslations("forbidden");
  return (
    <PageContainer>
      <PageTitle>{t("title")}</PageTitle>
      <p className="max-w-prose text-slate-700">{t("body")}</p>
      <p className="mt-6">
        <Link href="/" className="font-medium text-brand-700 underline hover:text-brand-900">
          {t("backHome")}
        </Link>
      </p>
    </PageContainer>
  );
}
