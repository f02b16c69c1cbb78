import { useTranslations } from "next-intl";
import { Localized } from "@/components/ui/localized";
import type { FrameworkTargetDto } from "@/lib/frameworks/dto";
import { Link } from "@/lib/i18n/navigation";

/** A record's framework tags as chips, each linking to the target on the reference page. */
export function FrameworkTags({ targets }: { targets: FrameworkTargetDto[] }) {
  const t = useTranslations("frameworks");
  return (
    <ul className="flex flex-wrap gap-2" data-testid="framework-tags">
      {targets.map((target) => (
        <li key={target.id} className="max-w-full">
          <Link
            href={`/frameworks#${target.id}`}
            className="inline-flex max-w-full flex-col rounded-lg border border-brand-200 bg-brand-50 px-2.5 py-1 text-sm text-brand-900 hover:border-brand-600 hover:bg-white sm:flex-row sm:gap-1.5"
          >
            <span className="font-semibold whitespace-nowrap">
              {t(`short.${target.framework}`)} · {t(`code.${target.framework}`, { code: target.code })}
            </span>
            <Localized value={target.title} className="text-slate-800" />
          </Link>
        </li>
      ))}
    </ul>
  );
}
