import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA, ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { DEMO_PASSWORD } from '@khenthuong/persistence';
import { createLogger } from '@khenthuong/platform';
import { ApiClient, seedIsolatedWard, startApi, testConfig, type ApiStack } from '../../../../test/support/stack';
import { AppModule } from '../../src/app.module';
import { controllersOf } from '../support/module-tree';
import { limitsOf, states, validatedClassesByName } from './validation-limits';

/** A Vietnamese message carries at least one letter with a Vietnamese mark. */
const VIETNAMESE = /[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/i;

interface Operation {
  method: string;
  path: string;
  hasBody: boolean;
  /** The DTO classes of its @Param() and @Query() arguments. */
  inputs: { in: 'path' | 'query'; dto: new () => unknown }[];
  answersRepeats: boolean;
}

const INPUT_OF: Record<string, 'path' | 'query'> = { [String(RouteParamtypes.PARAM)]: 'path', [String(RouteParamtypes.QUERY)]: 'query' };

/** Every /api/v1 handler of the app's controllers, from Nest's own route metadata: method, path, whether it takes a @Body. */
function apiOperations(stack: ApiStack): Operation[] {
  const controllers = controllersOf(AppModule.forRoot(stack.config, createLogger('openapi-test', 'silent')));
  const ops: Operation[] = [];
  for (const controller of controllers) {
    const base = String(Reflect.getMetadata(PATH_METADATA, controller) ?? '');
    if (!base.startsWith('api/v1')) continue;
    for (const name of Object.getOwnPropertyNames(controller.prototype)) {
      const handler = controller.prototype[name];
      const sub = Reflect.getMetadata(PATH_METADATA, handler);
      if (name === 'constructor' || typeof handler !== 'function' || sub === undefined) continue;
      const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod];
      const args = Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, name) ?? {};
      const hasBody = Object.keys(args).some((key) => key.split(':')[0] === String(RouteParamtypes.BODY));
      const types = (Reflect.getMetadata('design:paramtypes', controller.prototype, name) ?? []) as (new () => unknown)[];
      const inputs = Object.entries(args as Record<string, { index: number; data?: unknown }>)
        .filter(([key, arg]) => INPUT_OF[key.split(':')[0]] && arg.data === undefined && typeof types[arg.index] === 'function')
        .map(([key, arg]) => ({ in: INPUT_OF[key.split(':')[0]], dto: types[arg.index] }));
      const path = `/${[base, sub].filter((p) => p && p !== '/').join('/')}`.replace(/:([a-zA-Z]+)/g, '{$1}');
      // A handler that answers a repeat with the first result says so with `created ? 201 : 200`.
      const answersRepeats = /created \? 201 : 200/.test(String(handler));
      ops.push({ method, path, hasBody, inputs, answersRepeats });
    }
  }
  return ops;
}

type Schema = Record<string, unknown> & { properties?: Record<string, Schema>; required?: string[]; items?: Schema };
interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  schema?: Schema;
}
interface Response {
  description?: string;
  content?: Record<string, { schema?: { $ref?: string } }>;
}

