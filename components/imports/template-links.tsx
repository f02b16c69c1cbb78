import { buttonBase, buttonTones } from "@/components/ui/form/button-styles";
import type { Locale } from "@/lib/i18n/locales";

/** Downloads of the plan's import template, one per language (plain links: the route names the file). */
export function TemplateLinks({ planId, labels }: { planId: string; labels: Record<Locale, string> }) {
  return (
    <div className="flex flex-wrap gap-3">
      {(Object.keys(labels) as Locale[]).map((language, i) => (
        <a
          key={language}
          href={`/api/v1/plans/${planId}/import-template?locale=${language}`}
          download
          className={`${buttonBase} ${buttonTones[i === 0 ? "primary" : "secondary"]}`}
          data-testid={`import-template-${language}`}
        >
          <DownloadIcon />
          {labels[language]}
        </a>
      ))}
    </div>
  );
}

function DownloadIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 16 16" className="size-4 shrink-0">
      <path
        d="M8 2v8m0 0-3-3m3 3 3-3M3 13h10"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.6"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
