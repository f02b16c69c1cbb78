import "server-only";
import { getTranslations } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { formValues } from "@/lib/forms/form-values";
import { getViewer, type Viewer } from "@/lib/auth/viewer";
import { toAppError } from "@/lib/faults";
import { AppError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/locales";
import { localeOf } from "@/lib/forms/locale";
import { redirect } from "@/lib/i18n/navigation";
import type { ErrorShape } from "@/lib/errors";
import type { EditState } from "@/lib/forms/edit-state";

// The body every editing server action shares, so each action stays three lines: who asks →
// the shared zod schema → the mutation (which checks the permission and the version again and
// writes the audit event) → the record's page. Whatever goes wrong comes back as the one error
// shape with the submitted values; nothing raw is thrown to the browser.

/** The error shape for anything thrown, its message in `locale`. Unexpected errors are logged, not shown. */
export async function errorShape(thrown: unknown, locale: Locale): Promise<ErrorShape> {
  const error = toAppError(thrown);
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

/**
 * The order a move button asks for: the page's whole order (ids with versions) with the item
 * swapped with its neighbour in `direction`. Refused as a bad request when the form was tampered.
 */
export function movedOrder(formData: FormData): { parentId: string; order: { id: string; version: number }[] } {
  let order: unknown;
  try {
    order = JSON.parse(String(formData.get("order")));
  } catch (cause) {
    throw new AppError("bad_request", { cause });
  }
  if (!Array.isArray(order)) throw new AppError("bad_request");
  const items = order as { id: string; version: number }[];
  const index = items.findIndex((item) => item?.id === formData.get("itemId"));
  const target = index + (formData.get("direction") === "up" ? -1 : 1);
  if (index < 0 || target < 0 || target >= items.length) throw new AppError("bad_request");
  [items[index], items[target]] = [items[target]!, items[index]!];
  return { parentId: String(formData.get("parentId")), order: items };
}
