import { type DynamicModule, type ExecutionContext, Module } from '@nestjs/common';
import { APP_GUARD, Reflector } from '@nestjs/core';
import { getOptionsToken, getStorageToken, normalizeIp, type ThrottlerModuleOptions } from '@nestjs/throttler';
import { createHash } from 'node:crypto';
import { HTTP_OPTIONS, type HttpOptions } from './http-options';
import { RateLimitGuard } from './rate-limit.guard';
import { RateLimitStorage } from './rate-limit-storage';
import { RATE_LIMIT_METADATA, type RateLimitName } from './rate-limits';

const DEFAULT_WINDOW_SECONDS = 60;

/**
 * Per-IP rate limits on the citizen endpoints, counted in Redis so they hold across API instances.
 * The guard is global but only counts routes marked @SubmitRateLimit() or @TrackRateLimit();
 * everything else (staff, public reads) passes it untouched, whatever other global guards decide.
 */
@Module({})
export class RateLimitModule {
  static forRoot(options: HttpOptions): DynamicModule {
    return {
      module: RateLimitModule,
      // The counters and options serve other limits too (Open311's per API key).
      global: true,
      exports: [RateLimitStorage, HTTP_OPTIONS],
      providers: [
        { provide: HTTP_OPTIONS, useValue: options },
        RateLimitStorage,
        { provide: getStorageToken(), useExisting: RateLimitStorage },
        { provide: getOptionsToken(), useValue: throttlerOptions(options) },
        { provide: APP_GUARD, useClass: RateLimitGuard },
      ],
    };
  }
}

function throttlerOptions(options: HttpOptions): ThrottlerModuleOptions {
  const reflector = new Reflector();
  const ttl = (options.rateLimitWindowSeconds ?? DEFAULT_WINDOW_SECONDS) * 1000;
  const prefix = options.rateLimitKeyPrefix ?? '';
  const limited = (name: RateLimitName, limit: number) => ({
    name,
    limit,
    ttl,
    // Only the routes marked with this limit count, and a limit of 0 is off (load tests).
    skipIf: (context: ExecutionContext) =>
      limit <= 0 || reflector.getAllAndOverride<RateLimitName>(RATE_LIMIT_METADATA, [context.getHandler(), context.getClass()]) !== name,
  });
  return {
    throttlers: [limited('submit', options.rateLimits.submitPerMinute), limited('track', options.rateLimits.trackPerMinute)],
    setHeaders: false,
    // One counter per limit and client across all its routes; the address is hashed so Redis holds no IPs.
    getTracker: (request) => normalizeIp(String(request.ip ?? 'unknown')),
    generateKey: (_context, tracker, name) => `${prefix}rate-limit:${name}:${createHash('sha256').update(tracker).digest('hex')}`,
  };
}
