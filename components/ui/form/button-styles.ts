// Button looks shared by server-rendered links and client buttons (a "use client" module's
// constants cannot be read by server components, so they live here).

export type ButtonTone = "primary" | "secondary" | "danger" | "ghost";

export const buttonTones: Record<ButtonTone, string> = {
  primary: "bg-brand-700 text-white hover:bg-brand-800 border border-brand-700",
  secondary: "border border-slate-300 bg-white text-slate-800 hover:bg-slate-50",
  danger: "border border-rose-700 bg-rose-700 text-white hover:bg-rose-800",
  ghost: "border border-transparent text-brand-800 hover:bg-brand-50",
};

export const buttonBase =
  "inline-flex items-center justify-center gap-2 rounded-md px-4 py-2 text-sm font-semibold shadow-sm disabled:cursor-not-allowed disabled:opacity-60";
