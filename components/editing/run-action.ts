import "server-only";
import { getTranslations } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { formValues } from "@/components/ui/form/form-values";
import { getViewer, type Viewer } from "@/lib/auth/viewer";
import { AppError } from "@/lib/errors";
import { defaultLocale, isLocale, type Locale } from "@/lib/i18n/locales";
import { redirect } from "@/lib/i18n/navigation";
import type { EditState, ErrorShape } from "./edit-state";

// The body every editing server action shares, so each action stays three lines: who asks →
// the shared zod schema → the mutation (which checks the permission and the version again and
// writes the audit event) → the record's page. Whatever goes wrong comes back as the one error
// shape with the submitted values; nothing raw is thrown to the browser.

export function localeOf(formData: FormData): Locale {
  const value = formData.get("locale");
  return isLocale(value) ? value : defaultLocale;
}

/** The error shape for anything thrown, its message in `locale`. Unexpected errors are logged, not shown. */
export async function errorShape(thrown: unknown, locale: Locale): Promise<ErrorShape> {
  const error = thrown instanceof AppError ? thrown : new AppError("internal", { cause: thrown });
  if (error.code === "internal") console.error("Editing action failed", thrown);
  const t = await getTranslations({ locale, namespace: "errors" });
  const shape: ErrorShape = { code: error.code, message: t(error.code) };
  if (error.fields) shape.fields = error.fields;
  if (error.conflict) shape.conflict = error.conflict;
  return shape;
}

/**
 * Runs `work` as the signed-in viewer. On success revalidates and redirects to the path `work`
 * returns (without locale), or stays on the page when it returns null; on failure answers the
 * error shape and the submitted values.
 */
export async function runEdit(
  previous: EditState,
  formData: FormData,
  work: (viewer: Viewer, formData: FormData, locale: Locale) => Promise<string | null>,
): Promise<EditState> {
  const locale = localeOf(formData);
  let target: string | null;
  try {
    target = await work(await getViewer(), formData, locale);
  } catch (error) {
    return { seq: previous.seq + 1, error: await errorShape(error, locale), values: formValues(formData) };
  }
  revalidatePath(`/${locale}`, "layout");
  if (target === null) return { seq: previous.seq + 1 };
  return redirect({ href: target, locale });
}
