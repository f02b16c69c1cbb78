import type {
  ActivityStatus,
  ActivityType,
  DatePrecision,
  DeliverableStageKind,
  DeliverableType,
  MeetingKind,
  MeetingStatus,
  OrganizationKind,
  PlanStatus,
} from "../../lib/db/generated/client";
import type { LocalizedText } from "../../lib/i18n/localized-text";
import type { MemberStateCode } from "./member-states";

// The demo data set: the facts of the Department of Refugees, Expatriates and Migration Affairs'
// review "استعراض جهود عملية التشاور العربية الإقليمية حول الهجرة واللجوء لتنفيذ خطة عمل عامي
// 2022-2023" (May 2024), and nothing beyond what structure needs. Arabic wording follows the
// source; English follows the project glossary. Pure data: prisma/seed/load.ts writes it.
//
// Conventions:
// - Every record has a stable `key`; references between records use keys, checked by the type
//   unions below and again by the loader at run time.
// - Dates are `YYYY-MM-DD` with a precision: "March 2022" is 2022-03-01 / "month".
// - Where the source gives no date (for instance when a document was translated) the date is
//   null rather than guessed; stages keep the source's order (the loader writes them in order).
// - Collective recipients ("member states", "partner organisations", "the media") are
//   Organization rows of a group kind; MemberState rows are kept for states the source names
//   individually (it names none).
// - Completed work has actual dates only: the source does not say when it had been planned.

export type IsoDate = `${number}-${number}-${number}`;

/** The date the source speaks from: the review was presented in May 2024. */
export const asOf = { date: "2024-05-01" as IsoDate, precision: "month" as DatePrecision };

// ---------------------------------------------------------------------------------------------
// Keys

export type OrganizationKey =
  | "las-general-secretariat"
  | "las-refugees-expatriates-migration-dept"
  | "las-sustainable-development-dept"
  | "las-mission-new-york"
  | "las-mission-geneva"
  | "las-missions-abroad"
  | "member-states"
  | "arab-group"
  | "iom"
  | "unhcr"
  | "partner-organisations"
  | "media"
  | "social-media"
  | "other-bodies"
  | "gfmd-chair";

export type PlanKey = "arcp-2022-2023" | "arcp-2024-2025";

export type MeetingKey =
  | "arcp-8"
  | "arcp-9"
  | "arcp-10"
  | "gcr-workshop-2023-06"
  | "grf2-consultation-2023-10"
  | "imrf-2022"
  | "grf-2"
  | "gfmd-14";

export type PillarKey =
  | "arcp-2022-2023-gcm"
  | "arcp-2022-2023-gcr"
  | "arcp-2022-2023-wrd"
  | "arcp-2022-2023-gfmd-14"
  | "arcp-2022-2023-sdg"
  | "arcp-2022-2023-covid-19";

export type ActivityKey =
  | "gcm-imrf-preparation"
  | "gcm-imrf-participation"
  | "gcm-exchange-and-documentation"
  | "gcr-arcp-9"
  | "gcr-capacity-building-workshop"
  | "gcr-grf2-regional-consultation"
  | "gcr-grf2-participation"
  | "wrd-2023"
  | "wrd-2024"
  | "gfmd-14-paper-preparation"
  | "gfmd-14-participation"
  | "sdg-arcp-9-session"
  | "sdg-information-documents"
  | "covid-19-mainstreaming";

export type DeliverableKey =
  | "arcp-8-final-statement"
  | "arcp-9-final-statement"
  | "gcm-information-paper"
  | "gcm-documentary-file"
  | "gcr-information-paper-arcp-9"
  | "gcr-documentary-file-arcp-9"
  | "sdg-information-paper-arcp-9"
  | "sdg-documentary-file-arcp-9"
  | "grf2-key-messages"
  | "wrd-2023-statement"
  | "wrd-2024-statement"
  | "gfmd-14-paper";

// ---------------------------------------------------------------------------------------------
// Shapes

export interface OrganizationSeed {
  key: OrganizationKey;
  kind: OrganizationKind;
  name: LocalizedText;
  abbreviation?: string;
  /** Stands for all the member states: what it receives counts on every state's page. */
  coversMemberStates?: boolean;
}

export interface PlanSeed {
  key: PlanKey;
  startYear: number;
  endYear: number;
  title: LocalizedText;
  summary?: LocalizedText;
  status: PlanStatus;
  isPublic: boolean;
  /** The meeting that adopted the plan, or is scheduled to. */
  adoptionMeeting?: MeetingKey;
  circulatedOn?: IsoDate;
  adoptedOn?: IsoDate;
  adoptedPrecision?: DatePrecision;
}

/** Who presented under an agenda item. */
export type PresenterRef = { organization: OrganizationKey } | { memberState: MemberStateCode };

export interface AgendaItemSeed {
  title: LocalizedText;
  description?: LocalizedText;
  presenters?: readonly PresenterRef[];
}

export interface MeetingSeed {
  key: MeetingKey;
  /** The plan under which it is held; international forums have none. */
  plan?: PlanKey;
  kind: MeetingKind;
  sessionNumber?: number;
  series?: string;
  title: LocalizedText;
  status: MeetingStatus;
  startDate: IsoDate;
  endDate?: IsoDate;
  datePrecision: DatePrecision;
  city?: LocalizedText;
  venue?: LocalizedText;
  organizer?: LocalizedText;
  objectives?: LocalizedText;
  outcome?: LocalizedText;
  /** Organisations taking part (MeetingOrganization). */
  participants?: readonly OrganizationKey[];
  /** In order: positions are 1, 2, 3... */
  agenda?: readonly AgendaItemSeed[];
}

export interface PillarSeed {
  key: PillarKey;
  plan: PlanKey;
  position: number;
  title: LocalizedText;
  description?: LocalizedText;
}

export interface ActivitySeed {
  key: ActivityKey;
  pillar: PillarKey;
  position: number;
  title: LocalizedText;
  description?: LocalizedText;
  type: ActivityType;
  status: ActivityStatus;
  /** 0–100. */
  progress: number;
  plannedStart?: IsoDate;
  plannedEnd?: IsoDate;
  actualStart?: IsoDate;
  actualEnd?: IsoDate;
  /** Applies to all four dates. */
  datePrecision: DatePrecision;
  leadUnit?: LocalizedText;
  outcome?: LocalizedText;
  partners?: readonly OrganizationKey[];
  meetings?: readonly MeetingKey[];
  /**
   * Framework targets (lib/frameworks/reference.ts ids), only where the source ties the activity
   * to a compact or to the 2030 Agenda; an editorial reading (docs/decisions/012-global-frameworks.md).
   */
  frameworks?: readonly string[];
}

