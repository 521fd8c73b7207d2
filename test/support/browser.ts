import type { AddressInfo } from 'node:net';
import { chromium, type Browser } from 'playwright-core';
import type { TestApp } from './test-app';

/** Debian's Chromium (apt-get install chromium); .ci/run installs it when it is missing. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Headless, and nothing that would reach out to the network on its own. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** The test app on a real port, for the browser; its base URL. */
export async function listen(t: TestApp): Promise<string> {
  await t.app.listen(0, '127.0.0.1');
  const { port } = t.app.getHttpServer().address() as AddressInfo;
  return `http://127.0.0.1:${port}`;
}

/** The idea's id (for staff calls over the API) from its public code. */
export async function ideaIdOf(t: TestApp, publicCode: string): Promise<string> {
  const { rows } = await t.db.query(`SELECT data->>'ideaId' AS id FROM events WHERE type = 'IdeaSubmitted' AND data->>'publicCode' = $1`, [publicCode]);
  if (!rows[0]?.id) throw new Error(`No idea ${publicCode}`);
  return rows[0].id as string;
}
