import { useTranslations } from "next-intl";
import { DateRange, PartialDate } from "@/components/ui/dates";
import { Localized } from "@/components/ui/localized";
import { Link } from "@/lib/i18n/navigation";
import type { PlanSummary } from "@/lib/plans/data";

const ADOPTED: ReadonlySet<PlanSummary["status"]> = new Set(["adopted", "in_implementation", "closed"]);

/** "Adopted at the 8th ARCP meeting (March 2022)" or "Scheduled for adoption at the 10th ARCP meeting". */
export function PlanAdoption({ plan }: { plan: PlanSummary }) {
  const t = useTranslations("plans");
  const meeting = plan.adoptionMeeting;
  const adopted = plan.adoptedOn !== null || ADOPTED.has(plan.status);
  const circulatedOn = plan.circulatedOn;
  return (
    <div className="space-y-1 text-sm text-slate-700">
      {meeting && (
        <p>
          {adopted ? t("adoptedAt") : t("scheduledAt")}{" "}
          <Link href={`/meetings/${meeting.id}`} className="font-medium text-brand-700 underline hover:text-brand-900">
            <Localized value={meeting.title} />
          </Link>{" "}
          <span className="text-slate-600">
            (
            {adopted && plan.adoptedOn ? (
              <PartialDate iso={plan.adoptedOn} precision={plan.adoptedPrecision} />
            ) : (
              <DateRange start={meeting.startDate} end={null} precision={meeting.datePrecision} />
            )}
            )
          </span>
        </p>
      )}
      {!adopted && circulatedOn && (
        <p>{t.rich("circulatedOn", { date: () => <PartialDate iso={circulatedOn} precision="day" /> })}</p>
      )}
    </div>
  );
}
