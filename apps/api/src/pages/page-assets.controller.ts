import { readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { Controller, Get, Inject, NotFoundException, Param, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { PAGES_CONFIG } from './pages.tokens';
import type { PagesConfig } from './pages-config';

interface Asset {
  readonly type: string;
  readonly body: Buffer;
}

const TYPES: Record<string, string> = {
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** The pages' own stylesheet, script and logo: read once, served from here, never from elsewhere. */
@ApiExcludeController()
@Controller('assets')
export class PageAssetsController {
  private readonly assets = new Map<string, Asset>();

  constructor(@Inject(PAGES_CONFIG) config: PagesConfig) {
    for (const name of ['pages.css', 'copy.js', 'similar.js'])
      this.assets.set(name, { type: TYPES[extname(name)], body: readFileSync(join(config.dir, 'static', name)) });
    this.assets.set('theme.css', { type: TYPES['.css'], body: Buffer.from(themeCss(config)) });
    if (config.logoFile) this.assets.set('logo', { type: TYPES[extname(config.logoFile)] ?? 'application/octet-stream', body: readFileSync(config.logoFile) });
  }

  @Get(':name')
  asset(@Param('name') name: string, @Res() response: Response): void {
    const asset = this.assets.get(name);
    if (!asset) throw new NotFoundException();
    response.set({ 'Content-Type': asset.type, 'Cache-Control': 'public, max-age=3600', 'X-Content-Type-Options': 'nosniff' }).send(asset.body);
  }
}

/** The municipality's colours as custom properties (a stylesheet of its own: the CSP allows no inline style). */
function themeCss({ colours }: PagesConfig): string {
  return `:root { --primary: ${colours.primary}; --primary-text: ${colours.primaryText}; }\n`;
}