export type RecipientSeed = ({ organization: OrganizationKey } | { memberState: MemberStateCode }) & {
  /** The request made to the recipient. */
  note?: LocalizedText;
};

export interface StageSeed {
  stage: DeliverableStageKind;
  /** Defaults to true; false while the step is only scheduled. */
  completed?: boolean;
  /** Null when the source does not date the step. */
  date?: IsoDate;
  datePrecision?: DatePrecision;
  /** Language of the version concerned ("en" on a translation). */
  language?: string;
  note?: LocalizedText;
  recipients?: readonly RecipientSeed[];
}

export interface DeliverableSeed {
  key: DeliverableKey;
  type: DeliverableType;
  title: LocalizedText;
  description?: LocalizedText;
  /** The meeting that produced it. */
  meeting?: MeetingKey;
  /** The activity that produced it. */
  activity?: ActivityKey;
  /** The forum it is meant for. */
  targetMeeting?: MeetingKey;
  documentUrl?: string;
  /** In the order they happened. */
  stages: readonly StageSeed[];
}

// ---------------------------------------------------------------------------------------------
// Organisations

export const organizations: readonly OrganizationSeed[] = [
  {
    key: "las-general-secretariat",
    kind: "las_unit",
    name: { ar: "الأمانة العامة لجامعة الدول العربية", en: "General Secretariat of the League of Arab States" },
    abbreviation: "LAS",
  },
  {
    key: "las-refugees-expatriates-migration-dept",
    kind: "las_unit",
    name: {
      ar: "إدارة شؤون اللاجئين والمغتربين والهجرة",
      en: "Department of Refugees, Expatriates and Migration Affairs",
    },
  },
  {
    key: "las-sustainable-development-dept",
    kind: "las_unit",
    name: { ar: "إدارة التنمية المستدامة بالأمانة العامة", en: "LAS Sustainable Development Department" },
  },
  {
    key: "las-mission-new-york",
    kind: "las_mission",
    name: { ar: "بعثة الجامعة العربية في نيويورك", en: "LAS mission in New York" },
    coversMemberStates: true,
  },
  {
    key: "las-mission-geneva",
    kind: "las_mission",
    name: { ar: "بعثة الجامعة العربية في جنيف", en: "LAS mission in Geneva" },
    coversMemberStates: true,
  },
  {
    key: "las-missions-abroad",
    kind: "las_mission",
    name: { ar: "بعثات الجامعة في الخارج", en: "LAS missions abroad" },
    coversMemberStates: true,
  },
  {
    // The member states as one recipient ("تعميمه على الدول الأعضاء").
    key: "member-states",
    kind: "state_group",
    name: { ar: "الدول الأعضاء", en: "Member states" },
    coversMemberStates: true,
  },
  {
    key: "arab-group",
    kind: "state_group",
    name: { ar: "المجموعة العربية", en: "Arab Group" },
    coversMemberStates: true,
  },
  {
    key: "iom",
    kind: "un_agency",
    name: { ar: "المنظمة الدولية للهجرة", en: "International Organization for Migration" },
    abbreviation: "IOM",
  },
  {
    key: "unhcr",
    kind: "un_agency",
    name: {
      ar: "المفوضية السامية للأمم المتحدة لشؤون اللاجئين",
      en: "Office of the United Nations High Commissioner for Refugees",
    },
    abbreviation: "UNHCR",
  },
  {
    key: "partner-organisations",
    kind: "audience",
    name: { ar: "المنظمات الشريكة", en: "Partner organisations" },
  },
  {
    key: "media",
    kind: "media",
    name: { ar: "وسائل الإعلام", en: "Media" },
  },
  {
    key: "social-media",
    kind: "media",
    name: { ar: "وسائل التواصل الاجتماعي", en: "Social media" },
  },
  {
    // "وغيرها من الجهات": the other bodies a statement is circulated to.
    key: "other-bodies",
    kind: "audience",
    name: { ar: "جهات أخرى", en: "Other bodies" },
  },
  {
    key: "gfmd-chair",
    kind: "other",
    name: {
      ar: "رئاسة المنتدى العالمي للهجرة والتنمية",
      en: "Chair of the Global Forum on Migration and Development",
    },
  },
];

/** The ARCP's secretariat unit, lead unit of every activity in the source. */
const department: LocalizedText = {
  ar: "إدارة شؤون اللاجئين والمغتربين والهجرة",
  en: "Department of Refugees, Expatriates and Migration Affairs",
};

const secretariatOrganizer: LocalizedText = {
  ar: "الأمانة العامة لجامعة الدول العربية – إدارة شؤون اللاجئين والمغتربين والهجرة",
  en: "LAS General Secretariat – Department of Refugees, Expatriates and Migration Affairs",
};

// ---------------------------------------------------------------------------------------------
// Plans

export const plans: readonly PlanSeed[] = [
  {
    key: "arcp-2022-2023",
    startYear: 2022,
    endYear: 2023,
    title: {
      ar: "خطة عمل عملية التشاور العربية الإقليمية حول الهجرة واللجوء لعامي 2022-2023",
      en: "ARCP Action Plan 2022–2023",
    },
    summary: {
      ar: "خطة عمل عملية التشاور لعامي 2022-2023، تم اعتمادها خلال الاجتماع الثامن لعملية التشاور العربية الإقليمية حول الهجرة واللجوء (مارس/ آذار 2022).",
      en: "The ARCP action plan for 2022–2023, adopted at the 8th ARCP meeting (March 2022).",
    },
    status: "in_implementation",
    isPublic: true,
    adoptionMeeting: "arcp-8",
    adoptedOn: "2022-03-01",
    adoptedPrecision: "month",
  },
  {
    key: "arcp-2024-2025",
    startYear: 2024,
    endYear: 2025,
    title: {
      ar: "خطة عمل عملية التشاور العربية الإقليمية حول الهجرة واللجوء لعامي 2024-2025",
      en: "ARCP Action Plan 2024–2025",
    },
    summary: {
      ar: "قامت الأمانة العامة بإعداد مشروع خطة العمل وإرساله إلى الدول الأعضاء، ومن المقرر أن يتم اعتماد خطة العمل الجديدة خلال الاجتماع العاشر لعملية التشاور العربية الإقليمية حول الهجرة واللجوء.",
      en: "The General Secretariat prepared the draft action plan and sent it to the member states; the new plan is scheduled for adoption at the 10th ARCP meeting.",
    },
    status: "circulated",
    isPublic: true,
    adoptionMeeting: "arcp-10",
  },
];

