import { Registry } from 'prom-client';
import { ConfigError } from '../config/app-config';
import { parsePrometheusText } from '../testing/prometheus-text';
import { CivicMetrics } from './civic-metrics';
import { type MetricsServer, startMetricsServer } from './metrics-server';

const TOKEN = 'metrics-token-0123456789';

describe('startMetricsServer', () => {
  const metrics = CivicMetrics.of(new Registry());
  let open: MetricsServer;
  let guarded: MetricsServer;
  beforeAll(async () => {
    open = await startMetricsServer({ host: '127.0.0.1', port: 0, token: null, metrics });
    guarded = await startMetricsServer({ host: '127.0.0.1', port: 0, token: TOKEN, metrics });
  });
  afterAll(async () => {
    await open.close();
    await guarded.close();
  });

  it('serves the metrics in the Prometheus text format at /metrics', async () => {
    metrics.mailsSent.inc({ template: 'citizen-receipt' });
    const response = await fetch(`http://127.0.0.1:${open.port}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/plain; version=0.0.4; charset=utf-8');
    const scrape = parsePrometheusText(await response.text());
    expect(scrape.value('civic_mails_sent_total', { template: 'citizen-receipt' })).toBe(1);
    expect(scrape.find('process_resident_memory_bytes')).toHaveLength(1);
  });

  it('serves nothing else', async () => {
    expect((await fetch(`http://127.0.0.1:${open.port}/`)).status).toBe(404);
    expect((await fetch(`http://127.0.0.1:${open.port}/metrics/x`)).status).toBe(404);
    expect((await fetch(`http://127.0.0.1:${open.port}/metrics`, { method: 'POST' })).status).toBe(405);
  });

  it('wants METRICS_TOKEN as a bearer token when one is configured', async () => {
    const refused = await fetch(`http://127.0.0.1:${guarded.port}/metrics`);
    expect(refused.status).toBe(401);
    expect(refused.headers.get('www-authenticate')).toBe('Bearer realm="metrics"');
    expect(await refused.text()).not.toContain('civic_');
    expect((await fetch(`http://127.0.0.1:${guarded.port}/metrics`, { headers: { Authorization: 'Bearer wrong-token-0123456789' } })).status).toBe(401);
    const allowed = await fetch(`http://127.0.0.1:${guarded.port}/metrics`, { headers: { Authorization: `Bearer ${TOKEN}` } });
    expect(allowed.status).toBe(200);
    expect(parsePrometheusText(await allowed.text()).types.civic_mails_sent_total).toBe('counter');
  });

  it('says which variable to change when its port is taken', async () => {
    const attempt = startMetricsServer({ host: '127.0.0.1', port: open.port, token: null, metrics });
    await expect(attempt).rejects.toBeInstanceOf(ConfigError);
    await expect(attempt).rejects.toThrow(/WORKER_METRICS_PORT/);
  });
});
