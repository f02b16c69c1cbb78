import { useTranslations } from "next-intl";
import type { ActivitySummary } from "@/lib/activities/dto";
import type { DeliverableSummary } from "@/lib/deliverables/dto";
import type { MeetingSummary } from "@/lib/meetings/dto";
import type { PlanSummary } from "@/lib/plans/data";
import { Badge, type Tone } from "@/components/ui/badge";

type PlanStatus = PlanSummary["status"];
type ActivityStatus = ActivitySummary["status"];
type MeetingStatus = MeetingSummary["status"];

const planTone: Record<PlanStatus, Tone> = {
  draft: "neutral",
  circulated: "info",
  adopted: "success",
  in_implementation: "progress",
  closed: "neutral",
};

const activityTone: Record<ActivityStatus, Tone> = {
  not_started: "neutral",
  in_progress: "progress",
  completed: "success",
  postponed: "warning",
  cancelled: "danger",
};

const meetingTone: Record<MeetingStatus, Tone> = {
  planned: "info",
  held: "success",
  postponed: "warning",
  cancelled: "danger",
};

export function PlanStatusBadge({ status }: { status: PlanStatus }) {
  const t = useTranslations("planStatus");
  return <Badge tone={planTone[status]}>{t(status)}</Badge>;
}

export function ActivityStatusBadge({ status }: { status: ActivityStatus }) {
  const t = useTranslations("activityStatus");
  return <Badge tone={activityTone[status]}>{t(status)}</Badge>;
}

export function MeetingStatusBadge({ status }: { status: MeetingStatus }) {
  const t = useTranslations("meetingStatus");
  return <Badge tone={meetingTone[status]}>{t(status)}</Badge>;
}

export function DeliverableTypeBadge({ type }: { type: DeliverableSummary["type"] }) {
  const t = useTranslations("deliverableType");
  return <Badge>{t(type)}</Badge>;
}

export function MeetingKindBadge({ kind }: { kind: MeetingSummary["kind"] }) {
  const t = useTranslations("meetingKind");
  return <Badge>{t(kind)}</Badge>;
}
