import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { buttonBase, buttonTones } from "@/components/ui/form/button-styles";
import { Link } from "@/lib/i18n/navigation";

// The secretariat's editing links on a record's page. Rendered only for roles that may edit
// (permissions table); the server actions and the API check again.

export function EditToolbar({ children }: { children: ReactNode }) {
  const t = useTranslations("editing");
  return (
    <nav aria-label={t("toolbarLabel")} className="mb-6 flex flex-wrap items-center gap-2" data-testid="edit-toolbar">
      {children}
    </nav>
  );
}

export function EditLink({
  href,
  children,
  tone = "secondary",
  icon = "pencil",
  label,
  testId,
  size = "md",
}: {
  href: string;
  children: ReactNode;
  tone?: "primary" | "secondary" | "ghost";
  icon?: "pencil" | "plus";
  /** A fuller accessible name when the visible text is short ("Edit" → "Edit the pillar X"). */
  label?: string;
  testId?: string;
  size?: "sm" | "md";
}) {
  const sizing = size === "sm" ? "px-2.5 py-1 text-xs" : "px-3 py-1.5";
  return (
    <Link
      href={href}
      aria-label={label}
      className={`${buttonBase} ${buttonTones[tone]} ${sizing}`}
      data-testid={testId}
    >
      {icon === "plus" ? <PlusIcon /> : <PencilIcon />}
      {children}
    </Link>
  );
}

function PencilIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 16 16" className="size-3.5 shrink-0 rtl:-scale-x-100">
      <path
        d="M11.2 2.3a1.5 1.5 0 0 1 2.1 2.1L5.6 12.1 2.5 13l.9-3.1 7.8-7.6Z"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.5"
        strokeLinejoin="round"
      />
    </svg>
  );
}

function PlusIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 16 16" className="size-3.5 shrink-0">
      <path d="M8 3v10M3 8h10" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
    </svg>
  );
}
