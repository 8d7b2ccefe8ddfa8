import { Catch, Injectable, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { Request } from 'express';
import { GlobalExceptionFilter } from '../common/global-exception.filter';
import { WebExceptionFilter } from './web-exception.filter';

/**
 * The application-wide filter, for errors no controller's own filter took (an unknown address
 * among them): a browser asking for a page gets the Vietnamese error page, everything else —
 * the API, and clients that prefer JSON — gets the JSON body.
 */
@Catch()
@Injectable()
export class BrowserAwareExceptionFilter implements ExceptionFilter {
  constructor(
    private readonly json: GlobalExceptionFilter,
    private readonly pages: WebExceptionFilter,
  ) {}

  catch(exception: unknown, host: ArgumentsHost): Promise<void> | void {
    const request = host.switchToHttp().getRequest<Request>();
    const wantsPage = !request.path.startsWith('/api/') && request.accepts(['json', 'html']) === 'html';
    return wantsPage ? this.pages.catch(exception, host) : this.json.catch(exception, host);
  }
}
