import { notFound } from "next/navigation";

// Any other path under a locale gets the localized not-found page rather than Next's default.
export default function CatchAll() {
  notFound();
}
