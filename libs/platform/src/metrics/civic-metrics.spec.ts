import { Registry } from 'prom-client';
import { parsePrometheusText } from '../testing/prometheus-text';
import { CivicMetrics, SCRAPE_SOURCE_TIMEOUT_MS } from './civic-metrics';
import { mayScrape } from './metrics-access';

describe('CivicMetrics', () => {
  let metrics: CivicMetrics;
  beforeEach(() => {
    metrics = CivicMetrics.of(new Registry());
  });

  it('is one set per registry, so a second of() in the same process registers nothing twice', () => {
    expect(CivicMetrics.of(metrics.registry)).toBe(metrics);
    expect(CivicMetrics.of(new Registry())).not.toBe(metrics);
  });

  it('exports the Node process metrics and every civic metric with its type', async () => {
    const scrape = parsePrometheusText(await metrics.scrape());
    expect(scrape.types).toMatchObject({
      process_cpu_seconds_total: 'counter',
      nodejs_eventloop_lag_seconds: 'gauge',
      civic_http_request_duration_seconds: 'histogram',
      civic_event_store_appends_total: 'counter',
      civic_event_store_append_duration_seconds: 'histogram',
      civic_event_store_wrong_expected_version_total: 'counter',
      civic_projection_lag_seconds: 'gauge',
      civic_reactor_lag_positions: 'gauge',
      civic_queue_jobs: 'gauge',
      civic_jobs_failed_total: 'counter',
      civic_mails_sent_total: 'counter',
      civic_mails_refused_total: 'counter',
    });
    expect(Object.keys(scrape.types).filter((name) => !/^(civic|process|nodejs)_/.test(name))).toEqual([]);
    expect(metrics.contentType).toMatch(/^text\/plain; version=0\.0\.4/);
  });

  it('counts appends by how they ended', async () => {
    metrics.eventStoreObserver.appended({ result: 'ok', durationSeconds: 0.003, events: 2 });
    metrics.eventStoreObserver.appended({ result: 'ok', durationSeconds: 0.004, events: 1 });
    metrics.eventStoreObserver.appended({ result: 'wrong_expected_version', durationSeconds: 0.002, events: 1 });
    metrics.eventStoreObserver.appended({ result: 'error', durationSeconds: 5, events: 1 });
    const scrape = parsePrometheusText(await metrics.scrape());
    expect(scrape.value('civic_event_store_appends_total')).toBe(2);
    expect(scrape.value('civic_event_store_appended_events_total')).toBe(3);
    expect(scrape.value('civic_event_store_wrong_expected_version_total')).toBe(1);
    expect(scrape.value('civic_event_store_append_errors_total')).toBe(1);
    expect(scrape.value('civic_event_store_append_duration_seconds_count', { result: 'ok' })).toBe(2);
    expect(scrape.value('civic_event_store_append_duration_seconds_bucket', { result: 'ok', le: '0.005' })).toBe(2);
    expect(scrape.value('civic_event_store_append_duration_seconds_bucket', { result: 'error', le: '2.5' })).toBe(0);
  });

  it('reads the scrape-time sources at each scrape, and leaves out the gauges of one that fails', async () => {
    let lag = 3;
    let queuesFail = false;
    metrics.addScrapeSource('projection-lag', async () => metrics.setProjectionLag([{ name: 'public_status', positionsBehind: lag, secondsBehind: lag / 10 }]));
    metrics.addScrapeSource('queues', async () => {
      if (queuesFail) throw new Error('Redis is down');
      metrics.setQueueDepths([{ queue: 'notifications', waiting: 4, active: 1, delayed: 0, failed: 2 }]);
    });
    let scrape = parsePrometheusText(await metrics.scrape());
    expect(scrape.value('civic_projection_lag_positions', { projection: 'public_status' })).toBe(3);
    expect(scrape.value('civic_projection_lag_seconds', { projection: 'public_status' })).toBeCloseTo(0.3);
    expect(scrape.find('civic_queue_jobs').map((s) => [s.labels.state, s.value])).toEqual([
      ['waiting', 4],
      ['active', 1],
      ['delayed', 0],
      ['failed', 2],
    ]);
    expect(scrape.find('civic_metrics_scrape_errors_total')).toEqual([]);

    lag = 0;
    queuesFail = true;
    scrape = parsePrometheusText(await metrics.scrape());
    expect(scrape.value('civic_projection_lag_positions', { projection: 'public_status' })).toBe(0);
    expect(scrape.find('civic_queue_jobs')).toEqual([]);
    expect(scrape.value('civic_metrics_scrape_errors_total', { source: 'queues' })).toBe(1);
  });

  it('gives up on a source that hangs, within its timeout', async () => {
    metrics.addScrapeSource('reactor-lag', () => new Promise(() => undefined));
    const started = Date.now();
    const scrape = parsePrometheusText(await metrics.scrape());
    expect(Date.now() - started).toBeLessThan(SCRAPE_SOURCE_TIMEOUT_MS + 1000);
    expect(scrape.value('civic_metrics_scrape_errors_total', { source: 'reactor-lag' })).toBe(1);
  });

  it('reads one source per name: the first still registered (API and worker in one process)', async () => {
    const reads: string[] = [];
    const removeApi = metrics.addScrapeSource('projection-lag', async () => void reads.push('api'));
    const removeWorker = metrics.addScrapeSource('projection-lag', async () => void reads.push('worker'));
    await metrics.scrape();
    removeApi();
    await metrics.scrape();
    removeWorker();
    metrics.setProjectionLag([{ name: 'stale', positionsBehind: 1, secondsBehind: 1 }]);
    const scrape = parsePrometheusText(await metrics.scrape());
    expect(reads).toEqual(['api', 'worker']);
    expect(scrape.find('civic_projection_lag_positions')).toEqual([]);
  });
});

describe('mayScrape', () => {
  const token = 'metrics-token-0123456789';
  it('lets anyone scrape without a token configured', () => {
    expect(mayScrape(null, undefined)).toBe(true);
  });
  it('wants the configured bearer token', () => {
    expect(mayScrape(token, `Bearer ${token}`)).toBe(true);
    expect(mayScrape(token, `bearer ${token}`)).toBe(true);
    expect(mayScrape(token, undefined)).toBe(false);
    expect(mayScrape(token, `Bearer ${token}x`)).toBe(false);
    expect(mayScrape(token, `Basic ${token}`)).toBe(false);
    expect(mayScrape(token, 'Bearer ')).toBe(false);
  });
});
