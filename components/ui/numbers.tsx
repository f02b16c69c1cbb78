"use client";

import { useNumberFormat } from "./display-preferences";

/** A count or measure in the reader's digits ("12" / "١٢"). */
export function Num({ value, options }: { value: number; options?: Intl.NumberFormatOptions }) {
  return <>{useNumberFormat(options)(value)}</>;
}

/** A share from 0 to 1 as a percentage ("42%" / "٤٢٪"). */
export function Percent({ value }: { value: number }) {
  return <>{useNumberFormat({ style: "percent", maximumFractionDigits: 0 })(value)}</>;
}
