import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import type { AppConfig } from '@khenthuong/platform';

/**
 * helmet's headers with a Content Security Policy of "self" only: the pages use one stylesheet and no
 * script, inline or not. Swagger UI (/api/docs) needs inline styles and data: images, so it gets its own.
 */
export function securityHeaders(config: AppConfig) {
  const https = (config.PUBLIC_BASE_URL ?? '').startsWith('https://');
  const policy = (extra: { styleSrc: string[]; imgSrc: string[] }) =>
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: extra.styleSrc,
          imgSrc: extra.imgSrc,
          fontSrc: ["'self'"],
          connectSrc: ["'self'"],
          objectSrc: ["'none'"],
          baseUri: ["'self'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
          ...(https ? { upgradeInsecureRequests: [] } : {}),
        },
      },
      // HSTS only means something over https; a plain-http demo must not pin itself to https.
      strictTransportSecurity: https,
      referrerPolicy: { policy: 'same-origin' },
    });
  const pages = policy({ styleSrc: ["'self'"], imgSrc: ["'self'"] });
  const docs = policy({ styleSrc: ["'self'", "'unsafe-inline'"], imgSrc: ["'self'", 'data:'] });
  return (req: Request, res: Response, next: NextFunction) => (req.path.startsWith('/api/docs') ? docs : pages)(req, res, next);
}
