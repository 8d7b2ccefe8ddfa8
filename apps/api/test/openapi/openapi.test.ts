import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA, ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { DEMO_PASSWORD } from '@khenthuong/persistence';
import { createLogger } from '@khenthuong/platform';
import { ApiClient, seedIsolatedWard, startApi, testConfig, type ApiStack } from '../../../../test/support/stack';
import { AppModule } from '../../src/app.module';

/** A Vietnamese message carries at least one letter with a Vietnamese mark. */
const VIETNAMESE = /[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/i;

interface Operation {
  method: string;
  path: string;
  hasBody: boolean;
}

/** Every /api/v1 handler of the app's controllers, from Nest's own route metadata: method, path, whether it takes a @Body. */
function apiOperations(stack: ApiStack): Operation[] {
  const controllers = AppModule.forRoot(stack.config, createLogger('openapi-test', 'silent')).controllers ?? [];
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
      const path = `/${[base, sub].filter((p) => p && p !== '/').join('/')}`.replace(/:([a-zA-Z]+)/g, '{$1}');
      ops.push({ method, path, hasBody });
    }
  }
  return ops;
}

describe('OpenAPI document: every /api/v1 operation documented, malformed JSON refused in Vietnamese', () => {
  let stack: ApiStack;
  let doc: { paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema?: unknown }> }; responses: Record<string, unknown> }>> };
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
