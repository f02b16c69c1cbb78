import { AppError, emptyFieldErrors, type FieldErrors } from "@/lib/errors";

// Database refusals that are the caller's doing, as the one error shape, for whoever turns a
// thrown value into an answer (lib/api/respond.ts, the server actions). The writes check keys and
// references first; these are the races between such a check and the write (20 parallel creates
// with one `key`) and the values only PostgreSQL knows it cannot take. Anything else stays a 500.
// Recognised by name and code rather than `instanceof`, so that proxy.ts, which answers errors
// too, does not bundle the Prisma client.

interface KnownRequestError {
  name: "PrismaClientKnownRequestError";
  code: string;
  meta?: Record<string, unknown>;
}

function isKnownRequestError(error: unknown): error is KnownRequestError {
  return (
    error instanceof Error &&
    error.name === "PrismaClientKnownRequestError" &&
    typeof (error as { code?: unknown }).code === "string"
  );
}

/** The constrained columns of a unique or foreign-key violation, as far as Prisma says. */
function columnsOf(error: KnownRequestError): string[] {
  const meta = (error.meta ?? {}) as {
    target?: unknown;
    field_name?: unknown;
    driverAdapterError?: { cause?: { constraint?: { fields?: unknown } } };
  };
  const fields = meta.driverAdapterError?.cause?.constraint?.fields ?? meta.target ?? meta.field_name;
  if (Array.isArray(fields)) return fields.filter((f): f is string => typeof f === "string");
  return typeof fields === "string" ? [fields] : [];
}

function fieldErrors(columns: string[], fallback: string, key: string): FieldErrors {
  const fields = emptyFieldErrors();
  // A column name is not always an input field (`memberStateId` is, `id` is not): the record-wide
  // path `_` is said at the top of a form.
  const named = columns.filter((c) => c !== "id");
  for (const column of named.length > 0 ? named : [fallback]) fields[column] = [key];
  return fields;
}

/** `thrown` as an AppError when the database refused the caller's input; otherwise `thrown` itself. */
export function fromDatabaseError(thrown: unknown): unknown {
  if (thrown instanceof AppError) return thrown;
  if (isKnownRequestError(thrown)) {
    switch (thrown.code) {
      case "P2002": // unique constraint: someone took the key or email meanwhile
        return new AppError("validation", { fields: fieldErrors(columnsOf(thrown), "key", "taken"), cause: thrown });
      case "P2003": // foreign key: the referenced record was deleted meanwhile
        return new AppError("validation", {
          fields: fieldErrors(columnsOf(thrown), "_", "unknown_reference"),
          cause: thrown,
        });
      case "P2025": // the record was deleted meanwhile
        return new AppError("not_found", { cause: thrown });
      case "P2034": // a write conflict or deadlock between concurrent transactions
        return new AppError("conflict", { cause: thrown });
      case "P2000": // a value longer than its column
        return new AppError("validation", { fields: fieldErrors(columnsOf(thrown), "_", "too_big"), cause: thrown });
    }
  }
  return thrown;
}
