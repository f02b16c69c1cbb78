"use client";

import { useEffect, useRef, type ReactNode } from "react";

/**
 * The filters in a <details>: folded on phones so the results come first, unfolded on wider
 * screens once the page runs (without JavaScript it stays as rendered, and opens on a tap).
 * With JavaScript, fields left empty are also kept out of the URL, so shared links stay short.
 */
export function FilterDisclosure({
  summary,
  open,
  children,
}: {
  summary: ReactNode;
  open: boolean;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    const details = ref.current;
    if (!details) return;
    if (window.matchMedia("(min-width: 40rem)").matches) details.open = true;
    const dropEmpty = (event: FormDataEvent) => {
      for (const [name, value] of [...event.formData.entries()]) if (value === "") event.formData.delete(name);
    };
    details.addEventListener("formdata", dropEmpty);
    return () => details.removeEventListener("formdata", dropEmpty);
  }, []);
  return (
    <details
      ref={ref}
      open={open}
      className="group mb-6 rounded-lg border border-slate-200 bg-white shadow-sm print:hidden"
    >
      <summary className="flex cursor-pointer items-center gap-2 px-4 py-3 font-semibold text-brand-900">
        <svg
          aria-hidden="true"
          viewBox="0 0 16 16"
          className="size-4 transition-transform group-open:rotate-90 rtl:-scale-x-100"
        >
          <path
            d="M6 3l5 5-5 5"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </svg>
        {summary}
      </summary>
      {children}
    </details>
  );
}
