"use client";

import type { ReactNode } from "react";
import { FormProvider } from "@/components/ui/form/form-context";
import type { FormValues } from "@/lib/forms/form-values";

/** The filter fields read their current values (from the URL) the way editing forms read theirs. */
export function FilterValues({ values, children }: { values: FormValues; children: ReactNode }) {
  return <FormProvider value={{ idPrefix: "filter", values, errors: {} }}>{children}</FormProvider>;
}
