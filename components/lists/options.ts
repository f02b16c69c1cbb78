import type { Option, OptionGroup } from "@/components/ui/form/fields";
import type { FrameworkTargetDto } from "@/lib/frameworks/dto";
import type { Locale } from "@/lib/i18n/locales";
import { pickText, type LocalizedText } from "@/lib/i18n/localized-text";

// Choices of the filter selects, built from the records the page loaded. Select options are plain
// strings, so database text is picked in the page's language here.

export function recordOptions(records: { id: string; title: LocalizedText }[], locale: Locale): Option[] {
  return records.map((record) => ({ value: record.id, label: pickText(record.title, locale).text }));
}

/** Children grouped under their parents (pillars under their plan), parents in the order given. */
export function groupedOptions<
  P extends { id: string; title: LocalizedText },
  C extends { id: string; title: LocalizedText },
>(parents: P[], children: C[], parentOf: (child: C) => string, locale: Locale): OptionGroup[] {
  return parents
    .map((parent) => ({
      label: pickText(parent.title, locale).text,
      options: recordOptions(
        children.filter((child) => parentOf(child) === parent.id),
        locale,
      ),
    }))
    .filter((group) => group.options.length > 0);
}

/** Framework targets under their framework ("GCM, Objective 2: …"). */
export function frameworkOptions(
  targets: FrameworkTargetDto[],
  locale: Locale,
  label: {
    framework: (framework: FrameworkTargetDto["framework"]) => string;
    target: (target: FrameworkTargetDto) => string;
  },
): OptionGroup[] {
  const frameworks = [...new Set(targets.map((target) => target.framework))];
  return frameworks.map((framework) => ({
    label: label.framework(framework),
    options: targets
      .filter((target) => target.framework === framework)
      .map((target) => ({
        value: target.id,
        label: `${label.target(target)}: ${pickText(target.title, locale).text}`,
      })),
  }));
}

/** An enum's values with their labels. */
export function enumOptions<V extends string>(values: readonly V[], label: (value: V) => string): Option[] {
  return values.map((value) => ({ value, label: label(value) }));
}
