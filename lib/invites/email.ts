// Emailing an invite link, when SMTP_URL is configured (nodemailer: a
// maintained SMTP client; SMTP_URL is its connection URL, e.g.
// smtps://user:pass@smtp.example.com:465). Without it nothing is sent and
// nothing fails: the manager copies the link from the page. A failed send
// never undoes the invite; the caller reports it next to the link.
import nodemailer from "nodemailer";
import type { Transporter } from "nodemailer";

export interface InviteEmail {
  to: string;
  url: string;
  workspaceName: string;
  role: string;
  expiresAt: Date;
}

export type EmailOutcome = { sent: true } | { sent: false; reason: string };

/** Whether a transport can be made: no SMTP_URL, no transport (exported for tests). */
export function smtpTransport(env: Record<string, string | undefined> = process.env): Transporter | null {
  const url = env.SMTP_URL?.trim();
  return url ? nodemailer.createTransport(url) : null;
}

export function inviteMessage(e: InviteEmail) {
  const what = e.role === "creator" ? "the creator programme" : `the team as ${e.role}`;
  return {
    to: e.to,
    subject: `You're invited to ${e.workspaceName} on Creator Ledger`,
    text: [
      `${e.workspaceName} invited you to join ${what} on Creator Ledger.`,
      "",
      `Open this link to set your password${e.role === "creator" ? " and read the disclosure brief and your terms" : ""}:`,
      e.url,
      "",
      `The link works once and expires on ${e.expiresAt.toISOString().slice(0, 16).replace("T", " ")} UTC.`,
    ].join("\n"),
  };
}

export async function sendInviteEmail(e: InviteEmail, transport: Transporter | null = smtpTransport()): Promise<EmailOutcome> {
  if (!transport) return { sent: false, reason: "SMTP_URL is not set: copy the link and send it yourself." };
  try {
    await transport.sendMail({ from: process.env.SMTP_FROM ?? "Creator Ledger <no-reply@localhost>", ...inviteMessage(e) });
    return { sent: true };
  } catch (err) {
    console.error("[invite] email not sent", err);
    return { sent: false, reason: "The email could not be sent (see the server log): copy the link and send it yourself." };
  }
}
