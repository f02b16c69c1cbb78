import { isAPIError } from "better-auth/api";

// better-auth reports failures as APIErrors with a status and a code; lib/users turns them into
// the few outcomes the UI words (messages: auth.errors.*). Anything else is a bug and is rethrown.

export interface AuthFailure {
  status: number;
  code: string;
  retryAfter?: number;
}

export function authFailure(error: unknown): AuthFailure | null {
  if (!isAPIError(error)) return null;
  const body = error.body as { code?: unknown; retryAfter?: unknown } | undefined;
  return {
    status: error.statusCode,
    code: typeof body?.code === "string" ? body.code : String(error.status),
    retryAfter: typeof body?.retryAfter === "number" ? body.retryAfter : undefined,
  };
}