// ---------------------------------------------------------------------------------------------
// Meetings

export const meetings: readonly MeetingSeed[] = [
  {
    key: "arcp-8",
    plan: "arcp-2022-2023",
    kind: "arcp_session",
    sessionNumber: 8,
    title: {
      ar: "الاجتماع الثامن لعملية التشاور العربية الإقليمية حول الهجرة واللجوء",
      en: "8th ARCP meeting",
    },
    status: "held",
    startDate: "2022-03-01",
    datePrecision: "month",
    organizer: secretariatOrganizer,
    objectives: {
      ar: "تحضير الدول الأعضاء للمشاركة الفعالة في منتدى استعراض الهجرة الدولية (نيويورك، 17-20/5/2022).",
      en: "To prepare the member states to take part effectively in the International Migration Review Forum (New York, 17–20 May 2022).",
    },
    outcome: {
      ar: "اعتماد خطة عمل عملية التشاور لعامي 2022-2023، وأصدر الاجتماع بياناً ختامياً تم رفعه إلى منتدى استعراض الهجرة الدولية.",
      en: "Adopted the ARCP action plan 2022–2023 and issued a final statement, submitted to the International Migration Review Forum.",
    },
    agenda: [
      {
        title: {
          ar: "اعتماد خطة عمل عملية التشاور لعامي 2022-2023",
          en: "Adoption of the ARCP action plan 2022–2023",
        },
      },
      {
        title: {
          ar: "التحضير للمشاركة الفعالة في منتدى استعراض الهجرة الدولية",
          en: "Preparation for effective participation in the International Migration Review Forum",
        },
        description: {
          ar: "متابعة واستعراض الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية: تبادل المعلومات والتجارب وعرض جهود الدول الأعضاء.",
          en: "Follow-up and review of the GCM: exchange of information and experience, and presentations of member states' efforts.",
        },
      },
    ],
  },
  {
    key: "arcp-9",
    plan: "arcp-2022-2023",
    kind: "arcp_session",
    sessionNumber: 9,
    title: {
      ar: "الاجتماع التاسع لعملية التشاور العربية الإقليمية حول الهجرة واللجوء",
      en: "9th ARCP meeting",
    },
    status: "held",
    startDate: "2023-05-01",
    datePrecision: "month",
    organizer: secretariatOrganizer,
    objectives: {
      ar: "التعرف على المستجدات بشأن عملية متابعة واستعراض الاتفاق العالمي للاجئين، والتحضير للمشاركة الفعالة في المنتدى العالمي الثاني للاجئين.",
      en: "To learn about developments in the follow-up and review of the Global Compact on Refugees, and to prepare for effective participation in the second Global Refugee Forum.",
    },
    outcome: {
      ar: "استعراض جهود الدول الأعضاء لمتابعة واستعراض الاتفاق العالمي للاجئين، وإعداد أوراق معلومات وملفات وثائقية، وإصدار ورقة بشأن محاور الدورة الـ14 للمنتدى العالمي للهجرة والتنمية، وأصدر الاجتماع بياناً ختامياً تم رفعه إلى المنتدى العالمي الثاني للاجئين.",
      en: "Reviewed member states' efforts to follow up and review the GCR; information papers and documentary files were prepared; a paper on the themes of the 14th GFMD was issued; the meeting issued a final statement, submitted to the second Global Refugee Forum.",
    },
    agenda: [
      {
        title: {
          ar: "المستجدات بشأن عملية متابعة واستعراض الاتفاق العالمي للاجئين والتحضير للمشاركة الفعالة في المنتدى العالمي الثاني للاجئين",
          en: "Updates on the follow-up and review of the Global Compact on Refugees and preparation for the second Global Refugee Forum",
        },
      },
      {
        title: {
          ar: "استعراض جهود الدول الأعضاء لمتابعة واستعراض الاتفاق العالمي للاجئين",
          en: "Presentations of member states' efforts to follow up and review the Global Compact on Refugees",
        },
      },
      {
        title: {
          ar: "متابعة واستعراض الأهداف ذات الصلة بالهجرة في خطة التنمية المستدامة 2030",
          en: "Follow-up and review of the migration-related goals of the 2030 Agenda for Sustainable Development",
        },
        description: {
          ar: "جلسة مخصصة لمناقشة الموضوع: قامت المنظمة الدولية للهجرة وإدارة التنمية المستدامة بالأمانة العامة بتقديم عروض.",
          en: "A session given to the topic: presentations by IOM and the LAS Sustainable Development Department.",
        },
        presenters: [{ organization: "iom" }, { organization: "las-sustainable-development-dept" }],
      },
      {
        title: {
          ar: "نقاش مفتوح حول الأهداف ذات الصلة بالهجرة في خطة التنمية المستدامة 2030",
          en: "Open discussion on the migration-related goals of the 2030 Agenda",
        },
      },
    ],
  },
  {
    key: "arcp-10",
    plan: "arcp-2022-2023",
    kind: "arcp_session",
    sessionNumber: 10,
    title: {
      ar: "الاجتماع العاشر لعملية التشاور العربية الإقليمية حول الهجرة واللجوء",
      en: "10th ARCP meeting",
    },
    status: "planned",
    startDate: "2024-05-01",
    datePrecision: "month",
    organizer: secretariatOrganizer,
    objectives: {
      ar: "اعتماد خطة عمل عملية التشاور لعامي 2024-2025، واعتماد البيان الذي سيصدر بمناسبة اليوم العالمي للاجئين في 20/6/2024، ومتابعة واستعراض الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية.",
      en: "To adopt the ARCP action plan 2024–2025 and the statement to be issued for World Refugee Day on 20 June 2024, and to follow up and review the GCM.",
    },
    agenda: [
      {
        title: {
          ar: "اعتماد خطة عمل عملية التشاور لعامي 2024-2025",
          en: "Adoption of the ARCP action plan 2024–2025",
        },
      },
      {
        title: {
          ar: "اعتماد البيان الذي سيصدر بمناسبة اليوم العالمي للاجئين في 20/6/2024",
          en: "Adoption of the statement to be issued for World Refugee Day, 20 June 2024",
        },
      },
      {
        title: {
          ar: "متابعة واستعراض الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية",
          en: "Follow-up and review of the Global Compact for Safe, Orderly and Regular Migration",
        },
        description: {
          ar: "تبادل المعلومات والتجارب وعرض جهود الدول الأعضاء.",
          en: "Exchange of information and experience, and presentations of member states' efforts.",
        },
      },
    ],
  },
  {
    key: "gcr-workshop-2023-06",
    plan: "arcp-2022-2023",
    kind: "workshop",
    title: {
      ar: "ورشة عمل إقليمية حول الاتفاق العالمي للاجئين",
      en: "Regional workshop on the Global Compact on Refugees",
    },
    status: "held",
    startDate: "2023-06-01",
    datePrecision: "month",
    organizer: secretariatOrganizer,
    objectives: {
      ar: "تنمية قدرات المسؤولين من الدول الأعضاء، بهدف تقديم موجز عن الاتفاق العالمي للاجئين وآليات متابعته، بما في ذلك التعهدات الحالية، وكيفية تقديم تعهدات جديدة، والتحضير للمشاركة في المنتدى العالمي الثاني للاجئين، ودعم الدول الأعضاء في الإبلاغ عن التقدم المُحرز في تنفيذ أهداف الاتفاق و/أو التعهدات التي تم تقديمها، وكيفية تقديم هذه التقارير في المنتدى العالمي للاجئين أو اجتماعات المسؤولين رفيعي المستوى.",
      en: "Capacity building for member-state officials: an overview of the Global Compact on Refugees and its follow-up mechanisms, including current pledges and how to make new ones; preparing to take part in the second Global Refugee Forum; supporting member states in reporting progress on the Compact's objectives and/or their pledges, and how to present those reports at the Global Refugee Forum or at High-Level Officials Meetings.",
    },
  },
  {
    key: "grf2-consultation-2023-10",
    plan: "arcp-2022-2023",
    kind: "regional_consultation",
    title: {
      ar: "الاجتماع التشاوري الإقليمي تحضيراً للمنتدى العالمي الثاني للاجئين",
      en: "Regional consultative meeting in preparation for the second Global Refugee Forum",
    },
    status: "held",
    startDate: "2023-10-01",
    datePrecision: "month",
    organizer: secretariatOrganizer,
    objectives: {
      ar: "تقييم التقدم المحرز نحو تعهدات الدول العربية وتبادل المعلومات حول الاستعدادات للدورة الثانية من المنتدى.",
      en: "To assess progress on Arab states' pledges and exchange information on preparations for the second session of the forum.",
    },
    outcome: {
      ar: 'صدر عن الاجتماع وثيقة "الرسائل الرئيسية" تم ترجمتها إلى اللغة الإنجليزية ورفعها إلى المنتدى العالمي الثاني للاجئين، وإرسالها إلى بعثة الجامعة العربية في جنيف وطلب تعميمها على المجموعة العربية والاسترشاد بها عند المشاركة في أعمال المنتدى.',
      en: 'Issued the "Key Messages" document, translated into English and submitted to the second Global Refugee Forum, and sent to the LAS mission in Geneva with a request to circulate it to the Arab Group and use it as guidance when taking part in the forum.',
    },
  },
  {
    key: "imrf-2022",
    kind: "international_forum",
    series: "IMRF",
    title: { ar: "منتدى استعراض الهجرة الدولية", en: "International Migration Review Forum (IMRF)" },
    status: "held",
    startDate: "2022-05-17",
    endDate: "2022-05-20",
    datePrecision: "day",
    city: { ar: "نيويورك", en: "New York" },
    outcome: {
      ar: "مشاركة بعثة الجامعة العربية في نيويورك في أعمال المنتدى، ورُفع إليه البيان الختامي للاجتماع الثامن لعملية التشاور.",
      en: "The LAS mission in New York took part; the final statement of the 8th ARCP meeting was submitted to the forum.",
    },
    participants: ["las-mission-new-york"],
  },
  {
    key: "grf-2",
    kind: "international_forum",
    series: "GRF",
    sessionNumber: 2,
    title: { ar: "المنتدى العالمي الثاني للاجئين", en: "Second Global Refugee Forum" },
    status: "held",
    startDate: "2023-12-01",
    datePrecision: "month",
    outcome: {
      ar: 'مشاركة الأمانة العامة في المنتدى، ورُفع إليه البيان الختامي للاجتماع التاسع لعملية التشاور ووثيقة "الرسائل الرئيسية".',
      en: 'The General Secretariat took part; the final statement of the 9th ARCP meeting and the "Key Messages" document were submitted to the forum.',
    },
    participants: ["las-general-secretariat"],
  },
  {
    key: "gfmd-14",
    kind: "international_forum",
    series: "GFMD",
    sessionNumber: 14,
    title: {
      ar: "الدورة الرابعة عشر من المنتدى العالمي للهجرة والتنمية",
      en: "14th session of the Global Forum on Migration and Development (GFMD)",
    },
    status: "held",
    startDate: "2024-01-01",
    datePrecision: "month",
    city: { ar: "جنيف", en: "Geneva" },
    outcome: {
      ar: "مشاركة الأمانة العامة في أعمال الدورة، ورُفعت إلى رئاسة المنتدى ورقة بشأن محاور الدورة كمساهمة من عملية التشاور.",
      en: "The General Secretariat took part; a paper on the session's themes had been submitted to the GFMD Chair as the ARCP's contribution.",
    },
    participants: ["las-general-secretariat"],
  },
];

