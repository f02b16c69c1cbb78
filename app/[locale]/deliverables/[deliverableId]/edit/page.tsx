import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { DeleteForm } from "@/components/editing/delete-form";
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
import { Localized } from "@/components/ui/localized";
import { listActivities } from "@/lib/activities/data";
import { can } from "@/lib/auth/permissions";
import { getDeliverable } from "@/lib/deliverables/data";
import { requireLocale } from "@/lib/i18n/routing";
import { listMeetings } from "@/lib/meetings/data";
import { listMemberStates } from "@/lib/member-states/data";
import { listPlans } from "@/lib/plans/data";
import { listOrganizations } from "@/lib/organizations/data";
import { deleteDeliverableAction, updateDeliverableAction } from "../../actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; deliverableId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = requireLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: "editing" });
  return { title: t("editDeliverable"), robots: { index: false } };
}

export default async function EditDeliverablePage({ params }: Props) {
  const { locale: segment, deliverableId } = await params;
  const locale = requireLocale(segment);
  setRequestLocale(locale);
  const viewer = await requireEditor(locale, "update", "deliverable", `/deliverables/${deliverableId}/edit`);
  const [deliverable, plans, activities, meetings, states, organizations, t] = await Promise.all([
    getDeliverable(viewer, deliverableId),
    listPlans(viewer),
    listActivities(viewer),
    listMeetings(viewer),
    listMemberStates(viewer),
    listOrganizations(viewer),
    getTranslations({ locale }),
  ]);
  if (!deliverable) notFound();
  const missing = t("common.translationMissing");
  const href = `/deliverables/${deliverable.id}`;
  const back = deliverable.activity
    ? `/activities/${deliverable.activity.id}`
    : deliverable.meeting
      ? `/meetings/${deliverable.meeting.id}`
      : "/plans";
  return (
    <EditPage
      crumbs={[
        { label: t("nav.plans"), href: "/plans" },
        { label: <Localized value={deliverable.title} />, href },
        { label: t("editing.edit") },
      ]}
      title={t("editing.editDeliverable")}
      intro={t("editing.formIntro")}
      namespaces={["deliverableType", "deliverableStage"]}
      after={
        can(viewer, "delete", "deliverable") && (
          <DeleteForm
            action={deleteDeliverableAction.bind(null, back)}
            id={deliverable.id}
            version={deliverable.version}
            locale={locale}
            title={t("editing.deleteDeliverable")}
            warning={t("editing.deleteDeliverableWarning")}
          />
        )
      }
    >
      <DeliverableForm
        action={updateDeliverableAction.bind(null, deliverable.id)}
        initial={deliverableValues(deliverable)}
        meetings={meetingOptions(meetings, locale, missing)}
        activities={activityGroups(plans, activities, locale, missing)}
        languages={documentLanguageOptions(locale)}
        parties={{
          memberStates: memberStatePartyOptions(states, locale, missing),
          organizations: organizationOptions(organizations, locale, missing, true),
        }}
        submitLabel={t("editing.save")}
        cancelHref={href}
        frameworks={<FrameworkPicker />}
      />
    </EditPage>
  );
}
