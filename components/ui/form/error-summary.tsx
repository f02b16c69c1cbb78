"use client";

import { useEffect, useRef, type ReactNode } from "react";

/**
 * The problems of a refused submission, at the top of the form: announced at once (role=alert),
 * focused so keyboard users start from it, each linking to its field.
 */
export function ErrorSummary({
  title,
  items,
  focusKey,
  children,
}: {
  title: string;
  items: { href: string; text: string }[];
  /** Changes with every refused submission, so the summary takes the focus again. */
  focusKey: number;
  children?: ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [focusKey]);
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      className="rounded-md border border-rose-300 bg-rose-50 p-4 text-rose-950 focus:outline-none focus-visible:ring-2 focus-visible:ring-rose-400"
      data-testid="error-summary"
    >
      <p className="font-semibold">{title}</p>
      {items.length > 0 && (
        <ul className="mt-2 list-disc space-y-1 ps-5 text-sm">
          {items.map((item) => (
            <li key={item.href + item.text}>
              <a href={item.href} className="text-rose-900 underline hover:text-rose-950">
                {item.text}
              </a>
            </li>
          ))}
        </ul>
      )}
      {children}
    </div>
  );
}
