import { getAuth } from "@/lib/auth/auth";

// better-auth's HTTP endpoints (/api/auth/sign-in/email, /sign-out, /get-session, two-factor...),
// for API clients and better-auth's browser client. Mutabaa's own forms use server actions that
// call the same functions (lib/users/sign-in.ts). Unused endpoints are closed in lib/auth/auth.ts.

export const dynamic = "force-dynamic";

const handle = (request: Request) => getAuth().handler(request);

export { handle as GET, handle as POST };
