import type { ReactNode } from "react";
import "./globals.css";

// The real root layout is app/[locale]/layout.tsx, which knows the language and direction for
// <html>. This one exists only so that app/not-found.tsx (for URLs outside any locale) has a parent.
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
