import type { Framework } from "@/lib/db/generated/enums";
import type { LocalizedText } from "@/lib/i18n/localized-text";

// The global frameworks an ARCP plan reports against, as reference data: loaded into
// FrameworkTarget wherever the member states are (the demo load and the test harness), never
// typed in by users. Titles are the official short titles:
// - GCM: the 23 objectives of the Global Compact for Safe, Orderly and Regular Migration
//   (A/RES/73/195, paragraph 16, English and Arabic texts);
// - GCR: the 4 objectives of the Global Compact on Refugees (A/73/12 (Part II), paragraph 7);
// - SDG: the migration-related targets of the 2030 Agenda (A/RES/70/1), shortened as the UN
//   indicator framework shortens them.
// Ids are stable ("gcm-1", "gcr-2", "sdg-10.7"): tags, backups and links refer to them.

export interface FrameworkTargetSeed {
  id: string;
  framework: Framework;
  code: string;
  position: number;
  title: Required<Pick<LocalizedText, "ar" | "en">>;
}

export const FRAMEWORKS = ["gcm", "gcr", "sdg"] as const satisfies readonly Framework[];

const GCM_OBJECTIVES: [en: string, ar: string][] = [
  [
    "Collect and utilize accurate and disaggregated data as a basis for evidence-based policies",
    "جمع بيانات دقيقة ومصنفة واستخدامها كأساس لوضع سياسات قائمة على الأدلة",
  ],
  [
    "Minimize the adverse drivers and structural factors that compel people to leave their country of origin",
    "التقليل إلى أدنى حد من العوامل الضارة والعوامل الهيكلية التي تجبر الناس على مغادرة بلدهم الأصلي",
  ],
  [
    "Provide accurate and timely information at all stages of migration",
    "توفير معلومات دقيقة وفي الوقت المناسب في جميع مراحل الهجرة",
  ],
  [
    "Ensure that all migrants have proof of legal identity and adequate documentation",
    "ضمان حصول جميع المهاجرين على ما يثبت هويتهم القانونية وعلى الوثائق الكافية",
  ],
  [
    "Enhance availability and flexibility of pathways for regular migration",
    "تعزيز توافر مسارات الهجرة النظامية ومرونتها",
  ],
  [
    "Facilitate fair and ethical recruitment and safeguard conditions that ensure decent work",
    "تيسير التوظيف المنصف والأخلاقي وضمان الظروف التي تكفل العمل اللائق",
  ],
  ["Address and reduce vulnerabilities in migration", "معالجة أوجه الضعف في سياق الهجرة والحد منها"],
  [
    "Save lives and establish coordinated international efforts on missing migrants",
    "إنقاذ الأرواح وتنسيق الجهود الدولية بشأن المهاجرين المفقودين",
  ],
  ["Strengthen the transnational response to smuggling of migrants", "تعزيز التصدي عبر الوطني لتهريب المهاجرين"],
  [
    "Prevent, combat and eradicate trafficking in persons in the context of international migration",
    "منع الاتجار بالأشخاص ومكافحته والقضاء عليه في سياق الهجرة الدولية",
  ],
  ["Manage borders in an integrated, secure and coordinated manner", "إدارة الحدود بطريقة متكاملة وآمنة ومنسقة"],
  [
    "Strengthen certainty and predictability in migration procedures for appropriate screening, assessment and referral",
    "تعزيز اليقين والقدرة على التنبؤ في إجراءات الهجرة من أجل الفرز والتقييم والإحالة على النحو المناسب",
  ],
  [
    "Use migration detention only as a measure of last resort and work towards alternatives",
    "عدم اللجوء إلى احتجاز المهاجرين إلا كملاذ أخير والعمل على إيجاد بدائل له",
  ],
  [
    "Enhance consular protection, assistance and cooperation throughout the migration cycle",
    "تعزيز الحماية والمساعدة والتعاون في المجال القنصلي طوال دورة الهجرة",
  ],
  ["Provide access to basic services for migrants", "تيسير حصول المهاجرين على الخدمات الأساسية"],
  [
    "Empower migrants and societies to realize full inclusion and social cohesion",
    "تمكين المهاجرين والمجتمعات من تحقيق الإدماج الكامل والتماسك الاجتماعي",
  ],
  [
    "Eliminate all forms of discrimination and promote evidence-based public discourse to shape perceptions of migration",
    "القضاء على جميع أشكال التمييز وتشجيع الخطاب العام المستند إلى الأدلة من أجل تشكيل التصورات عن الهجرة",
  ],
  [
    "Invest in skills development and facilitate mutual recognition of skills, qualifications and competences",
    "الاستثمار في تنمية المهارات وتيسير الاعتراف المتبادل بالمهارات والمؤهلات والكفاءات",
  ],
  [
    "Create conditions for migrants and diasporas to fully contribute to sustainable development in all countries",
    "تهيئة الظروف اللازمة لتمكين المهاجرين والمغتربين من الإسهام الكامل في التنمية المستدامة في جميع البلدان",
  ],
  [
    "Promote faster, safer and cheaper transfer of remittances and foster financial inclusion of migrants",
    "تشجيع تحويل المهاجرين للأموال بطرق أسرع وأسلم وأرخص وتيسير الشمول المالي للمهاجرين",
  ],
  [
    "Cooperate in facilitating safe and dignified return and readmission, as well as sustainable reintegration",
    "التعاون في تيسير العودة وإعادة القبول بصورة آمنة وكريمة، فضلاً عن إعادة الإدماج المستدامة",
  ],
  [
    "Establish mechanisms for the portability of social security entitlements and earned benefits",
    "إنشاء آليات لنقل استحقاقات الضمان الاجتماعي والاستحقاقات المكتسبة",
  ],
  [
    "Strengthen international cooperation and global partnerships for safe, orderly and regular migration",
    "تعزيز التعاون الدولي والشراكات العالمية من أجل الهجرة الآمنة والمنظمة والنظامية",
  ],
];

