import type { ErrorShape } from "@/lib/errors";

// The browser's one way to call /api/v1: same origin with the session cookie, never cached,
// answered `{ data }` or the one error shape. Every failure is an ApiFailure, so a component
// tells a refusal (its code and message, in the page's language) from an unreachable server.

/** A refused or failed request: the API's error shape, or none when the server was not reached. */
export class ApiFailure extends Error {
  constructor(
    readonly error: ErrorShape | null,
    readonly httpStatus: number,
  ) {
    super(error?.code ?? "network");
  }
}

export interface ApiRequest {
  method: "GET" | "POST" | "PATCH" | "PUT" | "DELETE";
  /** A JSON value (sent as application/json) or a FormData (sent as multipart). */
  body?: unknown;
  /** The page's language: error messages come back in it. */
  locale: string;
}

/** `data` of a successful answer; throws ApiFailure otherwise. */
export async function apiRequest<T>(url: string, { method, body, locale }: ApiRequest): Promise<T> {
  const multipart = body instanceof FormData;
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      credentials: "same-origin",
      headers: {
        accept: "application/json",
        "accept-language": locale,
        ...(body !== undefined && !multipart ? { "content-type": "application/json" } : {}),
      },
      ...(body !== undefined ? { body: multipart ? body : JSON.stringify(body) } : {}),
      cache: "no-store",
    });
  } catch {
    throw new ApiFailure(null, 0);
  }
  const answer = (await response.json().catch(() => null)) as { data?: T; error?: ErrorShape } | null;
  if (!response.ok || answer?.data == null) throw new ApiFailure(answer?.error ?? null, response.status);
  return answer.data;
}
