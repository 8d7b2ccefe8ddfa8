import type { Role } from '@khenthuong/domain';
import { DEMO_PASSWORD } from '@khenthuong/persistence';
import { ApiClient, type ApiStack, type seedIsolatedWard } from '../../../../test/support/stack';
import { csrfTokenFor } from '../../src/auth/web-session';
import { WebClient } from '../web/web-client';

/** How one user calls the app: a bearer token for the api, a session cookie and its CSRF token for the pages. */
export interface RoleSession {
  token: string | null;
  cookies: string;
  csrf: string;
}

type Ward = Awaited<ReturnType<typeof seedIsolatedWard>>;

/**
 * One new user of `ward` per role, holding that role alone (a unit head heads the ward's nursery
 * school), signed in through the api and the pages. `tag` keeps the usernames of one suite apart.
 */
export async function signInOneUserPerRole(stack: ApiStack, ward: Ward, roles: Role[], naming: { tag: string; displayPrefix: string }): Promise<Map<Role, RoleSession>> {
  const sessions = new Map<Role, RoleSession>();
  for (const role of roles) {
    const username = `${ward.prefix}${naming.tag}.${role.toLowerCase()}`;
    await stack.dataSource.query(
      `INSERT INTO app_user (body_id, username, password_hash, roles, unit_id, display_name)
       SELECT body_id, $1, password_hash, $2, $3, $4 FROM app_user WHERE id = $5`,
      [username, [role], role === 'UNIT_HEAD' ? ward.unitIds['mn-ngo-quyen'] : null, `${naming.displayPrefix} ${role}`, ward.userIds['chutich']],
    );
    const login = await new ApiClient(stack.baseUrl).request('POST', '/api/v1/auth/login', { username, password: DEMO_PASSWORD });
    const web = await WebClient.login(stack.baseUrl, username);
    const cookie = web.cookies.get('kt_session')!;
    sessions.set(role, { token: login.body.token as string, cookies: `kt_session=${cookie}`, csrf: csrfTokenFor(cookie) });
  }
  return sessions;
}

/**
 * `method path` as the session sends it, with an empty body where one is due: JSON `{}` to the api,
 * a form holding only the CSRF token to a page. Redirects are not followed.
 */
export function requestAs(baseUrl: string, session: RoleSession, method: string, path: string, signal?: AbortSignal): Promise<Response> {
  const headers: Record<string, string> = { cookie: session.cookies };
  let body: string | undefined;
  if (path.startsWith('/api/')) {
    if (session.token) headers.authorization = `Bearer ${session.token}`;
    if (method === 'POST') {
      headers['content-type'] = 'application/json';
      body = '{}';
    }
  } else if (method === 'POST') {
    headers['content-type'] = 'application/x-www-form-urlencoded';
    body = new URLSearchParams({ _csrf: session.csrf }).toString();
  }
  return fetch(baseUrl + path, { method, headers, body, redirect: 'manual', signal });
}

/** Every route the app serves, as [method, path]: Express 5 keeps Nest's controllers and Swagger's pages on the app router. */
export function servedRoutes(stack: ApiStack): [string, string][] {
  // The typings omit `methods`, which Express sets on every route.
  const layers = stack.api.getHttpAdapter().getInstance().router.stack as unknown as { route?: { path: string; methods: Record<string, boolean> } }[];
  const all = layers.flatMap(({ route }) => (route ? Object.keys(route.methods).map((m) => `${m.toUpperCase()} ${route.path}`) : []));
  return [...new Set(all)].sort().map((line) => line.split(' ') as [string, string]);
}