const GCR_OBJECTIVES: [en: string, ar: string][] = [
  ["Ease pressures on host countries", "تخفيف الضغوط على البلدان المضيفة"],
  ["Enhance refugee self-reliance", "تعزيز اعتماد اللاجئين على الذات"],
  ["Expand access to third-country solutions", "توسيع نطاق الاستفادة من الحلول المتاحة في بلدان ثالثة"],
  [
    "Support conditions in countries of origin for return in safety and dignity",
    "دعم الظروف في بلدان المنشأ من أجل العودة في أمان وكرامة",
  ],
];

const SDG_TARGETS: [code: string, en: string, ar: string][] = [
  [
    "5.2",
    "Eliminate all forms of violence against women and girls, including trafficking",
    "القضاء على جميع أشكال العنف ضد جميع النساء والفتيات، بما في ذلك الاتجار بالبشر",
  ],
  [
    "8.7",
    "End forced labour, modern slavery, human trafficking and child labour",
    "القضاء على السخرة وإنهاء الرق المعاصر والاتجار بالبشر وعمل الأطفال",
  ],
  [
    "8.8",
    "Protect labour rights and safe working environments for all workers, including migrant workers",
    "حماية حقوق العمل وتعزيز بيئات عمل سالمة وآمنة لجميع العمال، بمن فيهم العمال المهاجرون",
  ],
  [
    "10.7",
    "Facilitate orderly, safe, regular and responsible migration through well-managed migration policies",
    "تيسير الهجرة على نحو منظم وآمن ومنتظم ومتسم بالمسؤولية، بما في ذلك من خلال سياسات هجرة حسنة الإدارة",
  ],
  [
    "10.c",
    "Reduce the transaction costs of migrant remittances to less than 3 per cent",
    "خفض تكاليف معاملات تحويلات المهاجرين إلى أقل من 3 في المائة",
  ],
  [
    "16.2",
    "End abuse, exploitation, trafficking and all forms of violence against children",
    "إنهاء إساءة معاملة الأطفال واستغلالهم والاتجار بهم وسائر أشكال العنف ضدهم",
  ],
  [
    "16.9",
    "Provide legal identity for all, including birth registration",
    "توفير هوية قانونية للجميع، بما في ذلك تسجيل المواليد",
  ],
  [
    "17.18",
    "Increase the availability of reliable data disaggregated by migratory status and other characteristics",
    "زيادة توافر بيانات موثوقة مفصلة بحسب الوضع من حيث الهجرة وغيره من الخصائص",
  ],
];

export const FRAMEWORK_TARGETS: readonly FrameworkTargetSeed[] = [
  ...GCM_OBJECTIVES.map(([en, ar], i) => ({
    id: `gcm-${i + 1}`,
    framework: "gcm" as const,
    code: String(i + 1),
    position: i + 1,
    title: { ar, en },
  })),
  ...GCR_OBJECTIVES.map(([en, ar], i) => ({
    id: `gcr-${i + 1}`,
    framework: "gcr" as const,
    code: String(i + 1),
    position: i + 1,
    title: { ar, en },
  })),
  ...SDG_TARGETS.map(([code, en, ar], i) => ({
    id: `sdg-${code}`,
    framework: "sdg" as const,
    code,
    position: i + 1,
    title: { ar, en },
  })),
];

/** Every target id, for validating tags without a database round trip. */
export const FRAMEWORK_TARGET_IDS: readonly string[] = FRAMEWORK_TARGETS.map((t) => t.id);
