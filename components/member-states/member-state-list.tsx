import { useLocale, useTranslations } from "next-intl";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { PageContainer, PageTitle } from "@/components/ui/layout";
import { Localized } from "@/components/ui/localized";
import { pickText } from "@/lib/i18n/localized-text";
import type { MemberStateDto } from "@/lib/member-states/dto";

export function MemberStateListView({ states }: { states: MemberStateDto[] }) {
  const t = useTranslations();
  const locale = useLocale();
  // Alphabetical in the reader's language, by the name actually shown.
  const collator = new Intl.Collator(locale);
  const sorted = [...states].sort((a, b) => collator.compare(pickText(a.name, locale).text, pickText(b.name, locale).text));
  return (
    <PageContainer>
      <Breadcrumbs items={[{ label: t("nav.memberStates") }]} />
      <PageTitle>{t("memberStates.title")}</PageTitle>
      <p className="mb-6 max-w-prose text-slate-700">
        {t("memberStates.intro")} <span className="text-slate-600">({t("memberStates.count", { count: states.length })})</span>
      </p>
      <div className="overflow-hidden rounded-lg border border-slate-200 bg-white shadow-sm">
        <table className="w-full text-start" data-testid="member-states">
          <thead className="bg-slate-50 text-sm text-slate-700">
            <tr>
              <th scope="col" className="px-4 py-2 text-start font-medium">{t("memberStates.name")}</th>
              <th scope="col" className="w-28 px-4 py-2 text-start font-medium">{t("memberStates.code")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {sorted.map((state) => (
              <tr key={state.code}>
                <th scope="row" className="px-4 py-2 text-start font-normal">
                  <Localized value={state.name} />
                </th>
                <td className="px-4 py-2 font-mono text-sm text-slate-700">
                  <bdi>{state.code}</bdi>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </PageContainer>
  );
}
