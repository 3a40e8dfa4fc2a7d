/**
 * A real SMTP server inside the test (smtp-server on 127.0.0.1, a free port), every message parsed
 * with mailparser. `stop()` takes it down (an outage); `start()` brings it back on the same port.
 */
import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import type { ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface TestSmtp {
  readonly port: number;
  readonly url: string;
  readonly messages: ParsedMail[];
  /** The recipients' addresses of each message, lower case. */
  to(message: ParsedMail): string[];
  start(): Promise<void>;
  stop(): Promise<void>;
}

function server(messages: ParsedMail[]): SMTPServer {
  return new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream).then(
        (m) => {
          messages.push(m);
          callback();
        },
        (e: Error) => callback(e),
      );
    },
  });
}

export async function startSmtp(port = 0): Promise<TestSmtp> {
  const messages: ParsedMail[] = [];
  let current: SMTPServer | null = server(messages);
  const listen = (s: SMTPServer, p: number): Promise<number> =>
    new Promise((resolve, reject) => {
      s.once('error', reject);
      s.listen(p, '127.0.0.1', () => resolve((s.server.address() as AddressInfo).port));
    });
  const bound = await listen(current, port);
  return {
    port: bound,
    url: `smtp://127.0.0.1:${bound}`,
    messages,
    to: (m) => (Array.isArray(m.to) ? m.to : m.to === undefined ? [] : [m.to]).flatMap((a) => a.value.map((v) => (v.address ?? '').toLowerCase())),
    start: async () => {
      if (current !== null) return;
      current = server(messages);
      await listen(current, bound);
    },
    stop: async () => {
      const s = current;
      current = null;
      if (s !== null) await new Promise<void>((resolve) => s.close(() => resolve()));
    },
  };
}
