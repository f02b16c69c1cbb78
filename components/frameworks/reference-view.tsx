import { useTranslations } from "next-intl";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { PageContainer, PageTitle, Section } from "@/components/ui/layout";
import { Localized } from "@/components/ui/localized";
import type { FrameworkTargetDto } from "@/lib/frameworks/dto";

/** Every objective and target, grouped by framework; each item is an anchor the tag chips link to. */
export function FrameworkReferenceView({ targets }: { targets: FrameworkTargetDto[] }) {
  const t = useTranslations("frameworks");
  const frameworks = [...new Set(targets.map((target) => target.framework))];
  return (
    <PageContainer>
      <Breadcrumbs items={[{ label: t("title") }]} />
      <PageTitle>{t("referenceTitle")}</PageTitle>
      <p className="max-w-prose text-slate-700">{t("referenceIntro")}</p>
      {frameworks.map((framework) => (
        <Section key={framework} id={`framework-${framework}`} title={t(`name.${framework}`)}>
          <ol
            className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white shadow-sm"
            data-testid={`reference-${framework}`}
          >
            {targets
              .filter((target) => target.framework === framework)
              .map((target) => (
                <li
                  key={target.id}
                  id={target.id}
                  className="flex flex-col gap-1 px-4 py-2 target:bg-brand-50 sm:flex-row sm:gap-4"
                >
                  <span className="shrink-0 font-semibold text-brand-900 sm:w-28">
                    {t(`code.${framework}`, { code: target.code })}
                  </span>
                  <Localized value={target.title} className="text-slate-900" />
                </li>
              ))}
          </ol>
        </Section>
      ))}
    </PageContainer>
  );
}
