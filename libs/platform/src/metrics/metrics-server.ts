import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ConfigError } from '../config/app-config';
import { CivicMetrics } from './civic-metrics';
import { mayScrape, METRICS_CHALLENGE } from './metrics-access';

export interface MetricsServerOptions {
  readonly host: string;
  /** 0: any free port (tests). */
  readonly port: number;
  /** METRICS_TOKEN; null: no token asked for. */
  readonly token: string | null;
  readonly metrics?: CivicMetrics;
}

export interface MetricsServer {
  readonly port: number;
  close(): Promise<void>;
}

/** A process without an HTTP server of its own (the worker) serves GET /metrics here, and nothing else. */
export async function startMetricsServer(options: MetricsServerOptions): Promise<MetricsServer> {
  const metrics = options.metrics ?? CivicMetrics.of();
  const server = createServer((request, response) => {
    const path = (request.url ?? '').split('?')[0];
    if (path !== '/metrics') return void response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found: the metrics are at /metrics\n');
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return void response.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain' }).end('Method not allowed\n');
    if (!mayScrape(options.token, request.headers.authorization))
      return void response
        .writeHead(401, { 'WWW-Authenticate': METRICS_CHALLENGE, 'Content-Type': 'text/plain' })
        .end('Unauthorized: send METRICS_TOKEN as a bearer token\n');
    metrics.scrape().then(
      (text) => response.writeHead(200, { 'Content-Type': metrics.contentType, 'Cache-Control': 'no-store' }).end(request.method === 'HEAD' ? undefined : text),
      () => response.writeHead(500, { 'Content-Type': 'text/plain' }).end('The metrics could not be collected\n'),
    );
  });
  // Scrapers keep connections alive; closing must not wait for them.
  server.keepAliveTimeout = 5_000;
  await listen(server, options.port, options.host);
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new ConfigError(`The worker's metrics port ${host}:${port} is in use: set WORKER_METRICS_PORT to another port, or 0 for none`)
          : error,
      ),
    );
    server.listen(port, host, () => resolve());
  });
}
