// Helpers for turning Prisma rows into plain, serialisable DTOs.

/** A @db.Date column as `YYYY-MM-DD` (the value is midnight UTC). */
export function isoDate(value: Date): string;
export function isoDate(value: Date | null): string | null;
export function isoDate(value: Date | null): string | null {
  return value ? value.toISOString().slice(0, 10) : null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids come from URLs; anything that is not a UUID cannot name a record (and would make Postgres throw). */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}
