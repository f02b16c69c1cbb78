import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { UserList } from "@/components/admin/user-list";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { PageContainer, PageTitle } from "@/components/ui/layout";
import { can } from "@/lib/auth/permissions";
import { getViewer } from "@/lib/auth/viewer";
import { Link, redirect } from "@/lib/i18n/navigation";
import { requireLocale } from "@/lib/i18n/routing";
import { listUserAccounts } from "@/lib/users/accounts";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = requireLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: "adminUsers" });
  return { title: t("title"), robots: { index: false } };
}

export default async function UsersPage({ params }: Props) {
  const locale = requireLocale((await params).locale);
  setRequestLocale(locale);
  const viewer = await getViewer();
  if (viewer.kind === "anonymous")
    return redirect({ href: { pathname: "/sign-in", query: { next: "/admin/users" } }, locale });
  // Others are told nothing exists here; listUsers checks again.
  if (!can(viewer, "read", "user")) notFound();

  const [users, t] = await Promise.all([
    listUserAccounts(viewer),
    getTranslations({ locale, namespace: "adminUsers" }),
  ]);
  return (
    <PageContainer>
      <Breadcrumbs items={[{ label: t("title") }]} />
      <PageTitle>{t("title")}</PageTitle>
      <p className="mb-6 max-w-prose text-slate-700">{t("intro")}</p>
      <p className="mb-6">
        <Link
          href="/admin/users/new"
          className="inline-flex rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white no-underline hover:bg-brand-800"
        >
          {t("create")}
        </Link>
      </p>
      <UserList users={users} currentUserId={viewer.userId} />
    </PageContainer>
  );
}
