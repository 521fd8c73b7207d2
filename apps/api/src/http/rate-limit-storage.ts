import { Inject, Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { type ThrottlerStorage, ThrottlerStorageService } from '@nestjs/throttler';
import { ThrottlerStorageRedisService } from '@nest-lab/throttler-storage-redis';
import Redis from 'ioredis';
import { HTTP_OPTIONS, type HttpOptions } from './http-options';

type ThrottlerStorageRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

const WARNING_INTERVAL_MS = 60_000;

/**
 * Rate-limit counters: in Redis (one atomic script per hit) so a limit holds across API
 * instances, or in this process when there is no Redis. If Redis cannot be reached the
 * request is let through with a warning: losing the limit for a while is better than
 * refusing every citizen's idea.
 */
@Injectable()
export class RateLimitStorage implements ThrottlerStorage, OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('RateLimit');
  private readonly redis: Redis | null;
  private readonly counters: ThrottlerStorage & Partial<OnApplicationShutdown>;
  private lastWarningAt = -Infinity;

  constructor(@Inject(HTTP_OPTIONS) options: HttpOptions) {
    if (options.redisUrl) {
      // No offline queue and a short command timeout: while Redis is away or stuck a hit fails fast (and is let through) instead of holding the request.
      this.redis = new Redis(options.redisUrl, {
        lazyConnect: true,
        enableOfflineQueue: false,
        maxRetriesPerRequest: 1,
        connectTimeout: 2_000,
        commandTimeout: 1_000,
      });
      this.redis.on('error', (error: Error) => this.warn(`Redis for rate limits is unreachable (${error.message}); requests are not limited meanwhile.`));
      this.counters = new ThrottlerStorageRedisService(this.redis);
    } else {
      this.redis = null;
      this.counters = new ThrottlerStorageService();
    }
  }

  async onModuleInit(): Promise<void> {
    await this.redis?.connect().catch(() => undefined); // the 'error' listener has warned; reconnects go on in the background
  }

  async increment(key: string, ttl: number, limit: number, blockDuration: number, throttlerName: string): Promise<ThrottlerStorageRecord> {
    try {
      return await this.counters.increment(key, ttl, limit, blockDuration, throttlerName);
    } catch (error) {
      this.warn(`Rate limit "${throttlerName}" not counted: ${error instanceof Error ? error.message : String(error)}`);
      return { totalHits: 0, timeToExpire: 0, isBlocked: false, timeToBlockExpire: 0 };
    }
  }

  onApplicationShutdown(): void {
    this.counters.onApplicationShutdown?.();
    this.redis?.disconnect();
  }

  /** At most one warning a minute, so an outage does not flood the log. */
  private warn(message: string): void {
    const now = Date.now();
    if (now - this.lastWarningAt < WARNING_INTERVAL_MS) return;
    this.lastWarningAt = now;
    this.logger.warn(message);
  }
}
