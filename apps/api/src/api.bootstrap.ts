import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import cookieParser from 'cookie-parser';
import { createLogger, PinoNestLogger, type AppConfig } from '@khenthuong/platform';
import { AppModule } from './app.module';
import { buildOpenApiDocument } from './common/openapi/openapi-document';
import { requestLogging } from './common/request-logging';
import { createValidationPipe } from './common/validation';
import { securityHeaders } from './web/security-headers';

/** Builds the api (used by main.ts and by the integration tests); the caller decides where it listens. */
export async function createApiApp(config: AppConfig): Promise<NestExpressApplication> {
  const logger = createLogger('api', config.LOG_LEVEL);
  for (const warning of [config.publicBaseUrlWarning(), config.ballotSealKeyWarning()]) if (warning) logger.warn(warning);
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, logger), {
    logger: new PinoNestLogger(logger),
    bodyParser: true,
  });
  app.use(requestLogging(logger));
  app.useBodyParser('json', { limit: '1mb' });
  // The web pages post plain HTML forms; no nested objects, so the simple parser.
  app.useBodyParser('urlencoded', { extended: false, limit: '100kb' });
  app.use(securityHeaders(config));
  app.use(cookieParser());
  app.useGlobalPipes(createValidationPipe());
  app.enableShutdownHooks();
  SwaggerModule.setup('api/docs', app, () => buildOpenApiDocument(app));
  return app;
}
