import { useLocale, useTranslations } from "next-intl";
import { SelectField } from "@/components/ui/form/fields";
import type { FrameworkTargetDto } from "@/lib/frameworks/dto";
import { requireLocale } from "@/lib/i18n/routing";
import { frameworkOptions } from "./options";

/** The "framework target" filter of the activity and document lists, grouped by framework. */
export function FrameworkFilter({ targets }: { targets: FrameworkTargetDto[] }) {
  const t = useTranslations();
  const locale = requireLocale(useLocale());
  return (
    <SelectField
      name="framework"
      label={t("lists.framework")}
      emptyLabel={t("lists.any")}
      options={frameworkOptions(targets, locale, {
        framework: (framework) => t(`frameworks.short.${framework}`),
        target: (target) =>
          `${t(`frameworks.short.${target.framework}`)} ${t(`frameworks.code.${target.framework}`, { code: target.code })}`,
      })}
    />
  );
}
