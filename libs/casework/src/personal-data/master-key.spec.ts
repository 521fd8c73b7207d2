import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { personalDataMasterKey } from './master-key';

describe('the development PII master key', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'civic-master-key-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const development = () => ({ piiMasterKey: null, production: false, developmentSecretsDir: join(dir, 'secrets') });

  it('is made once when many start at the same time (npm start runs the API and the worker at once): every one gets the same 32 bytes', async () => {
    for (let round = 0; round < 20; round++) {
      rmSync(join(dir, 'secrets'), { recursive: true, force: true });
      const keys = await Promise.all(Array.from({ length: 8 }, () => personalDataMasterKey(development())));
      expect(keys[0]).toHaveLength(32);
      expect(new Set(keys.map((key) => key.toString('hex'))).size).toBe(1);
      expect(readdirSync(join(dir, 'secrets'))).toEqual(['development-pii-master.key']); // no draft left behind
    }
  });

  it('is kept between starts', async () => {
    const first = await personalDataMasterKey(development());
    expect(await personalDataMasterKey(development())).toEqual(first);
  });

  it('is never made in production', async () => {
    await expect(personalDataMasterKey({ ...development(), production: true })).rejects.toThrow(/PII_MASTER_KEY is required/);
  });
});