// ---------------------------------------------------------------------------------------------
// Pillars of the 2022–2023 plan, in the source's order (titles are its slide headings)

export const pillars: readonly PillarSeed[] = [
  {
    key: "arcp-2022-2023-gcm",
    plan: "arcp-2022-2023",
    position: 1,
    title: {
      ar: "متابعة واستعراض الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية",
      en: "Follow-up and review of the Global Compact for Safe, Orderly and Regular Migration (GCM)",
    },
    description: {
      ar: "تبادل المعلومات والتجارب، وعرض جهود الدول الأعضاء، وإعداد أوراق معلومات وملفات وثائقية، من خلال الاجتماع الثامن (مارس/ آذار 2022) والاجتماع العاشر (مايو/ أيار 2024) لعملية التشاور.",
      en: "Exchange of information and experience, presentations of member states' efforts, and information papers and documentary files, through the 8th (March 2022) and 10th (May 2024) ARCP meetings.",
    },
  },
  {
    key: "arcp-2022-2023-gcr",
    plan: "arcp-2022-2023",
    position: 2,
    title: {
      ar: "متابعة واستعراض الاتفاق العالمي للاجئين",
      en: "Follow-up and review of the Global Compact on Refugees (GCR)",
    },
    description: {
      ar: "التحضير للمنتدى العالمي الثاني للاجئين (ديسمبر/ كانون أول 2023).",
      en: "Preparation for the second Global Refugee Forum (December 2023), in four steps.",
    },
  },
  {
    key: "arcp-2022-2023-wrd",
    plan: "arcp-2022-2023",
    position: 3,
    title: { ar: "اليوم العالمي للاجئين", en: "World Refugee Day (20 June)" },
  },
  {
    key: "arcp-2022-2023-gfmd-14",
    plan: "arcp-2022-2023",
    position: 4,
    title: {
      ar: "الدورة الرابعة عشر من المنتدى العالمي للهجرة والتنمية",
      en: "14th session of the Global Forum on Migration and Development (GFMD)",
    },
  },
  {
    key: "arcp-2022-2023-sdg",
    plan: "arcp-2022-2023",
    position: 5,
    title: {
      ar: "متابعة واستعراض الأهداف ذات الصلة بالهجرة في خطة التنمية المستدامة 2030",
      en: "Follow-up and review of the migration-related goals of the 2030 Agenda for Sustainable Development",
    },
  },
  {
    key: "arcp-2022-2023-covid-19",
    plan: "arcp-2022-2023",
    position: 6,
    title: {
      ar: 'جائحة "كوفيد 19" وتأثيرها على المهاجرين واللاجئين والنازحين والدول المستضيفة لهم',
      en: "The COVID-19 pandemic and its impact on migrants, refugees, displaced persons and their host states",
    },
  },
];

