import { ApiProperty } from '@nestjs/swagger';
import type { Request, Response } from 'express';

export class UnsubscribedView {
  @ApiProperty({ enum: [true] }) unsubscribed: true;
  @ApiProperty({ description: 'When e-mails stopped (the first time the link was used)' }) at: string;
}

/** A browser submitting the page's form (a form body, and HTML preferred); a mail client's one-click POST gets JSON. */
export function cameFromTheForm(request: Request): boolean {
  return typeof request.is('application/x-www-form-urlencoded') === 'string' && request.accepts(['application/json', 'text/html']) === 'text/html';
}

/** Sends a page of ours: HTML, never cached (it is about one citizen's idea). */
export function asHtml(response: Response, page: string): string {
  response.type('text/html; charset=utf-8').setHeader('Cache-Control', 'no-store');
  return page;
}
