import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { env } from "@/lib/env";

// Outgoing email, only when configured: SMTP_URL (smtp://user:pass@host:587, smtps://... for
// implicit TLS) and MAIL_FROM ("Mutabaa <mutabaa@example.org>"). Without them Mutabaa sends
// nothing and an administrator copies links by hand, which is how an offline deployment works.

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

let transporter: Transporter | undefined;

export function isMailConfigured(): boolean {
  const { SMTP_URL, MAIL_FROM } = env();
  return Boolean(SMTP_URL && MAIL_FROM);
}

/** Sends `mail`; throws when the server refuses it. Call only when `isMailConfigured()`. */
export async function sendMail(mail: Mail): Promise<void> {
  const { SMTP_URL: url, MAIL_FROM: from } = env();
  if (!url || !from) throw new Error("Email is not configured: set SMTP_URL and MAIL_FROM.");
  transporter ??= nodemailer.createTransport(url);
  await transporter.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.text });
}
