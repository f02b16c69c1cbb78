import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { DeliverableForm } from "@/components/editing/deliverable-form";
import { EditPage } from "@/components/editing/edit-page";
import { requireEditor } from "@/components/editing/guard";
import {
  activityGroups,
  documentLanguageOptions,
  meetingOptions,
  memberStatePartyOptions,
  organizationOptions,
} from "@/components/editing/options";
import { deliverableValues } from "@/components/editing/values";
import { FrameworkPicker } from "@/components/frameworks/framework-picker";
import { listActivities } from "@/lib/activities/data";
import { requireLocale } from "@/lib/i18n/routing";
import { listMeetings } from "@/lib/meetings/data";
import { listMemberStates } from "@/lib/member-states/data";
import { listPlans } from "@/lib/plans/data";
import { listOrganizations } from "@/lib/organizations/data";
import { createDeliverableAction } from "../actions";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ activity?: string | string[]; meeting?: string | string[] }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = requireLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: "editing" });
  return { title: t("newDeliverable"), robots: { index: false } };
}

export default async function NewDeliverablePage({ params, searchParams }: Props) {
  const locale = requireLocale((await params).locale);
  setRequestLocale(locale);
  const query = await searchParams;
  const viewer = await requireEditor(locale, "create", "deliverable", "/deliverables/new");
  const [plans, activities, meetings, states, organizations, t] = await Promise.all([
    listPlans(viewer),
    listActivities(viewer),
    listMeetings(viewer),
    listMemberStates(viewer),
    listOrganizations(viewer),
    getTranslations({ locale }),
  ]);
  const missing = t("common.translationMissing");
  const activity = activities.find((a) => a.id === query.activity);
  const meeting = meetings.find((m) => m.id === query.meeting);
  const cancelHref = activity ? `/activities/${activity.id}` : meeting ? `/meetings/${meeting.id}` : "/plans";
  return (
    <EditPage
      crumbs={[{ label: t("nav.plans"), href: "/plans" }, { label: t("editing.newDeliverable") }]}
      title={t("editing.newDeliverable")}
      intro={t("editing.formIntro")}
      namespaces={["deliverableType", "deliverableStage"]}
    >
      <DeliverableForm
        action={createDeliverableAction}
        initial={deliverableValues(null, { activityId: activity?.id, meetingId: meeting?.id })}
        meetings={meetingOptions(meetings, locale, missing)}
        activities={activityGroups(plans, activities, locale, missing)}
        languages={documentLanguageOptions(locale)}
        parties={{
          memberStates: memberStatePartyOptions(states, locale, missing),
          organizations: organizationOptions(organizations, locale, missing, true),
        }}
        submitLabel={t("editing.createDeliverable")}
        cancelHref={cancelHref}
        frameworks={<FrameworkPicker />}
      />
    </EditPage>
  );
}