describe('OpenAPI document: every /api/v1 operation documented, malformed JSON refused in Vietnamese', () => {
  let stack: ApiStack;
  let doc: {
    paths: Record<string, Record<string, { parameters?: Parameter[]; requestBody?: { content: Record<string, { schema?: unknown }> }; responses: Record<string, Response> }>>;
    components: { schemas: Record<string, Schema> };
  };
  let officerToken: string;

  beforeAll(async () => {
    stack = await startApi(testConfig());
    const ward = await seedIsolatedWard(stack.dataSource);
    const login = await new ApiClient(stack.baseUrl).request('POST', '/api/v1/auth/login', { username: `${ward.prefix}canbo.vp`, password: DEMO_PASSWORD });
    officerToken = login.body.token as string;
    const res = await fetch(`${stack.baseUrl}/api/docs-json`);
    expect(res.status).toBe(200);
    doc = await res.json();
  });
  afterAll(() => stack?.close());

  it('documents every /api/v1 route Express serves, with its method', () => {
    const layers = stack.api.getHttpAdapter().getInstance().router.stack as unknown as { route?: { path: string; methods: Record<string, boolean> } }[];
    const served = layers.flatMap(({ route }) =>
      route && route.path.startsWith('/api/v1') ? Object.keys(route.methods).map((m) => `${m.toUpperCase()} ${route.path.replace(/:([a-zA-Z]+)/g, '{$1}')}`) : [],
    );
    expect(served.length).toBeGreaterThan(40);
    const undocumented = served.filter((op) => {
      const [method, path] = op.split(' ');
      return !doc.paths[path]?.[method.toLowerCase()];
    });
    expect(undocumented).toEqual([]);
  });

  it('matches the served routes with the controllers’ metadata (the list below walks them all)', () => {
    const fromMetadata = apiOperations(stack).map((o) => `${o.method} ${o.path}`).sort();
    const fromDoc = Object.entries(doc.paths)
      .filter(([path]) => path.startsWith('/api/v1'))
      .flatMap(([path, item]) => Object.keys(item).map((m) => `${m.toUpperCase()} ${path}`))
      .sort();
    expect(fromDoc).toEqual(fromMetadata);
  });

  it('gives each operation with a body a request body schema, and documents its 4xx responses', () => {
    const problems: string[] = [];
    for (const op of apiOperations(stack)) {
      const operation = doc.paths[op.path]?.[op.method.toLowerCase()];
      if (!operation) {
        problems.push(`${op.method} ${op.path}: missing`);
        continue;
      }
      if (op.hasBody) {
        const schemas = Object.values(operation.requestBody?.content ?? {}).filter((c) => c.schema);
        if (schemas.length === 0) problems.push(`${op.method} ${op.path}: no request body schema`);
      }
      if (!Object.keys(operation.responses ?? {}).some((status) => /^4\d\d$/.test(status))) problems.push(`${op.method} ${op.path}: no 4xx response`);
    }
    expect(problems).toEqual([]);
  });

  it('declares every path parameter of every operation (none left undeclared), each with a schema', () => {
    const problems: string[] = [];
    let operations = 0;
    for (const [path, item] of Object.entries(doc.paths)) {
      const names = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
      for (const [method, operation] of Object.entries(item)) {
        operations++;
        const declared = (operation.parameters ?? []).filter((p) => p.in === 'path');
        const missing = names.filter((name) => !declared.some((p) => p.name === name && p.required && p.schema?.type));
        if (missing.length) problems.push(`${method.toUpperCase()} ${path}: ${missing.join(', ')}`);
      }
    }
    expect(operations).toBeGreaterThan(40);
    expect(problems).toEqual([]);
  });

  it('states every limit the DTOs’ validators enforce: lengths, ranges, formats, enums, patterns, array sizes, required fields', () => {
    const problems: string[] = [];
    const check = (where: string, dto: new () => unknown, schemaOf: (property: string) => Schema | undefined, isRequired: (property: string) => boolean) => {
      const { limits, optional, properties, unknown } = limitsOf(dto);
      problems.push(...unknown.map((u) => `${where}: validator with no OpenAPI counterpart: ${u}`));
      for (const property of properties) {
        if (!schemaOf(property)) problems.push(`${where}.${property}: not in the document`);
        else if (isRequired(property) === optional.has(property)) problems.push(`${where}.${property}: required should be ${!optional.has(property)}`);
      }
      for (const limit of limits) {
        const schema = schemaOf(limit.property);
        if (!states(limit.each ? schema?.items : schema, limit.expect)) problems.push(`${where}.${limit.property}: ${JSON.stringify(limit.expect)} not in ${JSON.stringify(schema)}`);
      }
    };
    let inputs = 0;
    for (const op of apiOperations(stack)) {
      const parameters = doc.paths[op.path]?.[op.method.toLowerCase()]?.parameters ?? [];
      for (const input of op.inputs) {
        inputs++;
        const parameter = (name: string) => parameters.find((p) => p.in === input.in && p.name === name);
        check(`${op.method} ${op.path} ${input.in}`, input.dto, (name) => parameter(name)?.schema, (name) => Boolean(parameter(name)?.required));
      }
    }
    const classes = validatedClassesByName();
    const bodies = Object.entries(doc.components.schemas).filter(([name]) => classes.has(name));
    for (const [name, schema] of bodies) {
      check(name, classes.get(name)!, (property) => schema.properties?.[property], (property) => (schema.required ?? []).includes(property));
    }
    expect(inputs).toBeGreaterThan(40);
    expect(bodies.length).toBeGreaterThan(25);
    expect(problems).toEqual([]);
  });

  it('documents 200 beside 201 on every operation that answers a repeat with what the first created', () => {
    const repeats = apiOperations(stack).filter((op) => op.answersRepeats);
    expect(repeats.length).toBeGreaterThanOrEqual(6);
    const undocumented = repeats.filter((op) => ['200', '201'].some((status) => !doc.paths[op.path][op.method.toLowerCase()].responses[status]));
    expect(undocumented.map((op) => `${op.method} ${op.path}`)).toEqual([]);
  });

  it('declares on every operation the refusals the server gives (validation, session, scope, state, size, rate, outage) with the refusal body', () => {
    const problems: string[] = [];
    for (const op of apiOperations(stack)) {
      const operation = doc.paths[op.path][op.method.toLowerCase()];
      const expected = ['400', '404', '409', '422', '429', '503'];
      if (op.method !== 'GET') expected.push('413', '415');
      if (!op.path.startsWith('/api/v1/public/') && op.path !== '/api/v1/auth/login') expected.push('401', '403');
      for (const status of expected) {
        const response = operation.responses[status];
        if (!response?.description || response.content?.['application/json']?.schema?.$ref !== '#/components/schemas/RefusalBody') problems.push(`${op.method} ${op.path}: ${status}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('answers malformed JSON on every POST operation with a 4xx and a Vietnamese message, never a 5xx', async () => {
    const posts = apiOperations(stack).filter((o) => o.method === 'POST');
    expect(posts.length).toBeGreaterThan(20);
    const problems: string[] = [];
    for (const op of posts) {
      const url = stack.baseUrl + op.path.replace(/\{[a-zA-Z]+\}/g, '00000000-0000-4000-8000-000000000000');
      for (const malformed of ['{"title": ', '{title: 1}', '[1, 2', '"chưa đóng']) {
        const res = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${officerToken}` },
          body: malformed,
        });
        const text = await res.text();
        let message: unknown;
        try {
          message = (JSON.parse(text) as { message?: unknown }).message;
        } catch {
          message = undefined;
        }
        if (res.status < 400 || res.status >= 500 || typeof message !== 'string' || !VIETNAMESE.test(message)) {
          problems.push(`${op.method} ${op.path} ${JSON.stringify(malformed)}: ${res.status} ${text.slice(0, 120)}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
