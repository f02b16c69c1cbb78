import { z } from "zod";
import { parseTrustedProxies } from "@/lib/http/forwarded-for";

// The one place that reads the server's environment. Every variable Mutabaa understands is
// declared here with its type and default (README "Configuration" documents the same list), parsed
// with zod on first use and then kept: a typo or a bad value stops the server with a message that
// names the variable, instead of surfacing as a failure somewhere later.
//
// Read lazily rather than at import so that scripts and tests may set variables (DATABASE_URL of a
// per-test database) before anything asks for them.

/** Unset and empty both mean "not configured" (shells and compose files often export empty values). */
const optional = <S extends z.ZodType>(schema: S) =>
  z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? undefined : value), schema.optional());

const HttpOrigin = z
  .url({ protocol: /^https?$/ })
  .transform((url) => new URL(url).origin)
  .describe("an http(s) address such as https://mutabaa.example.org");

export const EnvSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: optional(z.string()),
  MUTABAA_AUTH_SECRET: optional(z.string().min(32, "must be at least 32 characters long")),
  MUTABAA_BASE_URL: optional(HttpOrigin),
  SMTP_URL: optional(z.url({ protocol: /^smtps?$/ })),
  MAIL_FROM: optional(z.string().min(3)),
  // Comma list of proxy addresses or CIDR ranges whose X-Forwarded-For entries are believed
  // (lib/http/client-address.ts). Parsed here, so a bad entry stops the server by name.
  MUTABAA_TRUSTED_PROXIES: z.preprocess(
    (value) => (typeof value === "string" ? value : undefined),
    z
      .string()
      .max(4000)
      .optional()
      .transform((list, ctx) => {
        try {
          return parseTrustedProxies(list);
        } catch (error) {
          ctx.addIssue({ code: "custom", message: (error as Error).message });
          return z.NEVER;
        }
      }),
  ),
  MUTABAA_LOG_LEVEL: optional(z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"])),
});

export type Env = z.output<typeof EnvSchema>;

let cached: Env | undefined;

/** The parsed environment; throws once, naming every bad variable, when something is off. */
export function env(): Env {
  if (cached) return cached;
  const result = EnvSchema.safeParse(process.env);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment:\n  ${problems.join("\n  ")}`);
  }
  cached = result.data;
  return cached;
}
