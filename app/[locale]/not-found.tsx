import { NotFoundView } from "@/components/layout/not-found-view";

// Shown for notFound() under a locale (unknown ids, unreadable records) inside the localized layout.
export default function LocaleNotFound() {
  return <NotFoundView />;
}
