import type SMTPPool from 'nodemailer/lib/smtp-pool';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

/**
 * Transport options for SMTP_URL. On loopback (a local relay, the test sink)
 * a plain smtp:// URL means plain SMTP: STARTTLS is not attempted, since a
 * local listener has no certificate for it. Anywhere else nodemailer upgrades
 * whenever the server offers STARTTLS; `?ignoreTLS=true` and the like in the
 * URL still apply (nodemailer reads them from the query).
 */
export function smtpTransportOptions(smtpUrl: string): SMTPPool.Options {
  const url = new URL(smtpUrl);
  const loopback = url.protocol === 'smtp:' && LOOPBACK.has(url.hostname);
  return {
    url: smtpUrl,
    ...(loopback ? { ignoreTLS: true } : {}),
    // A few connections kept open and reused: a new connection (and TLS handshake) per mail is what limits the rate.
    pool: true,
    maxConnections: 5,
    maxMessages: 100,
    // A server that accepts the connection and then says nothing must not hold a job for minutes.
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  };
}
