import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Link } from "@/lib/i18n/navigation";

export interface Crumb {
  label: ReactNode;
  /** Omitted for the current page, which is the last crumb. */
  href?: string;
}

export function Breadcrumbs({ items }: { items: Crumb[] }) {
  const t = useTranslations();
  const all: Crumb[] = [{ label: t("nav.home"), href: "/" }, ...items];
  return (
    <nav aria-label={t("a11y.breadcrumb")} className="mb-4 text-sm text-slate-600">
      <ol className="flex flex-wrap items-center gap-x-1.5 gap-y-1">
        {all.map((crumb, i) => (
          <li key={i} className="flex min-w-0 items-center gap-1.5">
            {i > 0 && <Chevron />}
            {crumb.href && i < all.length - 1 ? (
              <Link href={crumb.href} className="text-brand-700 underline hover:text-brand-900">
                {crumb.label}
              </Link>
            ) : (
              <span aria-current="page" className="truncate text-slate-700">
                {crumb.label}
              </span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}

/** Points in the reading direction: drawn for LTR, turned round in RTL. */
function Chevron() {
  return (
    <svg aria-hidden="true" viewBox="0 0 16 16" className="size-3.5 shrink-0 text-slate-400 rtl:rotate-180">
      <path
        d="M6 3.5 10.5 8 6 12.5"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
