import { useTranslations } from "next-intl";
import { PageContainer, PageTitle } from "@/components/ui/layout";
import { Link } from "@/lib/i18n/navigation";

/** The 404 page. */
export function NotFoundView() {
  const t = useTranslations("notFound");
  return <RefusalPage title={t("title")} body={t("body")} backHome={t("backHome")} />;
}

/** The 403 page: the page exists, the reader's role may not use it. */
export function ForbiddenView() {
  const t = useTranslations("forbidden");
  return <RefusalPage title={t("title")} body={t("body")} backHome={t("backHome")} />;
}

function RefusalPage({ title, body, backHome }: { title: string; body: string; backHome: string }) {
  return (
    <PageContainer>
      <PageTitle>{title}</PageTitle>
      <p className="max-w-prose text-slate-700">{body}</p>
      <p className="mt-6">
        <Link href="/" className="font-medium text-brand-700 underline hover:text-brand-900">
          {backHome}
        </Link>
      </p>
    </PageContainer>
  );
}
