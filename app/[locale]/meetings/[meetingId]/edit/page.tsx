import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { DeleteForm } from "@/components/editing/delete-form";
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
import { Localized } from "@/components/ui/localized";
import { can } from "@/lib/auth/permissions";
import { requireLocale } from "@/lib/i18n/routing";
import { getMeeting } from "@/lib/meetings/data";
import { listMemberStates } from "@/lib/member-states/data";
import { listOrganizations } from "@/lib/organizations/data";
import { listPlans } from "@/lib/plans/data";
import { deleteMeetingAction, updateMeetingAction } from "../../actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; meetingId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = requireLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: "editing" });
  return { title: t("editMeeting"), robots: { index: false } };
}

export default async function EditMeetingPage({ params }: Props) {
  const { locale: segment, meetingId } = await params;
  const locale = requireLocale(segment);
  setRequestLocale(locale);
  const viewer = await requireEditor(locale, "update", "meeting", `/meetings/${meetingId}/edit`);
  const [meeting, plans, states, organizations, t] = await Promise.all([
    getMeeting(viewer, meetingId),
    listPlans(viewer),
    listMemberStates(viewer),
    listOrganizations(viewer),
    getTranslations({ locale }),
  ]);
  if (!meeting) notFound();
  const missing = t("common.translationMissing");
  const href = `/meetings/${meeting.id}`;
  return (
    <EditPage
      crumbs={[
        ...(meeting.plan
          ? [
              { label: t("nav.plans"), href: "/plans" },
              { label: <Localized value={meeting.plan.title} />, href: `/plans/${meeting.plan.id}` },
            ]
          : []),
        { label: <Localized value={meeting.title} />, href },
        { label: t("editing.edit") },
      ]}
      title={t("editing.editMeeting")}
      intro={t("editing.formIntro")}
      namespaces={["meetingKind", "meetingStatus"]}
      after={
        can(viewer, "delete", "meeting") && (
          <DeleteForm
            action={deleteMeetingAction.bind(null, meeting.plan ? `/plans/${meeting.plan.id}` : "/plans")}
            id={meeting.id}
            version={meeting.version}
            locale={locale}
            title={t("editing.deleteMeeting")}
            warning={t("editing.deleteMeetingWarning")}
          />
        )
      }
    >
      <MeetingForm
        action={updateMeetingAction.bind(null, meeting.id)}
        initial={meetingValues(meeting)}
        plans={planOptions(plans, locale, missing)}
        states={memberStateOptions(states, locale, missing)}
        organizations={organizationOptions(organizations, locale, missing)}
        parties={{
          memberStates: memberStatePartyOptions(states, locale, missing),
          organizations: organizationOptions(organizations, locale, missing, true),
        }}
        submitLabel={t("editing.save")}
        cancelHref={href}
      />
    </EditPage>
  );
}
