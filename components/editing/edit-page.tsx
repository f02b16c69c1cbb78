import type { ReactNode } from "react";
import { Breadcrumbs, type Crumb } from "@/components/layout/breadcrumbs";
import { PageContainer, PageTitle } from "@/components/ui/layout";
import { FORM_NAMESPACES, ScopedMessages } from "./scoped-messages";

type Namespace = Parameters<typeof ScopedMessages>[0]["namespaces"][number];

/** The frame of a create/edit page: breadcrumbs, title, intro, and the form with its messages. */
export function EditPage({
  crumbs,
  title,
  intro,
  namespaces = [],
  children,
  after,
}: {
  crumbs: Crumb[];
  title: ReactNode;
  intro?: ReactNode;
  /** Message namespaces the form needs beyond the common ones (enum labels). */
  namespaces?: readonly Namespace[];
  children: ReactNode;
  /** Below the form (the delete section). */
  after?: ReactNode;
}) {
  return (
    <PageContainer>
      <Breadcrumbs items={crumbs} />
      <PageTitle>{title}</PageTitle>
      {intro && <p className="-mt-3 mb-6 max-w-prose text-slate-700">{intro}</p>}
      <ScopedMessages namespaces={[...FORM_NAMESPACES, ...namespaces]}>
        <div className="max-w-4xl">
          {children}
          {after}
        </div>
      </ScopedMessages>
    </PageContainer>
  );
}
