import { ForbiddenView } from "@/components/layout/not-found-view";

// Shown (with a 403) for forbidden() under a locale: a signed-in reader opening an editing page
// their role may not use.
export default function LocaleForbidden() {
  return <ForbiddenView />;
}
