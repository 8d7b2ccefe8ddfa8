import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestHandler } from 'express';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';

/** A caller's correlation id is kept only when it is a plain token, so it cannot forge log lines. */
const CORRELATION_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** The request's id as the request logger set it; for a request it never saw, the caller's token or a new one. */
export function correlationIdOf(req: IncomingMessage & { id?: unknown }): string {
  if (typeof req.id === 'string') return req.id;
  const given = req.headers['x-correlation-id'];
  return typeof given === 'string' && CORRELATION_ID.test(given) ? given : randomUUID();
}

/**
 * One log line per request (method, path, status, duration) with its correlation id, which the
 * response also carries and every error log repeats. Health probes are not logged.
 */
export function requestLogging(logger: Logger): RequestHandler {
  return pinoHttp({
    logger,
    genReqId: (req: IncomingMessage, res: ServerResponse) => {
      const id = correlationIdOf(req);
      res.setHeader('x-correlation-id', id);
      return id;
    },
    autoLogging: { ignore: (req) => req.url === '/health' },
    customLogLevel: (_req, res, error) => (error || res.statusCode >= 500 ? 'error' : 'info'),
    // The query string may carry a search for a person's name: log the path only.
    serializers: {
      req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, path: req.url.split('?')[0] }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
    customSuccessMessage: () => 'request completed',
    customErrorMessage: () => 'request failed',
  }) as unknown as RequestHandler;
}
