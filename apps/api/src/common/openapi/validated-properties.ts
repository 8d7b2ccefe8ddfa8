import { ApiProperty, type ApiPropertyOptions } from '@nestjs/swagger';
import { getMetadataStorage, IS_DATE_STRING } from 'class-validator';
import { targetConstructorToSchema } from 'class-validator-jsonschema';
import { MAX_DECIMAL_PLACES } from '../decimal-places';

/** A DTO class as class-validator records it. */
export type DtoClass = abstract new (...args: never[]) => unknown;
type JsonSchema = Record<string, unknown> & { items?: JsonSchema; $ref?: string; type?: string };

/** Nest swagger's own key for a property's options (what @ApiProperty records). */
const SWAGGER_PROPERTY = 'swagger/apiModelProperties';
const SCALAR_KEYS = ['type', 'format', 'multipleOf', 'pattern', 'minLength', 'maxLength', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'enum', 'oneOf'];
const ARRAY_KEYS = ['minItems', 'maxItems', 'uniqueItems'];
const DATE = { oneOf: [{ type: 'string' as const, format: 'date' }, { type: 'string' as const, format: 'date-time' }] };

/** IsDateString is IsISO8601 under another name (the library's default pattern demands a time); our own validators. */
const converters = {
  [IS_DATE_STRING]: DATE,
  [MAX_DECIMAL_PLACES]: (meta: { constraints: unknown[] }) => ({ type: 'number' as const, multipleOf: 10 ** -Number(meta.constraints[0]) }),
};

const pick = (schema: JsonSchema, keys: string[]): Record<string, unknown> => Object.fromEntries(keys.filter((k) => schema[k] !== undefined).map((k) => [k, schema[k]]));

/** Every class class-validator knows (DTOs of bodies, queries and path parameters). */
export function validatedClasses(): DtoClass[] {
  const storage = getMetadataStorage() as unknown as { validationMetadatas: Map<DtoClass | string, unknown[]> };
  return [...storage.validationMetadatas.keys()].filter((target): target is DtoClass => typeof target === 'function');
}

/** The JSON schema of each validated property of `target` and which ones are required, as class-validator enforces them. */
export function validationSchemaOf(target: DtoClass): { properties: Record<string, JsonSchema>; required: string[] } {
  const schema = targetConstructorToSchema(target as unknown as new () => unknown, { additionalConverters: converters }) as { properties?: Record<string, JsonSchema>; required?: string[] };
  return { properties: schema.properties ?? {}, required: schema.required ?? [] };
}

function isNested(schema: JsonSchema, existing: ApiPropertyOptions | undefined): boolean {
  const type = (existing as { type?: unknown } | undefined)?.type;
  const declaredClass = typeof type === 'function' && ![String, Number, Boolean, Date, Object, Array].includes(type as never);
  return declaredClass || schema.$ref !== undefined || schema.items?.$ref !== undefined || (schema.type === 'object' && !schema.properties);
}

/** The swagger options a property's validators imply; a nested DTO keeps its declared type and gets only its array limits. */
function optionsFor(schema: JsonSchema, required: boolean, existing: ApiPropertyOptions | undefined): ApiPropertyOptions {
  if (isNested(schema, existing)) return { required, ...pick(schema, ARRAY_KEYS) } as ApiPropertyOptions;
  if (schema.type === 'array' && schema.items) {
    return { required, type: 'array', isArray: false, items: pick(schema.items, SCALAR_KEYS), ...pick(schema, ARRAY_KEYS) } as ApiPropertyOptions;
  }
  return { required, isArray: false, ...pick(schema, SCALAR_KEYS) } as ApiPropertyOptions;
}

/**
 * Writes what class-validator enforces (types, formats, lengths, ranges, patterns, enums, array sizes,
 * required fields) into Nest swagger's property metadata, over any hand-written @ApiProperty limits,
 * so the OpenAPI document states exactly the limits the validation pipe applies. Descriptions and
 * examples written on the DTOs are kept. Path and query DTOs without @ApiProperty become documented
 * parameters this way.
 */
export function describeValidatedProperties(): void {
  for (const target of validatedClasses()) {
    const { properties, required } = validationSchemaOf(target);
    for (const [name, schema] of Object.entries(properties)) {
      const existing = Reflect.getMetadata(SWAGGER_PROPERTY, target.prototype, name) as ApiPropertyOptions | undefined;
      ApiProperty(optionsFor(schema, required.includes(name), existing))(target.prototype, name);
    }
  }
}
