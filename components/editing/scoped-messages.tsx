import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";

// The layout ships no message catalogue to the browser (client components usually get their
// strings as props). Editing forms have too many labels for that, so they get exactly the
// namespaces they use, around them only (docs/decisions/008-editing-ui.md).

type Messages = Awaited<ReturnType<typeof getMessages>>;
type Namespace = keyof Messages & string;

/** Namespaces every editing form uses. */
export const FORM_NAMESPACES = [
  "editing",
  "fieldNames",
  "validation",
  "errors",
  "datePrecision",
] as const satisfies readonly Namespace[];

export async function ScopedMessages({
  namespaces,
  children,
}: {
  namespaces: readonly Namespace[];
  children: ReactNode;
}) {
  const all = await getMessages();
  const picked: Partial<Messages> = {};
  for (const namespace of namespaces) Object.assign(picked, { [namespace]: all[namespace] });
  return <NextIntlClientProvider messages={picked}>{children}</NextIntlClientProvider>;
}
