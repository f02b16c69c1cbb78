"use client";

import { Link, usePathname } from "@/lib/i18n/navigation";

// A client component only to know the current path, so that signing in returns to it.
const NO_RETURN = ["/sign-in", "/invitation", "/reset-password"];

export function SignInLink({ label, className }: { label: string; className?: string }) {
  const pathname = usePathname();
  const returnable = pathname !== "/" && !NO_RETURN.some((p) => pathname === p || pathname.startsWith(`${p}/`));
  return (
    <Link
      href={returnable ? { pathname: "/sign-in", query: { next: pathname } } : "/sign-in"}
      className={className}
      data-testid="sign-in-link"
    >
      {label}
    </Link>
  );
}
