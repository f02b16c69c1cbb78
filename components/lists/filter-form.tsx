import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { buttonBase, buttonTones } from "@/components/ui/form/button-styles";
import { Link } from "@/lib/i18n/navigation";
import { FilterDisclosure } from "./filter-disclosure";
import { FilterValues } from "./filter-values";
import type { ListParams } from "./params";

/**
 * A list's filters as a plain GET form: the browser puts them in the URL, so the view works
 * without JavaScript and can be shared or bookmarked. `keep` carries parameters the fields do
 * not show (the calendar's view and month); the page number is dropped, as new filters start
 * at the first page.
 */
export function FilterForm({
  path,
  values,
  keep = {},
  children,
}: {
  path: string;
  values: ListParams;
  keep?: Record<string, string>;
  children: ReactNode;
}) {
  const t = useTranslations("lists");
  const locale = useLocale();
  const active = Object.keys(values).some((name) => !(name in keep) && name !== "page" && name !== "sort");
  return (
    <FilterDisclosure summary={t("filters")} open={active}>
      <form method="get" action={`/${locale}${path}`} role="search" className="border-t border-slate-200 p-4">
        <FilterValues values={values}>
          <div className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-3">{children}</div>
        </FilterValues>
        {Object.entries(keep).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <div className="mt-4 flex flex-wrap items-center gap-3">
          <button type="submit" className={`${buttonBase} ${buttonTones.primary}`}>
            {t("apply")}
          </button>
          <Link href={{ pathname: path, query: keep }} className={`${buttonBase} ${buttonTones.secondary}`}>
            {t("clear")}
          </Link>
        </div>
      </form>
    </FilterDisclosure>
  );
}
