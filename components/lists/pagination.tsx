import { useTranslations } from "next-intl";
import { Num } from "@/components/ui/numbers";
import { Link } from "@/lib/i18n/navigation";
import { PAGE_SIZE } from "@/lib/lists/query";
import { withParams, type ListParams } from "./params";

/** Previous / next links around "Page 2 of 5"; nothing when everything fits on one page. */
export function Pagination({
  path,
  params,
  page,
  total,
}: {
  path: string;
  params: ListParams;
  page: number;
  total: number;
}) {
  const t = useTranslations("lists");
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  if (pages === 1) return null;
  const href = (target: number) => ({
    pathname: path,
    query: withParams(params, { page: target === 1 ? undefined : String(target) }),
  });
  const linkClass =
    "inline-flex items-center gap-1 rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-brand-800 hover:bg-slate-50";
  return (
    <nav aria-label={t("pagination")} className="mt-6 flex flex-wrap items-center justify-between gap-3 print:hidden">
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev" className={linkClass}>
          <Arrow direction="back" />
          {t("previous")}
        </Link>
      ) : (
        <span />
      )}
      <p className="text-sm text-slate-700">
        {t.rich("pageOf", { current: () => <Num value={Math.min(page, pages)} />, total: () => <Num value={pages} /> })}
      </p>
      {page < pages ? (
        <Link href={href(page + 1)} rel="next" className={linkClass}>
          {t("next")}
          <Arrow direction="forward" />
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}

/** Points along the reading direction: mirrored in right-to-left pages. */
export function Arrow({ direction }: { direction: "back" | "forward" }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 16 16" className="size-4 rtl:-scale-x-100">
      <path
        d={direction === "back" ? "M10 3L5 8l5 5" : "M6 3l5 5-5 5"}
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
