import { Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { type MetricsServer, startMetricsServer } from '@civic/platform';

export interface WorkerMetricsOptions {
  readonly host: string;
  /** WORKER_METRICS_PORT; 0 in tests: any free port. */
  readonly port: number;
  /** METRICS_TOKEN; null: none asked for. */
  readonly token: string | null;
}

/** The worker has no HTTP server of its own: this serves its GET /metrics, from start to shutdown. */
export class WorkerMetricsListener implements OnApplicationBootstrap, OnApplicationShutdown {
  private server: MetricsServer | null = null;

  constructor(private readonly options: WorkerMetricsOptions) {}

  /** Where it listens (the port the system chose, with port 0). */
  get port(): number {
    if (!this.server) throw new Error('The worker’s metrics listener has not started');
    return this.server.port;
  }

  async onApplicationBootstrap(): Promise<void> {
    this.server = await startMetricsServer(this.options);
    new Logger('Worker').log(`Metrics at http://${this.options.host}:${this.server.port}/metrics${this.options.token ? ' (METRICS_TOKEN required)' : ''}`);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.server?.close();
  }
}
