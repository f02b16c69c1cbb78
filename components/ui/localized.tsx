import { useLocale, useTranslations } from "next-intl";
import { directionOf, isLocale } from "@/lib/i18n/locales";
import { pickText, type LocalizedText } from "@/lib/i18n/localized-text";

type Tag = "span" | "p" | "div";

interface Props {
  value: LocalizedText;
  as?: Tag;
  className?: string;
}

/**
 * Database text in the page's language. When the translation is missing the Arabic original is
 * shown, marked with its own language and direction (so it is shaped, read aloud and aligned as
 * Arabic inside an English page) and followed by a visible "translation missing" badge.
 */
export function Localized({ value, as: Element = "span", className }: Props) {
  const locale = useLocale();
  const { text, lang, missing } = pickText(value, locale);
  if (!missing) return <Element className={className}>{text}</Element>;
  const dir = isLocale(lang) ? directionOf(lang) : "auto";
  if (Element === "span") {
    return (
      <>
        <span lang={lang} dir={dir} className={className}>
          {text}
        </span>{" "}
        <MissingTranslation />
      </>
    );
  }
  return (
    <Element className={className}>
      <span lang={lang} dir={dir} className="block">
        {text}
      </span>
      <MissingTranslation />
    </Element>
  );
}

export function MissingTranslation() {
  const t = useTranslations("common");
  return (
    <span className="ms-1 inline-block rounded border border-amber-300 bg-amber-50 px-1.5 py-px align-middle text-xs font-normal leading-normal text-amber-900">
      {t("translationMissing")}
    </span>
  );
}
