import type { AddressInfo } from 'node:net';
import { type AddressObject, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  /** The To header's addresses (lower case); Cc in `cc`, every RCPT TO in `envelopeTo`. */
  readonly to: string[];
  readonly cc: string[];
  readonly envelopeTo: string[];
  readonly from: string;
  readonly subject: string;
  readonly text: string;
  readonly messageId: string;
  /** Raw header values by lower-case name (the first, when a header repeats). */
  readonly headers: Record<string, string>;
  /** Content-Language. */
  readonly language: string;
}

export interface SmtpSink {
  /** smtp://127.0.0.1:PORT: plain SMTP, no TLS, no auth. */
  readonly url: string;
  readonly port: number;
  /** Every mail received so far, in order. */
  readonly mails: ReceivedMail[];
  /** Resolves with the mails (matching `filter`, if given) once there are at least `count` of them. */
  waitFor(count: number, timeoutMs?: number, filter?: (mail: ReceivedMail) => boolean): Promise<ReceivedMail[]>;
  /** Mails whose To header names the address. */
  to(address: string): ReceivedMail[];
  /**
   * From now on, mails that `which` picks are kept (they are in `mails`) but
   * not answered: the client waits for the server's "250 OK" until
   * releaseReplies(), as when the reply is lost in a crash. null: answer all.
   */
  holdReplies(which: ((mail: ReceivedMail) => boolean) | null): void;
  /** The mails kept but not yet answered. */
  readonly heldReplies: readonly ReceivedMail[];
  /** Answers every held mail (harmless when its client has gone) and holds no more. */
  releaseReplies(): void;
  close(): Promise<void>;
}

/** A real SMTP server on loopback that keeps what it receives, for tests that send mail for real. */
export async function startSmtpSink(options: { port?: number; onMail?: (mail: ReceivedMail) => void } = {}): Promise<SmtpSink> {
  const mails: ReceivedMail[] = [];
  const waiters = new Set<() => void>();
  let hold: ((mail: ReceivedMail) => boolean) | null = null;
  const held: Array<{ mail: ReceivedMail; answer: () => void }> = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          const envelopeTo = session.envelope.rcptTo.map((rcpt) => rcpt.address.toLowerCase());
          const headers: Record<string, string> = {};
          for (const { key, line } of parsed.headerLines)
            headers[key] ??= line
              .slice(line.indexOf(':') + 1)
              .replace(/\r?\n[ \t]+/g, ' ')
              .trim();
          const mail: ReceivedMail = {
            to: addresses(parsed.to),
            cc: addresses(parsed.cc),
            envelopeTo,
            from: parsed.from?.text ?? '',
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            messageId: parsed.messageId ?? '',
            headers,
            language: headers['content-language'] ?? '',
          };
          mails.push(mail);
          options.onMail?.(mail);
          waiters.forEach((wake) => wake());
          if (hold?.(mail)) held.push({ mail, answer: () => callback() });
          else callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  server.on('error', () => undefined); // a client that hangs up mid-mail is not a test failure
  const port = (server.server.address() as AddressInfo).port;

  const to = (address: string) => mails.filter((mail) => mail.to.includes(address.toLowerCase()));
  const waitFor = (count: number, timeoutMs = 10_000, filter: (mail: ReceivedMail) => boolean = () => true) =>
    new Promise<ReceivedMail[]>((resolve, reject) => {
      const check = () => {
        const matching = mails.filter(filter);
        if (matching.length < count) return;
        finish();
        resolve(matching);
      };
      const timer = setTimeout(() => {
        finish();
        reject(new Error(`Waited ${timeoutMs} ms for ${count} mail(s); ${mails.filter(filter).length} of ${mails.length} received match`));
      }, timeoutMs);
      const finish = () => {
        clearTimeout(timer);
        waiters.delete(check);
      };
      waiters.add(check);
      check();
    });

  return {
    url: `smtp://127.0.0.1:${port}`,
    port,
    mails,
    waitFor,
    to,
    holdReplies: (which) => (hold = which),
    get heldReplies() {
      return held.map((entry) => entry.mail);
    },
    releaseReplies: () => {
      hold = null;
      for (const entry of held.splice(0)) entry.answer();
    },
    close: () => {
      for (const entry of held.splice(0)) entry.answer();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function addresses(field: AddressObject | AddressObject[] | undefined): string[] {
  const objects = field === undefined ? [] : Array.isArray(field) ? field : [field];
  return objects.flatMap((object) => object.value.map((entry) => (entry.address ?? '').toLowerCase())).filter(Boolean);
}
