import "server-only";
import { Prisma } from "@/lib/db/generated/client";
import type { Locale } from "@/lib/i18n/locales";
import { ARABIC_FOLD_FROM, ARABIC_FOLD_TO, likePattern } from "./query";

// SQL fragments shared by the list queries of lib/<feature>/data.ts (which run them). Prisma
// cannot filter or sort on a key inside a JSON column case-insensitively, so these few conditions
// are written in SQL; everything else stays in Prisma's `where`.

/** The `title` JSON column (of the table aliased `t`) matching a search in Arabic or English. */
export function titleMatches(q: string): Prisma.Sql {
  const pattern = likePattern(q);
  const folded = (key: "ar" | "en") =>
    Prisma.sql`translate(t.title->>${key}, ${ARABIC_FOLD_FROM}, ${ARABIC_FOLD_TO}) ILIKE ${pattern}`;
  return Prisma.sql`(${folded("ar")} OR ${folded("en")})`;
}

/** The title in the reader's language, falling back to the Arabic original, for sorting. */
export function titleSortKey(locale: Locale): Prisma.Sql {
  return Prisma.sql`lower(coalesce(nullif(t.title->>${locale}, ''), t.title->>'ar'))`;
}
