import { useTranslations } from "next-intl";
import { Badge, type Tone } from "@/components/ui/badge";
import type { PledgeDto, PledgeUpdateDto } from "@/lib/pledges/dto";

const pledgeTone: Record<PledgeDto["status"], Tone> = {
  announced: "info",
  in_progress: "progress",
  fulfilled: "success",
  withdrawn: "neutral",
};

const updateTone: Record<PledgeUpdateDto["status"], Tone> = {
  submitted: "warning",
  accepted: "success",
  returned: "danger",
};

export function PledgeStatusBadge({ status }: { status: PledgeDto["status"] }) {
  const t = useTranslations("pledgeStatus");
  return <Badge tone={pledgeTone[status]}>{t(status)}</Badge>;
}

export function PledgeUpdateStatusBadge({ status }: { status: PledgeUpdateDto["status"] }) {
  const t = useTranslations("pledgeUpdateStatus");
  return <Badge tone={updateTone[status]}>{t(status)}</Badge>;
}
