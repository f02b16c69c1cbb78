"use client";

import { useSearchParams } from "next/navigation";
import { Suspense } from "react";
import { Link, usePathname } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/locales";

interface Props {
  /** The locale the link leads to. */
  locale: Locale;
  /** The target language's own name ("English", "العربية"), so a reader who does not know the current one can find it. */
  label: string;
  className?: string;
}

// A client component only because the layout does not know the current path: it reads it (and
// the query) to link to the same page in the other language.
export function LanguageSwitch(props: Props) {
  return (
    <Suspense fallback={<SwitchLink {...props} query={undefined} />}>
      <WithQuery {...props} />
    </Suspense>
  );
}

function WithQuery(props: Props) {
  const searchParams = useSearchParams();
  return <SwitchLink {...props} query={Object.fromEntries(searchParams.entries())} />;
}

function SwitchLink({ locale, label, className, query }: Props & { query: Record<string, string> | undefined }) {
  const pathname = usePathname();
  return (
    <Link
      href={{ pathname, query }}
      locale={locale}
      hrefLang={locale}
      lang={locale}
      className={className}
      data-testid="language-switch"
    >
      {label}
    </Link>
  );
}
