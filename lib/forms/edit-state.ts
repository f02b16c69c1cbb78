import type { ErrorShape } from "@/lib/errors";
import type { FormValues } from "./form-values";

// What an editing server action answers when it does not redirect: the one error shape of the
// API (`code`, localized `message`, `fields` as validation keys, `conflict`), with what the user
// submitted so the form shows it again. Success redirects to the record, so it has no state.

export interface EditState {
  /** Counts the answers, so the form can tell a new refusal from the previous one. */
  seq: number;
  error?: ErrorShape;
  /** The submitted values (absent before the first submission). */
  values?: FormValues;
}

export const INITIAL_EDIT_STATE: EditState = { seq: 0 };

export type EditAction = (state: EditState, formData: FormData) => Promise<EditState>;
