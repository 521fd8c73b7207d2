import { Controller, Get, NotFoundException, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { readDevelopmentMailbox } from '@civic/platform';
import { PageContext } from './page-context';
import { PageErrorFilter } from './page-error.filter';
import { PageRenderer } from './page-renderer';

const LINK = /https?:\/\/[^\s<>"]+/g;

/**
 * In development (no SMTP_URL, not production), the e-mails the worker could
 * not send, so a newcomer can follow the link in their own receipt. In
 * production this route does not exist (404).
 */
@ApiExcludeController()
@UseFilters(PageErrorFilter)
@Controller('development/mails')
export class DevelopmentMailController {
  constructor(
    private readonly renderer: PageRenderer,
    private readonly page: PageContext,
  ) {}

  @Get()
  mails(@Req() request: Request, @Res() response: Response): void {
    const dir = this.page.config.mailboxDir;
    if (!dir) throw new NotFoundException();
    const lang = this.page.language(request, response);
    const mails = readDevelopmentMailbox(dir).map((mail) => ({ ...mail, links: [...new Set(mail.text.match(LINK) ?? [])] }));
    this.renderer.render(request, response, 'mails', lang, { titleKey: 'mails.title', mails });
  }
}
