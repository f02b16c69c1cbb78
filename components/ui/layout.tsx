import type { ReactNode } from "react";

/** The page column: one width everywhere, with phone-friendly gutters. */
export function PageContainer({ children }: { children: ReactNode }) {
  return <div className="mx-auto w-full max-w-6xl px-4 py-6 sm:px-6 sm:py-8">{children}</div>;
}

export function PageTitle({ children, eyebrow }: { children: ReactNode; eyebrow?: ReactNode }) {
  return (
    <div className="mb-6">
      {eyebrow && <div className="mb-2 flex flex-wrap items-center gap-2 text-sm text-slate-600">{eyebrow}</div>}
      <h1 className="text-2xl font-bold text-brand-900 sm:text-3xl">{children}</h1>
    </div>
  );
}

export function Section({
  id,
  title,
  children,
  description,
}: {
  id: string;
  title: ReactNode;
  children: ReactNode;
  description?: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="mt-10">
      <h2 id={id} className="border-b border-slate-200 pb-2 text-xl font-semibold text-brand-900">
        {title}
      </h2>
      {description && <p className="mt-2 text-sm text-slate-600">{description}</p>}
      <div className="mt-4">{children}</div>
    </section>
  );
}

/** Label/value pairs; stacks on phones. */
export function Fields({ children }: { children: ReactNode }) {
  return (
    <dl className="grid grid-cols-1 gap-x-6 gap-y-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-[max-content_1fr]">
      {children}
    </dl>
  );
}

export function Field({ label, children }: { label: ReactNode; children: ReactNode }) {
  return (
    <>
      <dt className="text-sm font-medium text-slate-600">{label}</dt>
      <dd className="text-slate-900">{children}</dd>
    </>
  );
}

export function Card({ children, className = "" }: { children: ReactNode; className?: string }) {
  return <div className={`rounded-lg border border-slate-200 bg-white p-4 shadow-sm ${className}`}>{children}</div>;
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="text-sm text-slate-600">{children}</p>;
}
