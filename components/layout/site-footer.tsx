import { useTranslations } from "next-intl";

export function SiteFooter() {
  const t = useTranslations("footer");
  return (
    <footer className="mt-12 border-t border-slate-200 bg-white">
      <div className="mx-auto max-w-6xl px-4 py-6 text-sm text-slate-600 sm:px-6">
        <p className="font-medium text-slate-800">{t("department")}</p>
        <p>{t("secretariat")}</p>
        <p className="mt-2">{t("process")}</p>
      </div>
    </footer>
  );
}
