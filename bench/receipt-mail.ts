/**
 * Receipt e-mail latency under load: the built service (API + worker with
 * projections and jobs, as `npm start` runs it, BullMQ on Redis) takes a
 * steady --rate submits/s (default 100, open loop) for --seconds (15), each
 * idea with its own e-mail address; a real SMTP server on loopback (the
 * tests' smtp-server sink) receives the mails. Per idea: the time from the
 * 201 to its receipt arriving. Also: mails missing after 60 s, and
 * addresses that got more than one.
 *
 * The path measured: append → reactor ($all subscription) → BullMQ job →
 * processor → stream read, decrypting the address → template → SMTP.
 *
 * Runs on a fresh database (bench_mail_<random>, seeded, dropped at the
 * end) and a fresh QUEUE_PREFIX on BENCH_REDIS_URL (default the local Redis).
 *
 * Run:    npm run -s bench:receipt-mail [-- --rate 100 --seconds 15]
 * Output: one JSON line on stdout; progress on stderr.
 */
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { startSmtpSink } from '../test/support/smtp-sink';
import { numberFlag, postgresVersion, withClient } from './support/bench-cli';
import { startService, stopService } from './support/start-service';

const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';
const PORT = 4100 + Math.floor(Math.random() * 100);
const WAIT_FOR_MAILS_MS = 60_000;

const log = (message: string) => process.stderr.write(`[bench:receipt-mail] ${message}\n`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function distribution(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
  const round = (n: number) => Math.round(n * 10) / 10;
  return { p50: round(at(50)), p95: round(at(95)), p99: round(at(99)), max: round(sorted[sorted.length - 1] ?? NaN), n: sorted.length };
}

async function main(): Promise<void> {
  const loadAverageAtStart = Number(loadavg()[0].toFixed(2));
  const args = process.argv.slice(2);
  const rate = numberFlag(args, 'rate', 100);
  const seconds = numberFlag(args, 'seconds', 15);
  const name = `bench_mail_${randomBytes(4).toString('hex')}`;
  await withClient(ADMIN_URL, (client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  // Arrival times, noted as the sink receives each mail.
  const arrivedAt = new Map<string, number[]>();
  const smtp = await startSmtpSink({ onMail: (mail) => arrivedAt.set(mail.to[0], [...(arrivedAt.get(mail.to[0]) ?? []), Date.now()]) });
  let service: ChildProcess | null = null;
  try {
    const postgres = await postgresVersion(ADMIN_URL);
    service = await startService({
      databaseUrl: url.toString(),
      port: PORT,
      withWorker: true,
      env: {
        REDIS_URL,
        SEED_DEMO_DATA: 'true',
        WORKER_TASKS: 'projections,jobs',
        SMTP_URL: smtp.url,
        QUEUE_PREFIX: name,
        PUBLIC_BASE_URL: 'https://ideer.bench.test',
        DEVELOPMENT_SECRETS_DIR: `/tmp/${name}`,
      },
    });
    log(`service up on port ${PORT}; ${rate} submits/s for ${seconds} s, each with its own address`);

    const created = new Map<string, number>();
    const httpMs: number[] = [];
    let failed = 0;
    const started = performance.now();
    const total = Math.round(rate * seconds);
    const inFlight: Promise<void>[] = [];
    for (let i = 0; i < total; i++) {
      const due = started + (i * 1000) / rate;
      const wait = due - performance.now();
      if (wait > 0) await sleep(wait);
      const address = `borger-${i}@example.dk`;
      const sentAt = performance.now();
      inFlight.push(
        fetch(`http://127.0.0.1:${PORT}/ideas`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({
            title: 'Sikker cykelsti langs Amager Strandvej',
            description: 'Børn cykler til skole på en smal vej.',
            category: 'traffic',
            district: 'amager-oest',
            language: 'da',
            contact: { name: 'Bench Borger', email: address },
          }),
        }).then(
          async (response) => {
            await response.arrayBuffer();
            httpMs.push(performance.now() - sentAt);
            if (response.status === 201) created.set(address, Date.now());
            else failed++;
          },
          () => void failed++,
        ),
      );
    }
    await Promise.all(inFlight);
    log(`sent ${total}, created ${created.size}, failed ${failed}; waiting for the receipts`);
    const until = Date.now() + WAIT_FOR_MAILS_MS;
    while (Date.now() < until && [...created.keys()].some((address) => !arrivedAt.get(address)?.length)) await sleep(100);
    await sleep(1000); // anything sent twice would arrive now

    const latency: number[] = [];
    let missing = 0;
    let duplicates = 0;
    for (const [address, respondedAt] of created) {
      const arrivals = arrivedAt.get(address) ?? [];
      if (arrivals.length === 0) missing++;
      else latency.push(arrivals[0] - respondedAt);
      if (arrivals.length > 1) duplicates++;
    }
    process.stdout.write(
      `${JSON.stringify({
        bench: 'receipt-mail',
        ratePerSec: rate,
        seconds,
        created: created.size,
        failed,
        httpMs: distribution(httpMs),
        receiptAfterResponseMs: distribution(latency),
        mailsPerSec: Math.round((latency.length / seconds) * 10) / 10,
        missingAfter60s: missing,
        duplicates,
        loadAverageAtStart,
        node: process.version,
        postgres,
      })}\n`,
    );
  } finally {
    await stopService(service);
    await smtp.close();
    await withClient(ADMIN_URL, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
  }
}

main().catch((error: unknown) => {
  log(`failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 1;
});