// ---------------------------------------------------------------------------------------------
// Activities (as of May 2024: past work completed, the 10th meeting and the 2024 statement ahead)

export const activities: readonly ActivitySeed[] = [
  // GCM
  {
    key: "gcm-imrf-preparation",
    pillar: "arcp-2022-2023-gcm",
    position: 1,
    title: {
      ar: "تحضير الدول الأعضاء للمشاركة الفعالة في منتدى استعراض الهجرة الدولية من خلال الاجتماع الثامن لعملية التشاور",
      en: "Preparing member states to take part effectively in the IMRF, through the 8th ARCP meeting",
    },
    description: {
      ar: "هدف الاجتماع الثامن لعملية التشاور (مارس/ آذار 2022) إلى تحضير الدول الأعضاء للمشاركة الفعالة في منتدى استعراض الهجرة الدولية (نيويورك، 17-20/5/2022).",
      en: "The 8th ARCP meeting (March 2022) aimed to prepare member states to take part effectively in the International Migration Review Forum (New York, 17–20 May 2022).",
    },
    type: "meeting",
    status: "completed",
    progress: 100,
    actualStart: "2022-03-01",
    actualEnd: "2022-03-01",
    datePrecision: "month",
    leadUnit: department,
    outcome: {
      ar: "أصدر الاجتماع بياناً ختامياً تم رفعه إلى منتدى استعراض الهجرة الدولية.",
      en: "The meeting issued a final statement, submitted to the International Migration Review Forum.",
    },
    meetings: ["arcp-8", "imrf-2022"],
    frameworks: ["gcm-23"],
  },
  {
    key: "gcm-imrf-participation",
    pillar: "arcp-2022-2023-gcm",
    position: 2,
    title: {
      ar: "مشاركة بعثة الجامعة العربية في نيويورك في منتدى استعراض الهجرة الدولية",
      en: "Participation of the LAS mission in New York in the IMRF",
    },
    type: "forum_participation",
    status: "completed",
    progress: 100,
    actualStart: "2022-05-17",
    actualEnd: "2022-05-20",
    datePrecision: "day",
    leadUnit: department,
    partners: ["las-mission-new-york"],
    meetings: ["imrf-2022"],
    frameworks: ["gcm-23"],
  },
  {
    key: "gcm-exchange-and-documentation",
    pillar: "arcp-2022-2023-gcm",
    position: 3,
    title: {
      ar: "تبادل المعلومات والتجارب، وعرض جهود الدول الأعضاء، وإعداد أوراق معلومات وملفات وثائقية",
      en: "Exchange of information and experience, presentations of member states' efforts, information papers and documentary files",
    },
    description: {
      ar: "من خلال الاجتماع الثامن لعملية التشاور (مارس/ آذار 2022) والاجتماع العاشر لعملية التشاور (مايو/ أيار 2024).",
      en: "Through the 8th ARCP meeting (March 2022) and the 10th ARCP meeting (May 2024).",
    },
    type: "meeting",
    status: "in_progress",
    progress: 50,
    actualStart: "2022-03-01",
    plannedEnd: "2024-05-01",
    datePrecision: "month",
    leadUnit: department,
    meetings: ["arcp-8", "arcp-10"],
  },
  // GCR: the four steps toward the second GRF
  {
    key: "gcr-arcp-9",
    pillar: "arcp-2022-2023-gcr",
    position: 1,
    title: {
      ar: "الاجتماع التاسع لعملية التشاور العربية الإقليمية حول الهجرة واللجوء: المستجدات بشأن متابعة واستعراض الاتفاق العالمي للاجئين والتحضير للمنتدى العالمي الثاني للاجئين",
      en: "9th ARCP meeting: updates on the GCR follow-up and review, and preparation for the second GRF",
    },
    description: {
      ar: "هدف الاجتماع إلى التعرف على المستجدات بشأن عملية متابعة واستعراض الاتفاق العالمي للاجئين، والتحضير للمشاركة الفعالة في المنتدى العالمي الثاني للاجئين، واستعراض جهود الدول الأعضاء لمتابعة واستعراض الاتفاق العالمي للاجئين.",
      en: "The meeting aimed to learn about developments in the GCR follow-up and review process and to prepare for effective participation in the second Global Refugee Forum; member states presented their efforts on the GCR.",
    },
    type: "meeting",
    status: "completed",
    progress: 100,
    actualStart: "2023-05-01",
    actualEnd: "2023-05-01",
    datePrecision: "month",
    leadUnit: department,
    outcome: {
      ar: "إعداد ورقة معلومات وملف وثائقي حول الموضوع، وأصدر الاجتماع بياناً ختامياً تم رفعه إلى المنتدى العالمي الثاني للاجئين.",
      en: "An information paper and a documentary file were prepared; the meeting issued a final statement, submitted to the second Global Refugee Forum.",
    },
    meetings: ["arcp-9"],
  },
  {
    key: "gcr-capacity-building-workshop",
    pillar: "arcp-2022-2023-gcr",
    position: 2,
    title: {
      ar: "ورشة عمل لتنمية قدرات المسؤولين من الدول الأعضاء حول الاتفاق العالمي للاجئين",
      en: "Capacity-building workshop on the GCR for member-state officials",
    },
    description: {
      ar: "تقديم موجز عن الاتفاق العالمي للاجئين وآليات متابعته، بما في ذلك التعهدات الحالية، وكيفية تقديم تعهدات جديدة، والتحضير للمشاركة في المنتدى العالمي الثاني للاجئين، ودعم الدول الأعضاء في الإبلاغ عن التقدم المُحرز في تنفيذ أهداف الاتفاق و/أو التعهدات التي تم تقديمها، وكيفية تقديم هذه التقارير في المنتدى العالمي للاجئين أو اجتماعات المسؤولين رفيعي المستوى.",
      en: "An overview of the GCR and its follow-up mechanisms, current pledges and how to make new ones; preparing for the second GRF; helping member states report progress on the GCR objectives and their pledges, and how to present those reports at the GRF or at High-Level Officials Meetings.",
    },
    type: "capacity_building",
    status: "completed",
    progress: 100,
    actualStart: "2023-06-01",
    actualEnd: "2023-06-01",
    datePrecision: "month",
    leadUnit: department,
    meetings: ["gcr-workshop-2023-06"],
    frameworks: ["gcr-1", "gcr-2", "gcr-3", "gcr-4"],
  },
  {
    key: "gcr-grf2-regional-consultation",
    pillar: "arcp-2022-2023-gcr",
    position: 3,
    title: {
      ar: "اجتماع تشاوري إقليمي تحضيراً للمنتدى العالمي الثاني للاجئين",
      en: "Regional consultative meeting in preparation for the second GRF",
    },
    description: {
      ar: "هدف الاجتماع لتقييم التقدم المحرز نحو تعهدات الدول العربية وتبادل المعلومات حول الاستعدادات للدورة الثانية من المنتدى.",
      en: "The meeting assessed progress on Arab states' pledges and exchanged information on preparations for the second session of the forum.",
    },
    type: "consultation",
    status: "completed",
    progress: 100,
    actualStart: "2023-10-01",
    actualEnd: "2023-10-01",
    datePrecision: "month",
    leadUnit: department,
    outcome: {
      ar: 'صدر عن الاجتماع وثيقة "الرسائل الرئيسية".',
      en: 'The meeting issued the "Key Messages" document.',
    },
    meetings: ["grf2-consultation-2023-10"],
  },
  {
    key: "gcr-grf2-participation",
    pillar: "arcp-2022-2023-gcr",
    position: 4,
    title: {
      ar: "مشاركة الأمانة العامة في المنتدى العالمي الثاني للاجئين",
      en: "Participation of the General Secretariat in the second GRF",
    },
    type: "forum_participation",
    status: "completed",
    progress: 100,
    actualStart: "2023-12-01",
    actualEnd: "2023-12-01",
    datePrecision: "month",
    leadUnit: department,
    meetings: ["grf-2"],
  },
  // World Refugee Day
  {
    key: "wrd-2023",
    pillar: "arcp-2022-2023-wrd",
    position: 1,
    title: {
      ar: "إصدار بيان بمناسبة اليوم العالمي للاجئين (20/6/2023)",
      en: "World Refugee Day statement (20 June 2023)",
    },
    description: {
      ar: "إصدار بيان في 20/6/2023، تم ترجمته إلى اللغة الإنجليزية وتوزيعه على وسائل الإعلام ونشره على وسائل التواصل الاجتماعي وتعميمه على الدول الأعضاء وبعثات الجامعة في الخارج والمنظمات الشريكة وغيرها من الجهات.",
      en: "A statement issued on 20 June 2023, translated into English, distributed to the media, published on social media and circulated to member states, LAS missions abroad, partner organisations and others.",
    },
    type: "advocacy",
    status: "completed",
    progress: 100,
    actualStart: "2023-06-20",
    actualEnd: "2023-06-20",
    datePrecision: "day",
    leadUnit: department,
  },
  {
    key: "wrd-2024",
    pillar: "arcp-2022-2023-wrd",
    position: 2,
    title: {
      ar: "إصدار بيان بمناسبة اليوم العالمي للاجئين (20/6/2024)",
      en: "World Refugee Day statement (20 June 2024)",
    },
    description: {
      ar: "من المقرر أن يتم اعتماد البيان الذي سيصدر بهذه المناسبة خلال الاجتماع العاشر لعملية التشاور (مايو/ أيار 2024)، على أن يصدر في 20/6/2024.",
      en: "The statement is scheduled for adoption at the 10th ARCP meeting (May 2024), to be issued on 20 June 2024.",
    },
    type: "advocacy",
    status: "in_progress",
    progress: 50,
    plannedEnd: "2024-06-20",
    datePrecision: "day",
    leadUnit: department,
    meetings: ["arcp-10"],
  },
  // GFMD 14
  {
    key: "gfmd-14-paper-preparation",
    pillar: "arcp-2022-2023-gfmd-14",
    position: 1,
    title: {
      ar: "إصدار ورقة بشأن محاور الدورة الـ14 للمنتدى العالمي للهجرة والتنمية",
      en: "Paper on the themes of the 14th GFMD",
    },
    description: {
      ar: "إصدار ورقة بشأن محاور الدورة الـ14 للمنتدى خلال الاجتماع التاسع لعملية التشاور، تم ترجمتها إلى اللغة الإنجليزية ورفعها إلى رئاسة المنتدى كمساهمة من عملية التشاور.",
      en: "A paper on the themes of the 14th GFMD, issued during the 9th ARCP meeting, translated into English and submitted to the GFMD Chair as the ARCP's contribution.",
    },
    type: "documentation",
    status: "completed",
    progress: 100,
    actualStart: "2023-05-01",
    actualEnd: "2023-05-01",
    datePrecision: "month",
    leadUnit: department,
    meetings: ["arcp-9"],
  },
  {
    key: "gfmd-14-participation",
    pillar: "arcp-2022-2023-gfmd-14",
    position: 2,
    title: {
      ar: "مشاركة الأمانة العامة في أعمال الدورة الـ14 للمنتدى العالمي للهجرة والتنمية",
      en: "Participation of the General Secretariat in the 14th GFMD",
    },
    type: "forum_participation",
    status: "completed",
    progress: 100,
    actualStart: "2024-01-01",
    actualEnd: "2024-01-01",
    datePrecision: "month",
    leadUnit: department,
    meetings: ["gfmd-14"],
  },
  // 2030 Agenda
  {
    key: "sdg-arcp-9-session",
    pillar: "arcp-2022-2023-sdg",
    position: 1,
    title: {
      ar: "تخصيص جلسة خلال الاجتماع التاسع لعملية التشاور لمناقشة الأهداف ذات الصلة بالهجرة في خطة التنمية المستدامة 2030",
      en: "A session of the 9th ARCP meeting on the migration-related goals of the 2030 Agenda",
    },
    description: {
      ar: "قامت المنظمة الدولية للهجرة وإدارة التنمية المستدامة بالأمانة العامة بتقديم عروض أعقبها نقاش مفتوح حول الموضوع.",
      en: "IOM and the LAS Sustainable Development Department gave presentations, followed by an open discussion on the topic.",
    },
    type: "meeting",
    status: "completed",
    progress: 100,
    actualStart: "2023-05-01",
    actualEnd: "2023-05-01",
    datePrecision: "month",
    leadUnit: department,
    partners: ["iom", "las-sustainable-development-dept"],
    meetings: ["arcp-9"],
    frameworks: ["sdg-10.7"],
  },
  {
    key: "sdg-information-documents",
    pillar: "arcp-2022-2023-sdg",
    position: 2,
    title: {
      ar: "إعداد ورقة معلومات وملف وثائقي حول الموضوع ومستجداته",
      en: "Information paper and documentary file on the topic and its updates",
    },
    type: "documentation",
    status: "completed",
    progress: 100,
    actualStart: "2023-05-01",
    actualEnd: "2023-05-01",
    datePrecision: "month",
    leadUnit: department,
    meetings: ["arcp-9"],
  },
  // COVID-19
  {
    key: "covid-19-mainstreaming",
    pillar: "arcp-2022-2023-covid-19",
    position: 1,
    title: {
      ar: "إدماج موضوع تأثير جائحة كوفيد 19 على المهاجرين واللاجئين والنازحين والدول المستضيفة لهم في مختلف الوثائق الصادرة عن عملية التشاور",
      en: "Mainstreaming the impact of COVID-19 on migrants, refugees, displaced persons and their host states in the documents the ARCP issued",
    },
    description: {
      ar: "تضمنت الوثائق الإشارة إلى التحديات التي فرضتها الجائحة، واستجابة الدول العربية لها وجهودها في مجال توفير الخدمات الطبية واللقاحات للمهاجرين واللاجئين، وكذلك دور المهاجرين في الصفوف الأمامية للتصدي للأزمة الناتجة عن الجائحة.",
      en: "The documents referred to the challenges the pandemic posed, Arab states' response and their provision of medical services and vaccines to migrants and refugees, and migrants' front-line role in responding to the crisis. No separate document: the topic was built into the ARCP's documents.",
    },
    type: "mainstreaming",
    status: "completed",
    progress: 100,
    // Throughout the plan period (year precision): the source dates no single step.
    actualStart: "2022-01-01",
    actualEnd: "2023-01-01",
    datePrecision: "year",
    leadUnit: department,
  },
];

