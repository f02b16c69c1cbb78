import { useTranslations } from "next-intl";

/** First focusable element: lets keyboard and screen-reader users jump past the header. */
export function SkipLink() {
  const t = useTranslations("a11y");
  return (
    <a
      href="#main"
      className="sr-only focus:not-sr-only focus:absolute focus:start-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-4 focus:py-2 focus:font-medium focus:text-brand-900 focus:shadow-lg"
    >
      {t("skipToContent")}
    </a>
  );
}
