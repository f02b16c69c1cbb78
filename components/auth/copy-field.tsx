"use client";

import { useState } from "react";

/**
 * A secret to hand over (a one-time link, an API token): shown in full, selectable, with a copy
 * button. The clipboard needs a secure context; where it is unavailable, the text stays selectable.
 */
export function CopyField({
  value,
  label,
  copy,
  copied,
  testId,
}: {
  value: string;
  label: string;
  copy: string;
  copied: string;
  testId?: string;
}) {
  const [done, setDone] = useState(false);
  return (
    <div className="flex flex-col gap-1">
      <span className="text-sm font-medium text-slate-800">{label}</span>
      <div className="flex flex-wrap items-stretch gap-2">
        <input
          readOnly
          value={value}
          aria-label={label}
          dir="ltr"
          data-testid={testId}
          onFocus={(e) => e.currentTarget.select()}
          className="min-w-0 flex-1 rounded-md border border-slate-300 bg-slate-50 px-3 py-2 font-mono text-sm text-slate-900"
        />
        <button
          type="button"
          onClick={async () => {
            try {
              await navigator.clipboard.writeText(value);
              setDone(true);
              setTimeout(() => setDone(false), 2000);
            } catch {
              // No clipboard (plain http on a LAN): the field stays selectable.
            }
          }}
          className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50"
        >
          <span aria-live="polite">{done ? copied : copy}</span>
        </button>
      </div>
    </div>
  );
}
