import { getLocale, getTranslations } from "next-intl/server";
import { listFrameworkTargets } from "@/lib/frameworks/data";
import { pickText } from "@/lib/i18n/localized-text";
import { requireLocale } from "@/lib/i18n/routing";
import { FrameworkFieldset } from "./framework-fieldset";

/**
 * The framework tags field of the activity and document forms, labelled on the server (the forms'
 * message scope does not carry the frameworks namespace). Pass it to the form as its
 * `frameworks` slot.
 */
export async function FrameworkPicker() {
  const [targets, segment, t] = await Promise.all([listFrameworkTargets(), getLocale(), getTranslations("frameworks")]);
  const locale = requireLocale(segment);
  const frameworks = [...new Set(targets.map((target) => target.framework))];
  const groups = frameworks.map((framework) => ({
    framework,
    label: t(`name.${framework}`),
    options: targets
      .filter((target) => target.framework === framework)
      .map((target) => ({
        value: target.id,
        label: `${t(`code.${framework}`, { code: target.code })}: ${pickText(target.title, locale).text}`,
      })),
  }));
  return <FrameworkFieldset legend={t("pickerLegend")} hint={t("pickerHint")} groups={groups} />;
}
