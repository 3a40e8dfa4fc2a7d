/**
 * The SMTP connection (nodemailer) the outbox is delivered through. `SMTP_URL` names the server
 * (`smtp://user:password@host:587`, `smtps://…:465`); without it no e-mail is written at all.
 * Time-outs are short so a server that hangs is treated like one that is down: the message stays
 * in the outbox and is tried again.
 */
import nodemailer from 'nodemailer';

export interface OutgoingMail {
  /** The outbox row's id: the Message-ID, so a receiving server can recognise a repeat. */
  readonly id: string;
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  readonly ical: string | null;
}

export interface MailSender {
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

export function smtpSender(smtpUrl: string, from: string): MailSender {
  const url = new URL(smtpUrl);
  // Short time-outs: a hanging server is treated like one that is down.
  for (const [name, ms] of [['connectionTimeout', '15000'], ['greetingTimeout', '15000'], ['socketTimeout', '30000']] as const) {
    if (!url.searchParams.has(name)) url.searchParams.set(name, ms);
  }
  const transport = nodemailer.createTransport(url.toString());
  return {
    async send(mail) {
      await transport.sendMail({
        from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        messageId: `<${mail.id}@casustafel>`,
        ...(mail.ical === null ? {} : { icalEvent: { method: 'REQUEST', filename: 'uitnodiging.ics', content: mail.ical } }),
      });
    },
    close() {
      transport.close();
    },
  };
}
