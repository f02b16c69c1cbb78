import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { EditPage } from "@/components/editing/edit-page";
import { requireEditor } from "@/components/editing/guard";
import { MeetingForm } from "@/components/editing/meeting-form";
import {
  memberStateOptions,
  memberStatePartyOptions,
  organizationOptions,
  planOptions,
} from "@/components/editing/options";
import { meetingValues } from "@/components/editing/values";
import { requireLocale } from "@/lib/i18n/routing";
import { listMemberStates } from "@/lib/member-states/data";
import { listPlans } from "@/lib/plans/data";
import { listOrganizations } from "@/lib/organizations/data";
import { createMeetingAction } from "../actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ plan?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = requireLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: "editing" });
  return { title: t("newMeeting"), robots: { index: false } };
}

export default async function NewMeetingPage({ params, searchParams }: Props) {
  const locale = requireLocale((await params).locale);
  setRequestLocale(locale);
  const query = await searchParams;
  const viewer = await requireEditor(locale, "create", "meeting", "/meetings/new");
  const [plans, states, organizations, t] = await Promise.all([
    listPlans(viewer),
    listMemberStates(viewer),
    listOrganizations(viewer),
    getTranslations({ locale }),
  ]);
  const missing = t("common.translationMissing");
  const plan = plans.find((p) => p.id === query.plan);
  return (
    <EditPage
      crumbs={[{ label: t("nav.plans"), href: "/plans" }, { label: t("editing.newMeeting") }]}
      title={t("editing.newMeeting")}
      intro={t("editing.formIntro")}
      namespaces={["meetingKind", "meetingStatus"]}
    >
      <MeetingForm
        action={createMeetingAction}
        initial={meetingValues(null, { planId: plan?.id })}
        plans={planOptions(plans, locale, missing)}
        states={memberStateOptions(states, locale, missing)}
        organizations={organizationOptions(organizations, locale, missing)}
        parties={{
          memberStates: memberStatePartyOptions(states, locale, missing),
          organizations: organizationOptions(organizations, locale, missing, true),
        }}
        submitLabel={t("editing.createMeeting")}
        cancelHref={plan ? `/plans/${plan.id}#meetings` : "/plans"}
      />
    </EditPage>
  );
}
