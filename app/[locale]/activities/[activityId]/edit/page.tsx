import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { ActivityForm } from "@/components/editing/activity-form";
import { DeleteForm } from "@/components/editing/delete-form";
import { EditPage } from "@/components/editing/edit-page";
import { requireEditor } from "@/components/editing/guard";
import { meetingOptions, organizationOptions, pillarGroups } from "@/components/editing/options";
import { activityValues } from "@/components/editing/values";
import { FrameworkPicker } from "@/components/frameworks/framework-picker";
import { Localized } from "@/components/ui/localized";
import { getActivity } from "@/lib/activities/data";
import { can } from "@/lib/auth/permissions";
import { requireLocale } from "@/lib/i18n/routing";
import { listMeetings } from "@/lib/meetings/data";
import { listOrganizations } from "@/lib/organizations/data";
import { listPillars } from "@/lib/pillars/data";
import { listPlans } from "@/lib/plans/data";
import { deleteActivityAction, updateActivityAction } from "../../actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; activityId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = requireLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: "editing" });
  return { title: t("editActivity"), robots: { index: false } };
}

export default async function EditActivityPage({ params }: Props) {
  const { locale: segment, activityId } = await params;
  const locale = requireLocale(segment);
  setRequestLocale(locale);
  const viewer = await requireEditor(locale, "update", "activity", `/activities/${activityId}/edit`);
  const [activity, plans, pillars, meetings, organizations, t] = await Promise.all([
    getActivity(viewer, activityId),
    listPlans(viewer),
    listPillars(viewer),
    listMeetings(viewer),
    listOrganizations(viewer),
    getTranslations({ locale }),
  ]);
  if (!activity) notFound();
  const missing = t("common.translationMissing");
  const href = `/activities/${activity.id}`;
  return (
    <EditPage
      crumbs={[
        { label: t("nav.plans"), href: "/plans" },
        { label: <Localized value={activity.plan.title} />, href: `/plans/${activity.plan.id}` },
        { label: <Localized value={activity.title} />, href },
        { label: t("editing.edit") },
      ]}
      title={t("editing.editActivity")}
      intro={t("editing.formIntro")}
      namespaces={["activityStatus", "activityType"]}
      after={
        can(viewer, "delete", "activity") && (
          <DeleteForm
            action={deleteActivityAction.bind(null, activity.plan.id)}
            id={activity.id}
            version={activity.version}
            locale={locale}
            title={t("editing.deleteActivity")}
            warning={t("editing.deleteActivityWarning")}
          />
        )
      }
    >
      <ActivityForm
        action={updateActivityAction.bind(null, activity.id)}
        initial={activityValues(activity)}
        pillars={pillarGroups(plans, pillars, locale, missing)}
        partners={organizationOptions(organizations, locale, missing)}
        meetings={meetingOptions(meetings, locale, missing)}
        submitLabel={t("editing.save")}
        cancelHref={href}
        frameworks={<FrameworkPicker />}
      />
    </EditPage>
  );
}
