"use client";

import { useLocale, useTranslations } from "next-intl";
import type { ComponentProps } from "react";
import { TextField } from "@/components/ui/form/fields";

/**
 * A date input in the page's language: `lang` lets browsers that honour it show the picker in
 * Arabic or English, and the visible hint says what to type for those (Chromium among them)
 * that follow the browser's own language instead.
 */
export function DateField({ hint, ...props }: Omit<ComponentProps<typeof TextField>, "type">) {
  const locale = useLocale();
  const t = useTranslations("editing");
  return <TextField type="date" lang={locale} hint={hint ?? t("dateFormatHint")} {...props} />;
}
