import { randomUUID } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import type { Role } from '@khenthuong/domain';
import { runDemoScenario, type DemoScenarioResult } from '@khenthuong/persistence';
import { seedIsolatedWard, startApi, startWorker, testConfig, type ApiStack } from '../../../../test/support/stack';
import { requestAs, servedRoutes, signInOneUserPerRole, type RoleSession } from './role-requests';

const ROLES: Role[] = ['OFFICER', 'UNIT_HEAD', 'COUNCIL_MEMBER', 'CHAIRMAN', 'VICE_CHAIRMAN', 'ADMIN'];
/** Refusals that reveal nothing of the other ward: not found, forbidden, or input refused before any lookup. */
const REFUSED = new Set([400, 403, 404]);
/** Tables a refused request may still write: the caller's own session and the rate limits. */
const WRITTEN_BY_ANY_REQUEST = new Set(['user_session', 'login_attempt', 'rate_limit_hit', 'public_submission_limit']);

type Ward = Awaited<ReturnType<typeof seedIsolatedWard>>;
type Ids = Record<string, string | undefined>;

/**
 * Province scale: one deployment serves many issuing bodies. Every route that names a record is
 * called by every role of another ward with the ids of a ward at work (the demo ward after its
 * scenario): each answer is a refusal, and not one row of that ward changes.
 */
describe('cross-body access: another ward\'s users reach nothing of this ward', () => {
  let stack: ApiStack;
  let worker: INestApplicationContext | undefined;
  let home: Ward;
  let scenario: DemoScenarioResult;
  let ids: Ids;
  let sessions: Map<Role, RoleSession>;

  beforeAll(async () => {
    const config = testConfig({ DEMO_ROUNDS: 'true' });
    stack = await startApi(config);
    worker = await startWorker(config);
    home = await seedIsolatedWard(stack.dataSource);
    scenario = await runDemoScenario({ baseUrl: stack.baseUrl, dataSource: stack.dataSource, bodyCode: `test-${home.prefix}`, usernamePrefix: home.prefix });
    // Nothing of the home ward may move on its own while it is watched: no worker, no timers firing.
    await worker.close();
    worker = undefined;
    ids = await idsOf(stack, home, scenario);

    const other = await seedIsolatedWard(stack.dataSource);
    sessions = await signInOneUserPerRole(stack, other, ROLES, { tag: 'cross', displayPrefix: 'Phường khác' });
  }, 900_000);

  afterAll(async () => {
    await worker?.close();
    await stack?.close();
  });

  it('refuses every route naming a record of the home ward, for every role of the other ward, and changes nothing there', async () => {
    // The records that make the calls meaningful are there (a missing kind would be called with a random id).
    const core = ['proposal', 'round', 'plan', 'user', 'unit', 'council', 'person', 'household', 'notification', 'decision', 'proposalDocument', 'roundDocument', 'archivedDocument', 'target'];
    expect(core.filter((kind) => !ids[kind])).toEqual([]);
    console.log(`cross-body: records of the home ward not present in the demo: ${Object.keys(ids).filter((kind) => !ids[kind]).join(', ') || 'none'}`);
    const before = await snapshot(stack, home.bodyId);
    const leaks: string[] = [];
    const routes = servedRoutes(stack).filter(([, path]) => path.includes(':'));
    let calls = 0;
    for (const [method, template] of routes) {
      const path = fill(template, ids);
      if (await isPublic(method, path)) continue;
      for (const role of ROLES) {
        const status = await call(method, path, role);
        calls++;
        if (!REFUSED.has(status)) leaks.push(`${role} ${method} ${template} → ${status}`);
      }
    }
    const after = await snapshot(stack, home.bodyId);
    const changed = Object.keys(before).filter((table) => before[table] !== after[table]);
    console.log(`cross-body: ${routes.length} routes with a record id, ${calls} calls by the other ward's six roles`);
    expect(calls).toBeGreaterThan(300);
    expect({ leaks, changed }).toEqual({ leaks: [], changed: [] });
  });

  it('shows the other ward\'s pages and lists without one record of the home ward', async () => {
    const homeIds = [...Object.values(scenario.proposalIds), scenario.roundIds.current, scenario.roundIds.previous, scenario.planId];
    const seen: string[] = [];
    let pages = 0;
    for (const [method, path] of servedRoutes(stack).filter(([m, p]) => m === 'GET' && !p.includes(':') && !p.startsWith('/api/docs') && !p.startsWith('/static'))) {
      if (await isPublic(method, path)) continue;
      for (const role of ROLES) {
        const session = sessions.get(role)!;
        const headers: Record<string, string> = path.startsWith('/api/') ? { authorization: `Bearer ${session.token}` } : { cookie: session.cookies };
        const res = await fetch(stack.baseUrl + path, { headers, redirect: 'manual' });
        const text = await res.text();
        pages++;
        for (const id of homeIds) if (text.includes(id)) seen.push(`${role} ${path} shows ${id}`);
      }
    }
    expect(pages).toBeGreaterThan(100);
    expect(seen).toEqual([]);
  });

  async function call(method: string, path: string, role: Role): Promise<number> {
    // A request that got past the scope checks to the home ward's workflow would wait for the stopped worker.
    const res = await requestAs(stack.baseUrl, sessions.get(role)!, method, path, AbortSignal.timeout(20_000)).catch((error: Error) => ({ status: `timeout (${error.name})`, arrayBuffer: async () => undefined }));
    await res.arrayBuffer();
    return typeof res.status === 'number' ? res.status : -1;
  }

  /** Routes anyone may use (verification, public posting and objections) are not scoped by body. */
  async function isPublic(method: string, path: string): Promise<boolean> {
    const res = await fetch(stack.baseUrl + path, { method: 'GET', redirect: 'manual' });
    await res.arrayBuffer();
    return method === 'GET' ? res.status === 200 : /^\/(xac-thuc|cong-khai|api\/v1\/public)\//.test(path);
  }
});

