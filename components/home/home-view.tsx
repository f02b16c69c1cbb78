import { useTranslations } from "next-intl";
import { PlanList } from "@/components/plans/plan-list";
import { Empty, PageContainer, Section } from "@/components/ui/layout";
import { Link } from "@/lib/i18n/navigation";
import type { PlanSummary } from "@/lib/plans/data";

export function HomeView({ plans }: { plans: PlanSummary[] }) {
  const t = useTranslations();
  const current = plans.filter((plan) => plan.status !== "closed");
  return (
    <>
      <div className="border-b border-slate-200 bg-white">
        <div className="mx-auto max-w-6xl px-4 py-10 sm:px-6 sm:py-14">
          <p className="text-sm font-medium text-gold-700">{t("footer.process")}</p>
          <h1 className="mt-2 text-3xl font-bold text-brand-900 sm:text-4xl">{t("home.title")}</h1>
          <p className="mt-4 max-w-3xl text-lg text-slate-700">{t("home.intro")}</p>
        </div>
      </div>
      <PageContainer>
        <nav aria-label={t("home.explore")}>
          <ul className="grid gap-4 sm:grid-cols-2">
            <li>
              <ExploreLink href="/plans" title={t("nav.plans")} description={t("home.plansLinkDescription")} />
            </li>
            <li>
              <ExploreLink
                href="/member-states"
                title={t("nav.memberStates")}
                description={t("home.memberStatesLinkDescription")}
              />
            </li>
          </ul>
        </nav>
        <Section id="current-plans" title={t("home.currentPlans")}>
          {current.length > 0 ? <PlanList plans={current} headingLevel={3} /> : <Empty>{t("home.noPlans")}</Empty>}
        </Section>
      </PageContainer>
    </>
  );
}

function ExploreLink({ href, title, description }: { href: string; title: string; description: string }) {
  return (
    <Link
      href={href}
      className="group flex h-full items-start justify-between gap-4 rounded-lg border border-slate-200 bg-white p-5 shadow-sm hover:border-brand-600"
    >
      <span>
        <span className="block text-lg font-semibold text-brand-800 group-hover:underline">{title}</span>
        <span className="mt-1 block text-sm text-slate-600">{description}</span>
      </span>
      <svg aria-hidden="true" viewBox="0 0 16 16" className="mt-1.5 size-4 shrink-0 text-brand-600 rtl:rotate-180">
        <path
          d="M3 8h9M8.5 4 12.5 8 8.5 12"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.8"
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      </svg>
    </Link>
  );
}
