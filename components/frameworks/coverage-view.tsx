import { useTranslations } from "next-intl";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { Card, PageContainer, PageTitle, Section } from "@/components/ui/layout";
import { Localized } from "@/components/ui/localized";
import { Num } from "@/components/ui/numbers";
import { ProgressBar } from "@/components/ui/progress-bar";
import type { FrameworkCoverage, PlanFrameworkCoverage, TargetCoverage } from "@/lib/frameworks/data";
import { Link } from "@/lib/i18n/navigation";

/** Which framework targets a plan addresses and how far: a summary, then one table per framework. */
export function FrameworkCoverageView({ coverage }: { coverage: PlanFrameworkCoverage }) {
  const t = useTranslations();
  const planHref = `/plans/${coverage.plan.id}`;
  return (
    <PageContainer>
      <Breadcrumbs
        items={[
          { label: t("nav.plans"), href: "/plans" },
          { label: <Localized value={coverage.plan.title} />, href: planHref },
          { label: t("frameworks.coverageTitle") },
        ]}
      />
      <PageTitle eyebrow={<Localized value={coverage.plan.title} />}>{t("frameworks.coverageTitle")}</PageTitle>
      <p className="max-w-prose text-slate-700">{t("frameworks.coverageIntro")}</p>
      <p className="mt-2 max-w-prose text-sm text-slate-600">{t("frameworks.coverageMethod")}</p>

      <ul className="mt-6 grid gap-3 sm:grid-cols-3" data-testid="framework-summary">
        {coverage.frameworks.map((framework) => (
          <li key={framework.framework}>
            <Card className="h-full">
              <a
                href={`#framework-${framework.framework}`}
                className="font-semibold text-brand-800 underline decoration-brand-200 underline-offset-4 hover:decoration-brand-700"
              >
                {t(`frameworks.short.${framework.framework}`)}
              </a>
              <p className="mt-1 text-sm text-slate-700">
                {t.rich("frameworks.addressed", {
                  addressed: () => <Num value={framework.addressed} />,
                  total: () => <Num value={framework.total} />,
                })}
              </p>
            </Card>
          </li>
        ))}
      </ul>

      {coverage.frameworks.map((framework) => (
        <FrameworkTable key={framework.framework} planId={coverage.plan.id} framework={framework} />
      ))}
      <p className="mt-8 text-sm">
        <Link href="/frameworks" className="text-brand-700 underline hover:text-brand-900">
          {t("frameworks.referenceLink")}
        </Link>
      </p>
    </PageContainer>
  );
}

function FrameworkTable({ planId, framework }: { planId: string; framework: FrameworkCoverage }) {
  const t = useTranslations("frameworks");
  const headingId = `framework-${framework.framework}`;
  return (
    <Section id={headingId} title={t(`name.${framework.framework}`)}>
      {/* Scrolls sideways on narrow screens; focusable so keyboard users can scroll it too. */}
      <div
        role="region"
        aria-labelledby={headingId}
        tabIndex={0}
        className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm"
      >
        <table className="w-full min-w-[40rem] text-start text-sm" data-testid={`coverage-${framework.framework}`}>
          <thead className="bg-slate-50 text-slate-700">
            <tr>
              <th scope="col" className="w-24 px-3 py-2 text-start font-medium">
                {t("columns.code")}
              </th>
              <th scope="col" className="px-3 py-2 text-start font-medium">
                {t("columns.target")}
              </th>
              <th scope="col" className="w-24 px-3 py-2 text-start font-medium">
                {t("columns.activities")}
              </th>
              <th scope="col" className="w-24 px-3 py-2 text-start font-medium">
                {t("columns.deliverables")}
              </th>
              <th scope="col" className="w-44 px-3 py-2 text-start font-medium">
                {t("columns.progress")}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {framework.targets.map((target) => (
              <TargetRow key={target.id} planId={planId} target={target} />
            ))}
          </tbody>
        </table>
      </div>
    </Section>
  );
}

function TargetRow({ planId, target }: { planId: string; target: TargetCoverage }) {
  const t = useTranslations("frameworks");
  const addressed = target.activities + target.deliverables > 0;
  const label = t(`code.${target.framework}`, { code: target.code });
  // The list pages' own filter names (ActivityListQuery, DeliverableListQuery).
  const filter = new URLSearchParams({ planId, framework: target.id }).toString();
  return (
    <tr
      id={`coverage-${target.id}`}
      className={addressed ? "" : "bg-slate-50 text-slate-600"}
      data-addressed={addressed}
    >
      <td className="px-3 py-2 whitespace-nowrap">{label}</td>
      <th scope="row" className={`px-3 py-2 text-start ${addressed ? "font-medium text-slate-900" : "font-normal"}`}>
        <Localized value={target.title} />
      </th>
      <td className="px-3 py-2 tabular-nums">
        <CountLink
          count={target.activities}
          href={`/activities?${filter}`}
          context={t("activitiesLink", { target: label })}
        />
      </td>
      <td className="px-3 py-2 tabular-nums">
        <CountLink
          count={target.deliverables}
          href={`/deliverables?${filter}`}
          context={t("deliverablesLink", { target: label })}
        />
      </td>
      <td className="px-3 py-2">
        {!addressed ? (
          t("notAddressed")
        ) : target.progress === null ? (
          t("noProgress")
        ) : (
          <ProgressBar value={target.progress} />
        )}
      </td>
    </tr>
  );
}

/** A count linking to the matching list; zero stays plain text. `context` names the link for screen readers. */
function CountLink({ count, href, context }: { count: number; href: string; context: string }) {
  if (count === 0) return <Num value={0} />;
  return (
    <Link href={href} className="font-medium text-brand-700 underline hover:text-brand-900">
      <Num value={count} />
      <span className="sr-only"> {context}</span>
    </Link>
  );
}