/** Puts the home ward's record of the kind each segment names in place of its parameter. */
function fill(template: string, ids: Ids): string {
  const segments = template.split('/');
  return segments
    .map((segment, i) => {
      if (!segment.startsWith(':')) return segment;
      const before = segments[i - 1] ?? '';
      const root = segments[1] === 'api' ? segments[3] ?? '' : segments[1] ?? '';
      if (segment === ':kind') return 'ca-nhan';
      const kind = KIND_BY_SEGMENT[before] ?? (segments[i - 2] === 'so-khen-thuong' || segments[i - 2] === 'register' ? 'person' : undefined);
      const value = kind === 'document' ? ids[DOCUMENT_BY_ROOT[root] ?? 'proposalDocument'] : kind ? ids[kind] : undefined;
      return value ?? randomUUID();
    })
    .join('/');
}

const KIND_BY_SEGMENT: Record<string, string> = {
  proposals: 'proposal', 'ho-so': 'proposal', 'cong-khai': 'proposal', rounds: 'round', dot: 'round', plans: 'plan', 'ke-hoach': 'plan',
  'proposal-drafts': 'draft', 'ho-so-nhap': 'draft', 'nguoi-dung': 'user', 'don-vi': 'unit', 'hoi-dong': 'council', 'thanh-vien': 'councilMember',
  'danh-sach-ca-nhan': 'person', 'danh-sach-ho-gia-dinh': 'household', 'thong-bao': 'notification', 'thu-hoi': 'revocation', 'xac-thuc': 'decision',
  documents: 'document', 'giay-to': 'document', 'van-ban': 'document', objections: 'objection', 'phan-anh': 'objection', targets: 'target',
  'chi-tieu': 'target', 'minh-chung': 'evidence',
};
/** Which document a route's `documents`/`giay-to`/`van-ban` names, by the route's first segment. */
const DOCUMENT_BY_ROOT: Record<string, string> = { dot: 'roundDocument', 'xac-thuc': 'archivedDocument', 'ho-so-nhap': 'draftDocument', 'proposal-drafts': 'draftDocument' };

