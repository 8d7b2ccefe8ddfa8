import { Controller, Get, Header } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Public } from '../auth/auth.decorators';
import { viewsDir } from './view-engine';

/** The stylesheet, the icon and the nomination form's script, read once at boot (no build step, no directory served from disk). */
@ApiExcludeController()
@Controller('static')
export class StaticController {
  private readonly css = readFileSync(join(viewsDir(), '..', 'static', 'app.css'), 'utf8');
  private readonly icon = readFileSync(join(viewsDir(), '..', 'static', 'favicon.svg'), 'utf8');
  private readonly nominationForm = readFileSync(join(viewsDir(), '..', 'static', 'nomination-form.js'), 'utf8');

  @Public()
  @Get('app.css')
  @Header('Content-Type', 'text/css; charset=utf-8')
  @Header('Cache-Control', 'public, max-age=3600')
  stylesheet(): string {
    return this.css;
  }

  /** The nomination form's title-dependent parts (a file, not inline: the pages' CSP allows scripts from 'self' only). */
  @Public()
  @Get('nomination-form.js')
  @Header('Content-Type', 'text/javascript; charset=utf-8')
  @Header('Cache-Control', 'public, max-age=3600')
  nominationFormScript(): string {
    return this.nominationForm;
  }

  /** Linked from the layout, so browsers do not ask for a missing /favicon.ico on every page. */
  @Public()
  @Get('favicon.svg')
  @Header('Content-Type', 'image/svg+xml')
  @Header('Cache-Control', 'public, max-age=86400')
  favicon(): string {
    return this.icon;
  }
}
