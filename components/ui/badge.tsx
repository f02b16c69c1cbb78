import type { ReactNode } from "react";

export type Tone = "neutral" | "info" | "progress" | "success" | "warning" | "danger";

const tones: Record<Tone, string> = {
  neutral: "border-slate-300 bg-slate-100 text-slate-800",
  info: "border-sky-300 bg-sky-50 text-sky-900",
  progress: "border-amber-300 bg-amber-50 text-amber-900",
  success: "border-emerald-300 bg-emerald-50 text-emerald-900",
  warning: "border-orange-300 bg-orange-50 text-orange-900",
  danger: "border-rose-300 bg-rose-50 text-rose-900",
};

/** A status or kind label. Colour only reinforces the text, which always carries the meaning. */
export function Badge({ tone = "neutral", children }: { tone?: Tone; children: ReactNode }) {
  return (
    <span
      className={`inline-flex items-center whitespace-nowrap rounded-full border px-2.5 py-0.5 text-xs font-medium ${tones[tone]}`}
    >
      {children}
    </span>
  );
}
