import { getMetadataStorage } from 'class-validator';

/** One limit class-validator enforces on a property, as the OpenAPI document must state it. */
export interface Limit {
  property: string;
  each: boolean;
  expect: Record<string, unknown>;
}

type Meta = { type: string; name?: string; propertyName: string; constraints?: unknown[]; each?: boolean };

/** Each validator the DTOs use, and the JSON-schema keywords that state it; a validator missing here fails the test. */
const KEYWORDS: Record<string, (c: unknown[]) => Record<string, unknown>> = {
  isLength: ([min, max]) => ({ minLength: min, ...(max === undefined ? {} : { maxLength: max }) }),
  minLength: ([min]) => ({ minLength: min }),
  maxLength: ([max]) => ({ maxLength: max }),
  min: ([min]) => ({ minimum: min }),
  max: ([max]) => ({ maximum: max }),
  isUuid: () => ({ format: 'uuid' }),
  isIn: ([values]) => ({ enum: values }),
  isEnum: ([entity]) => ({ enum: Object.values(entity as object) }),
  arrayMinSize: ([n]) => ({ minItems: n }),
  arrayMaxSize: ([n]) => ({ maxItems: n }),
  arrayUnique: () => ({ uniqueItems: true }),
  matches: ([pattern]) => ({ pattern: (pattern as RegExp).source }),
  isInt: () => ({ type: 'integer' }),
  isNumber: () => ({ type: 'number' }),
  isBoolean: () => ({ type: 'boolean' }),
  isString: () => ({ type: 'string' }),
  isArray: () => ({ type: 'array' }),
  isIso8601: () => ({ format: 'date' }),
  isDateString: () => ({ format: 'date' }),
  maxDecimalPlaces: ([places]) => ({ multipleOf: 10 ** -Number(places) }),
};
const STRUCTURAL = new Set(['conditionalValidation', 'nestedValidation', 'whitelistValidation']);

/** Every validated class by name (the document names component schemas after their classes). */
export function validatedClassesByName(): Map<string, new () => unknown> {
  const storage = getMetadataStorage() as unknown as { validationMetadatas: Map<unknown, unknown> };
  const byName = new Map<string, new () => unknown>();
  for (const target of storage.validationMetadatas.keys()) if (typeof target === 'function') byName.set(target.name, target as new () => unknown);
  return byName;
}

/** The limits of `target` read straight from class-validator's metadata (inherited ones included), and its optional properties. */
export function limitsOf(target: new () => unknown): { limits: Limit[]; optional: Set<string>; properties: Set<string>; unknown: string[] } {
  const metas = getMetadataStorage().getTargetValidationMetadatas(target, '', true, false) as unknown as Meta[];
  const limits: Limit[] = [];
  const unknown: string[] = [];
  for (const meta of metas) {
    if (STRUCTURAL.has(meta.type)) continue;
    const name = meta.name ?? meta.type;
    const keyword = KEYWORDS[name];
    if (!keyword) unknown.push(`${target.name}.${meta.propertyName}: ${name}`);
    else limits.push({ property: meta.propertyName, each: Boolean(meta.each), expect: keyword(meta.constraints ?? []) });
  }
  return {
    limits,
    optional: new Set(metas.filter((m) => m.type === 'conditionalValidation').map((m) => m.propertyName)),
    properties: new Set(metas.map((m) => m.propertyName)),
    unknown,
  };
}

type Schema = Record<string, unknown> & { items?: Schema; oneOf?: Schema[] };

/** Whether `schema` states `expect` (a date may be stated as a oneOf of date and date-time). */
export function states(schema: Schema | undefined, expect: Record<string, unknown>): boolean {
  if (!schema) return false;
  return Object.entries(expect).every(([key, value]) => {
    if (key === 'format' && value === 'date' && schema.oneOf) return schema.oneOf.some((s) => s.format === 'date');
    if (key === 'type' && schema.oneOf && schema[key] === undefined) return schema.oneOf.every((s) => s.type === value);
    return JSON.stringify(schema[key]) === JSON.stringify(value);
  });
}
