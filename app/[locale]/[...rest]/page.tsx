import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireLocale } from "@/lib/i18n/routing";
import { notFoundMetadata } from "../not-found-metadata";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return notFoundMetadata(requireLocale((await params).locale));
}

// Any other path under a locale gets the localized not-found page rather than Next's default.
export default function CatchAll() {
  notFound();
}