// ---------------------------------------------------------------------------------------------
// Deliverables

const translatedToEnglish: StageSeed = {
  stage: "translated",
  language: "en",
  note: { ar: "ترجمة إلى اللغة الإنجليزية", en: "Translated into English" },
};

export const deliverables: readonly DeliverableSeed[] = [
  {
    key: "arcp-8-final-statement",
    type: "final_statement",
    title: {
      ar: "البيان الختامي للاجتماع الثامن لعملية التشاور العربية الإقليمية حول الهجرة واللجوء",
      en: "Final statement of the 8th ARCP meeting",
    },
    meeting: "arcp-8",
    activity: "gcm-imrf-preparation",
    targetMeeting: "imrf-2022",
    stages: [
      { stage: "issued", date: "2022-03-01", datePrecision: "month" },
      {
        stage: "submitted",
        note: {
          ar: "رُفع إلى منتدى استعراض الهجرة الدولية",
          en: "Submitted to the International Migration Review Forum",
        },
      },
    ],
  },
  {
    key: "arcp-9-final-statement",
    type: "final_statement",
    title: {
      ar: "البيان الختامي للاجتماع التاسع لعملية التشاور العربية الإقليمية حول الهجرة واللجوء",
      en: "Final statement of the 9th ARCP meeting",
    },
    meeting: "arcp-9",
    activity: "gcr-arcp-9",
    targetMeeting: "grf-2",
    stages: [
      { stage: "issued", date: "2023-05-01", datePrecision: "month" },
      {
        stage: "submitted",
        note: { ar: "رُفع إلى المنتدى العالمي الثاني للاجئين", en: "Submitted to the second Global Refugee Forum" },
      },
    ],
  },
  {
    key: "gcm-information-paper",
    type: "information_paper",
    title: {
      ar: "ورقة معلومات حول متابعة واستعراض الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية",
      en: "Information paper on the follow-up and review of the GCM",
    },
    activity: "gcm-exchange-and-documentation",
    // The source lists the preparation of information papers as a way of working, undated.
    stages: [{ stage: "drafted" }],
  },
  {
    key: "gcm-documentary-file",
    type: "documentary_file",
    title: {
      ar: "ملف وثائقي حول متابعة واستعراض الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية",
      en: "Documentary file on the follow-up and review of the GCM",
    },
    activity: "gcm-exchange-and-documentation",
    stages: [{ stage: "drafted" }],
  },
  {
    key: "gcr-information-paper-arcp-9",
    type: "information_paper",
    title: {
      ar: "ورقة معلومات حول متابعة واستعراض الاتفاق العالمي للاجئين",
      en: "Information paper on the follow-up and review of the GCR",
    },
    meeting: "arcp-9",
    activity: "gcr-arcp-9",
    stages: [{ stage: "drafted", date: "2023-05-01", datePrecision: "month" }],
  },
  {
    key: "gcr-documentary-file-arcp-9",
    type: "documentary_file",
    title: {
      ar: "ملف وثائقي حول متابعة واستعراض الاتفاق العالمي للاجئين",
      en: "Documentary file on the follow-up and review of the GCR",
    },
    meeting: "arcp-9",
    activity: "gcr-arcp-9",
    stages: [{ stage: "drafted", date: "2023-05-01", datePrecision: "month" }],
  },
  {
    key: "sdg-information-paper-arcp-9",
    type: "information_paper",
    title: {
      ar: "ورقة معلومات حول الأهداف ذات الصلة بالهجرة في خطة التنمية المستدامة 2030 ومستجداتها",
      en: "Information paper on the migration-related goals of the 2030 Agenda and their updates",
    },
    meeting: "arcp-9",
    activity: "sdg-information-documents",
    stages: [{ stage: "drafted", date: "2023-05-01", datePrecision: "month" }],
  },
  {
    key: "sdg-documentary-file-arcp-9",
    type: "documentary_file",
    title: {
      ar: "ملف وثائقي حول الأهداف ذات الصلة بالهجرة في خطة التنمية المستدامة 2030 ومستجداتها",
      en: "Documentary file on the migration-related goals of the 2030 Agenda and their updates",
    },
    meeting: "arcp-9",
    activity: "sdg-information-documents",
    stages: [{ stage: "drafted", date: "2023-05-01", datePrecision: "month" }],
  },
  {
    key: "grf2-key-messages",
    type: "key_messages",
    title: {
      ar: 'وثيقة "الرسائل الرئيسية" الصادرة عن الاجتماع التشاوري الإقليمي تحضيراً للمنتدى العالمي الثاني للاجئين',
      en: '"Key Messages" document of the regional consultative meeting in preparation for the second Global Refugee Forum',
    },
    meeting: "grf2-consultation-2023-10",
    activity: "gcr-grf2-regional-consultation",
    targetMeeting: "grf-2",
    stages: [
      {
        stage: "issued",
        date: "2023-10-01",
        datePrecision: "month",
        note: { ar: "صدرت عن الاجتماع التشاوري الإقليمي", en: "Issued by the regional consultative meeting" },
      },
      translatedToEnglish,
      {
        stage: "submitted",
        note: { ar: "رُفعت إلى المنتدى العالمي الثاني للاجئين", en: "Submitted to the second Global Refugee Forum" },
      },
      {
        stage: "circulated",
        note: {
          ar: "إرسالها إلى بعثة الجامعة العربية في جنيف وطلب تعميمها على المجموعة العربية والاسترشاد بها عند المشاركة في أعمال المنتدى",
          en: "Sent to the LAS mission in Geneva with a request to circulate it to the Arab Group and use it as guidance when taking part in the forum",
        },
        recipients: [
          {
            organization: "las-mission-geneva",
            note: {
              ar: "طلب تعميمها على المجموعة العربية والاسترشاد بها عند المشاركة في أعمال المنتدى",
              en: "Request to circulate it to the Arab Group and use it as guidance when taking part in the forum",
            },
          },
          {
            organization: "arab-group",
            note: {
              ar: "تعميمها عن طريق بعثة الجامعة العربية في جنيف للاسترشاد بها عند المشاركة في أعمال المنتدى",
              en: "Circulated through the LAS mission in Geneva, as guidance when taking part in the forum",
            },
          },
        ],
      },
    ],
  },
  {
    key: "wrd-2023-statement",
    type: "statement",
    title: {
      ar: "بيان بمناسبة اليوم العالمي للاجئين (20/6/2023)",
      en: "World Refugee Day statement (20 June 2023)",
    },
    activity: "wrd-2023",
    stages: [
      { stage: "issued", date: "2023-06-20", datePrecision: "day" },
      translatedToEnglish,
      {
        stage: "circulated",
        note: { ar: "توزيعه على وسائل الإعلام", en: "Distributed to the media" },
        recipients: [{ organization: "media" }],
      },
      {
        stage: "published",
        note: { ar: "نشره على وسائل التواصل الاجتماعي", en: "Published on social media" },
        recipients: [{ organization: "social-media" }],
      },
      {
        stage: "circulated",
        note: {
          ar: "تعميمه على الدول الأعضاء وبعثات الجامعة في الخارج والمنظمات الشريكة وغيرها من الجهات",
          en: "Circulated to member states, LAS missions abroad, partner organisations and others",
        },
        recipients: [
          { organization: "member-states" },
          { organization: "las-missions-abroad" },
          { organization: "partner-organisations" },
          { organization: "other-bodies" },
        ],
      },
    ],
  },
  {
    key: "wrd-2024-statement",
    type: "statement",
    title: {
      ar: "بيان بمناسبة اليوم العالمي للاجئين (20/6/2024)",
      en: "World Refugee Day statement (20 June 2024)",
    },
    meeting: "arcp-10",
    activity: "wrd-2024",
    stages: [
      {
        stage: "adopted",
        completed: false,
        date: "2024-05-01",
        datePrecision: "month",
        note: {
          ar: "من المقرر اعتماده خلال الاجتماع العاشر لعملية التشاور",
          en: "Scheduled for adoption at the 10th ARCP meeting",
        },
      },
      {
        stage: "issued",
        completed: false,
        date: "2024-06-20",
        datePrecision: "day",
        note: { ar: "يصدر بمناسبة اليوم العالمي للاجئين", en: "To be issued for World Refugee Day" },
      },
    ],
  },
  {
    key: "gfmd-14-paper",
    type: "contribution_paper",
    title: {
      ar: "ورقة بشأن محاور الدورة الـ14 للمنتدى العالمي للهجرة والتنمية",
      en: "Paper on the themes of the 14th session of the GFMD",
    },
    description: {
      ar: "مساهمة من عملية التشاور العربية الإقليمية حول الهجرة واللجوء.",
      en: "The ARCP's contribution to the 14th GFMD.",
    },
    meeting: "arcp-9",
    activity: "gfmd-14-paper-preparation",
    targetMeeting: "gfmd-14",
    stages: [
      {
        stage: "issued",
        date: "2023-05-01",
        datePrecision: "month",
        note: { ar: "صدرت خلال الاجتماع التاسع لعملية التشاور", en: "Issued during the 9th ARCP meeting" },
      },
      translatedToEnglish,
      {
        stage: "submitted",
        note: {
          ar: "رفعها إلى رئاسة المنتدى كمساهمة من عملية التشاور",
          en: "Submitted to the GFMD Chair as the ARCP's contribution",
        },
        recipients: [
          {
            organization: "gfmd-chair",
            note: { ar: "كمساهمة من عملية التشاور", en: "As the ARCP's contribution" },
          },
        ],
      },
    ],
  },
];

export const demoData = {
  organizations,
  plans,
  meetings,
  pillars,
  activities,
  deliverables,
} as const;

export type DemoData = typeof demoData;
