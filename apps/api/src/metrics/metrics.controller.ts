import { Controller, Get, Header, Inject, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { CivicMetrics, mayScrape, METRICS_CHALLENGE } from '@civic/platform';
import { ProblemError } from '../http/problem';
import { METRICS_OPTIONS, type MetricsOptions } from './metrics-options';

/** Prometheus scrapes this; not part of the API a client uses, so not in the OpenAPI document, and not rate-limited. */
@ApiExcludeController()
@Controller('metrics')
export class MetricsController {
  private readonly metrics = CivicMetrics.of();

  constructor(@Inject(METRICS_OPTIONS) private readonly options: MetricsOptions) {}

  @Get()
  @Header('Cache-Control', 'no-store')
  async scrape(@Req() request: Request, @Res() response: Response): Promise<void> {
    if (!mayScrape(this.options.token, request.header('authorization'))) {
      response.setHeader('WWW-Authenticate', METRICS_CHALLENGE);
      throw new ProblemError(401, 'metrics-token-required', 'The metrics need a token', 'Send METRICS_TOKEN as a bearer token.');
    }
    response.type(this.metrics.contentType).send(await this.metrics.scrape());
  }
}
