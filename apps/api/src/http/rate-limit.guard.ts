import { type ExecutionContext, Injectable } from '@nestjs/common';
import { ThrottlerGuard, type ThrottlerLimitDetail } from '@nestjs/throttler';
import type { Response } from 'express';
import { ProblemError } from './problem';

/** @nestjs/throttler's guard, answering an exceeded limit as a problem with Retry-After in seconds. */
@Injectable()
export class RateLimitGuard extends ThrottlerGuard {
  protected override async throwThrottlingException(context: ExecutionContext, limit: ThrottlerLimitDetail): Promise<void> {
    const retryAfterSeconds = Math.max(1, Math.ceil(limit.timeToBlockExpire));
    context.switchToHttp().getResponse<Response>().setHeader('Retry-After', String(retryAfterSeconds));
    throw new ProblemError(429, 'rate-limited', 'Too many requests from your address', `Please wait ${retryAfterSeconds} seconds and try again.`);
  }
}
