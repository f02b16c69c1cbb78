import { authAnswer, boundedRequest } from "@/lib/api/auth-answer";
import { requestLocale } from "@/lib/api/locale";
import { errorResponse } from "@/lib/api/respond";
import { getAuth } from "@/lib/auth/auth";

// better-auth's HTTP endpoints (/api/auth/sign-in/email, /sign-out, /get-session, two-factor...),
// for API clients and better-auth's browser client. Mutabaa's own forms use server actions that
// call the same functions (lib/users/sign-in.ts). Unused endpoints are closed in lib/auth/auth.ts.
// Bodies are read with a budget and failures answered in the one error shape, localized.

export const dynamic = "force-dynamic";

const handle = async (request: Request) => {
  const locale = requestLocale(request);
  try {
    return await authAnswer(await getAuth().handler(await boundedRequest(request)), locale);
  } catch (error) {
    return errorResponse(error, locale);
  }
};

export { handle as GET, handle as POST };
