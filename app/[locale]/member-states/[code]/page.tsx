import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { cache } from "react";
import { MemberStateProfileView } from "@/components/member-states/state-profile";
import { PledgeSection } from "@/components/pledges/pledge-section";
import { ReviewQueue } from "@/components/pledges/review-queue";
import { meetingOptions } from "@/components/editing/options";
import { can } from "@/lib/auth/permissions";
import { getViewer } from "@/lib/auth/viewer";
import { pickText } from "@/lib/i18n/localized-text";
import { redirect } from "@/lib/i18n/navigation";
import { requireLocale } from "@/lib/i18n/routing";
import { listMeetings } from "@/lib/meetings/data";
import { getMemberStateProfile } from "@/lib/member-states/data";
import { notFoundMetadata } from "../../not-found-metadata";
import {
  createPledgeAction,
  deletePledgeAction,
  editPledgeUpdateAction,
  postPledgeUpdateAction,
  reviewPledgeUpdateAction,
  updatePledgeAction,
} from "../actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; code: string }> };

const load = cache(async (code: string) => getMemberStateProfile(await getViewer(), code));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale: segment, code } = await params;
  const locale = requireLocale(segment);
  const profile = await load(code);
  return profile ? { title: pickText(profile.state.name, locale).text } : notFoundMetadata(locale);
}

export default async function MemberStatePage({ params }: Props) {
  const { locale: segment, code } = await params;
  const locale = requireLocale(segment);
  setRequestLocale(locale);
  const [viewer, profile] = await Promise.all([getViewer(), load(code)]);
  if (!profile) notFound();
  const memberStateId = profile.state.code;
  // One address per state: "/member-states/eg" leads to "/member-states/EG".
  if (code !== memberStateId) redirect({ href: `/member-states/${memberStateId}`, locale });
  const abilities = {
    manage: can(viewer, "update", "pledge", { memberStateId }),
    report: can(viewer, "create", "pledgeUpdate", { memberStateId }),
    // Rewording is for the state's own focal points; the secretariat decides instead.
    reword:
      viewer.kind === "user" &&
      viewer.role === "focal_point" &&
      can(viewer, "update", "pledgeUpdate", { memberStateId }),
    review: can(viewer, "update", "pledge", { memberStateId }),
  };
  const [meetings, t] = await Promise.all([abilities.manage ? listMeetings(viewer) : [], getTranslations({ locale })]);
  const forums = meetingOptions(meetings, locale, t("common.translationMissing"));
  const today = new Date().toISOString().slice(0, 10);
  return (
    <MemberStateProfileView
      profile={profile}
      reviewQueue={
        profile.pendingUpdates && (
          <ReviewQueue
            updates={profile.pendingUpdates}
            title={t("pledges.queue")}
            emptyText={t("memberStates.reviewQueueEmpty")}
            headingLevel="h3"
          />
        )
      }
      pledges={
        profile.pledges && (
          <PledgeSection
            code={memberStateId}
            pledges={profile.pledges}
            forums={forums}
            can={abilities}
            today={today}
            actions={{
              create: createPledgeAction,
              update: updatePledgeAction,
              remove: deletePledgeAction,
              post: postPledgeUpdateAction,
              edit: editPledgeUpdateAction,
              review: reviewPledgeUpdateAction,
            }}
          />
        )
      }
    />
  );
}
