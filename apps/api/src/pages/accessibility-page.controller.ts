import { Controller, Get, Redirect, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { PageContext } from './page-context';
import { PageErrorFilter } from './page-error.filter';
import { PageRenderer } from './page-renderer';

export const ACCESSIBILITY_PATH = '/accessibility-statement';

/** The accessibility statement the Web Accessibility Directive asks for, linked from every page's footer. */
@ApiExcludeController()
@UseFilters(PageErrorFilter)
@Controller()
export class AccessibilityPageController {
  constructor(
    private readonly renderer: PageRenderer,
    private readonly page: PageContext,
  ) {}

  @Get(ACCESSIBILITY_PATH.slice(1))
  statement(@Req() request: Request, @Res() response: Response): void {
    const lang = this.page.language(request, response);
    this.renderer.render(request, response, 'accessibility', lang, { titleKey: 'accessibility.title', contact: this.page.config.accessibilityContact });
  }

  /** The Danish convention: every public body's statement is at /was. */
  @Get('was')
  @Redirect(ACCESSIBILITY_PATH, 301)
  was(): void {}
}
