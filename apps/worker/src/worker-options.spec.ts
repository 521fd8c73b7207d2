import { loadConfig } from '@civic/platform';
import { workerOptionsFrom } from './worker-options';

describe('the worker options from the environment', () => {
  it('hand the jobs the current master key and the previous ones still accepted during a rotation', async () => {
    const [a, b] = [Buffer.alloc(32, 0xa), Buffer.alloc(32, 0xb)];
    const config = loadConfig({ PII_MASTER_KEY: b.toString('base64'), PII_PREVIOUS_MASTER_KEYS: a.toString('base64') });
    const options = await workerOptionsFrom(config, 'postgres://localhost/civic');
    expect(options.jobs).toMatchObject({ piiMasterKey: b, piiPreviousMasterKeys: [a] });
  });
});
