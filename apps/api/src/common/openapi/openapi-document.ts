import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { declareRefusals, RefusalBody } from './refusals';
import { describeValidatedProperties } from './validated-properties';

/** The OpenAPI document served at /api/docs: routes from Nest, limits from the DTOs' validators, every refusal declared. */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  describeValidatedProperties();
  const config = new DocumentBuilder()
    .setTitle('khenthuong API')
    .setDescription('Quy trình thi đua - khen thưởng của UBND phường')
    .setVersion('1')
    .addBearerAuth()
    .build();
  const document = SwaggerModule.createDocument(app, config, { extraModels: [RefusalBody] });
  declareRefusals(document);
  return document;
}
