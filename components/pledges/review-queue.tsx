import { useTranslations } from "next-intl";
import { PartialDate } from "@/components/ui/dates";
import { Empty } from "@/components/ui/layout";
import { Localized } from "@/components/ui/localized";
import { Percent } from "@/components/ui/numbers";
import { Link } from "@/lib/i18n/navigation";
import type { PendingPledgeUpdateDto } from "@/lib/pledges/dto";

/** Updates awaiting the secretariat's decision, each linking to its pledge on the state's page. */
export function ReviewQueue({
  updates,
  title,
  emptyText,
  headingLevel = "h2",
}: {
  updates: PendingPledgeUpdateDto[];
  title: string;
  emptyText: string;
  headingLevel?: "h2" | "h3";
}) {
  const t = useTranslations("pledges");
  const Heading = headingLevel;
  return (
    <section
      aria-labelledby="review-queue"
      className="mb-6 rounded-lg border border-amber-300 bg-amber-50 p-4"
      data-testid="review-queue"
    >
      <Heading id="review-queue" className="text-lg font-semibold text-amber-950">
        {title}
      </Heading>
      {updates.length === 0 ? (
        <Empty>{emptyText}</Empty>
      ) : (
        <ul className="mt-2 flex flex-col gap-2">
          {updates.map((update) => (
            <li key={update.id} className="text-sm text-slate-900">
              <Link
                href={`/member-states/${update.pledge.memberState.code}#pledge-${update.pledge.id}`}
                className="font-medium text-brand-800 underline"
              >
                <Localized value={update.pledge.memberState.name} /> — <Localized value={update.pledge.title} />
              </Link>{" "}
              <span className="text-slate-700">
                ({t("reportedOn")} <PartialDate iso={update.reportedOn} precision="day" />
                {update.progress !== null && (
                  <>
                    {", "}
                    <Percent value={update.progress / 100} />
                  </>
                )}
                )
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
