"use client";

import { useLocale } from "next-intl";
import { createContext, useContext, useMemo, type ReactNode } from "react";
import { DEFAULT_DISPLAY, intlLocaleFor, type DisplayPreferences } from "@/lib/i18n/display";

// The reader's digits and calendar preference, set once in the locale layout from the viewer.
// Dates, numbers and charts read it here, so server and client components format alike.
const DisplayContext = createContext<DisplayPreferences>(DEFAULT_DISPLAY);

export function DisplayPreferencesProvider({ value, children }: { value: DisplayPreferences; children: ReactNode }) {
  return <DisplayContext.Provider value={value}>{children}</DisplayContext.Provider>;
}

export function useDisplayPreferences(): DisplayPreferences {
  return useContext(DisplayContext);
}

/** Formats numbers in the page's language with the reader's digits (for labels, charts, aria text). */
export function useNumberFormat(options?: Intl.NumberFormatOptions): (value: number) => string {
  const locale = useLocale();
  const { digits } = useDisplayPreferences();
  const key = JSON.stringify(options ?? {});
  return useMemo(() => {
    const format = new Intl.NumberFormat(intlLocaleFor(locale, digits), JSON.parse(key) as Intl.NumberFormatOptions);
    return (value: number) => format.format(value);
  }, [locale, digits, key]);
}