async function idsOf(stack: ApiStack, home: Ward, scenario: DemoScenarioResult): Promise<Ids> {
  const one = async (sql: string, params: unknown[] = [home.bodyId]): Promise<string | undefined> => (await stack.dataSource.query(sql, params))[0]?.id;
  const posted = scenario.proposalIds['own-mn-giay-khen'];
  return {
    proposal: posted,
    round: scenario.roundIds.current,
    plan: scenario.planId,
    draft: await one(`SELECT id FROM proposal_draft WHERE body_id = $1 LIMIT 1`),
    draftDocument: await one(`SELECT d.id FROM proposal_draft_document d JOIN proposal_draft p ON p.id = d.draft_id WHERE p.body_id = $1 LIMIT 1`),
    user: home.userIds['truong.mamnon'],
    unit: home.unitIds['mn-ngo-quyen'],
    council: await one(`SELECT id FROM council WHERE body_id = $1 LIMIT 1`),
    councilMember: home.userIds['hoidong.mttq'],
    person: await one(`SELECT id FROM person WHERE body_id = $1 LIMIT 1`),
    // The demo registers no household: one, as the residential group head would add it.
    household: await one(
      `INSERT INTO household (body_id, head_name, address, residential_group_id) VALUES ($1, 'Hộ ông Lê Văn Tám', 'Số 12, tổ dân phố số 1', $2) RETURNING id`,
      [home.bodyId, home.unitIds['tdp-1']],
    ),
    notification: await one(`SELECT id FROM notification WHERE body_id = $1 LIMIT 1`),
    revocation: await one(`SELECT id FROM decision_revocation WHERE body_id = $1 LIMIT 1`),
    decision: await one(`SELECT id FROM decision WHERE body_id = $1 LIMIT 1`),
    proposalDocument: await one(`SELECT id FROM proposal_document WHERE proposal_id = $1 LIMIT 1`, [posted]),
    roundDocument: await one(`SELECT id FROM archived_document WHERE body_id = $1 AND round_id = $2 LIMIT 1`, [home.bodyId, scenario.roundIds.previous]),
    archivedDocument: await one(`SELECT id FROM archived_document WHERE body_id = $1 LIMIT 1`),
    objection: await one(`SELECT id FROM proposal_objection WHERE proposal_id = $1 LIMIT 1`, [posted]),
    target: await one(`SELECT id FROM plan_target WHERE plan_id = $1 LIMIT 1`, [scenario.planId]),
    evidence: await one(`SELECT id FROM plan_progress_report WHERE plan_id = $1 LIMIT 1`, [scenario.planId]),
  };
}

/** A digest per table: the home ward's rows where the table names a body, every row otherwise. */
async function snapshot(stack: ApiStack, bodyId: string): Promise<Record<string, string>> {
  const tables: { table_name: string; has_body: boolean }[] = await stack.dataSource.query(
    `SELECT t.table_name, EXISTS (SELECT 1 FROM information_schema.columns c WHERE c.table_schema = 'public' AND c.table_name = t.table_name AND c.column_name = 'body_id') AS has_body
       FROM information_schema.tables t WHERE t.table_schema = 'public' AND t.table_type = 'BASE TABLE' AND t.table_name NOT IN ('migrations', 'typeorm_metadata')
      ORDER BY t.table_name`,
  );
  const digest: Record<string, string> = {};
  for (const { table_name: table, has_body: hasBody } of tables) {
    if (WRITTEN_BY_ANY_REQUEST.has(table)) continue;
    const [row] = await stack.dataSource.query(
      `SELECT count(*)::int AS n, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS h FROM "${table}" t ${hasBody ? 'WHERE t.body_id = $1' : ''}`,
      hasBody ? [bodyId] : [],
    );
    digest[table] = `${row.n}:${row.h}`;
  }
  return digest;
}
