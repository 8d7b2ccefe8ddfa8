import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureDemoBodyPki, ensureDemoPki, FileArchiveStore, loadTrustedRoots, verifyPdfSignatures } from '@khenthuong/documents';
import { ACTIVITY_FAILURE_REASON_VI } from '@khenthuong/temporal';
import { DEMO_BODY, DEMO_PASSWORD, DEMO_USERS, loadBodyCalendar, loadProvince, type LoadedWard } from '@khenthuong/persistence';
import { pdfFlatText } from '../../libs/documents/test/pdf-inspect';
import { csrfTokenIn, WebClient } from '../../apps/api/test/web/web-client';
import { ClusterStack } from './support/cluster-stack';
import { databaseBytes, putWardToWork, putWardToWorkWithoutKeys, rowsOfBody, workDigest, type KeysMissingSeen, type WardAtWork } from './support/province-work';
import { namesWard, percentile, ROLE_USERS, WardSessions } from './support/province-sessions';

const WARDS = 100;
/** Wards far apart in the province, each taking one proposal to its decision at the same time. */
const AT_WORK = [1, 50, 100];
/** The ward at work whose signing keys are installed only once its first paper asks for them. */
const KEYLESS = 100;
/** Wards spread over the province that reach for the records of the wards at work. */
const SAMPLED = [3, 7, 12, 17, 21, 26, 30, 35, 39, 44, 48, 53, 57, 62, 66, 71, 75, 80, 84, 89, 97];
/** A refusal that tells nothing of the other ward: forbidden to the role, or no such record in the caller's ward. */
const REFUSED = new Set([403, 404]);
const LOADED_TABLES = ['issuing_body', 'unit', 'person', 'app_user', 'council', 'council_member', 'plan', 'plan_target'];

const person = (role: 'CHAIRMAN' | 'VICE_CHAIRMAN') => DEMO_USERS.find((u) => u.roles.includes(role))!.person;
const mb = (bytes: number) => Math.round(bytes / 1024 / 102.4) / 10;

describe('cluster: a province of 100 wards in one deployment, each confined to its own issuing body', () => {
  let stack: ClusterStack;
  let wards: LoadedWard[];
  let atWork: WardAtWork[];
  let keysDir: string;
  let keysMissing: KeysMissingSeen | undefined;
  const sessions = new Map<number, WardSessions>();
  const figures: Record<string, unknown> = {};

  beforeAll(async () => {
    // Keys of the province's own: each ward signs with its folder under bodies/, all under one root.
    keysDir = mkdtempSync(join(tmpdir(), 'khenthuong-province-keys-'));
    ensureDemoPki(keysDir);
    stack = await ClusterStack.start('province', { postingSeconds: 5, signingKeysDir: keysDir });
    figures.bootMs = stack.bootMs;
    const before = await databaseBytes(stack);
    const province = await loadProvince(stack.db, { wards: WARDS });
    wards = province.wards;
    figures.loadMs = province.durationMs;
    figures.databaseMb = { before: mb(before), after: mb(await databaseBytes(stack)) };
    figures.rowsPerWard = await rowsOfBody(stack, wards[0]!.bodyId);
    const started = Date.now();
    const installKeys = (ward: LoadedWard) => () => void ensureDemoBodyPki(keysDir, ward.code, { name: ward.name, chairmanName: person('CHAIRMAN'), viceChairmanName: person('VICE_CHAIRMAN') });
    for (const n of AT_WORK.filter((n) => n !== KEYLESS)) installKeys(wards[n - 1]!)();
    atWork = await Promise.all(
      AT_WORK.map(async (n) => {
        if (n !== KEYLESS) return putWardToWork(stack, wards[n - 1]!);
        const { keysMissing: seen, ...work } = await putWardToWorkWithoutKeys(stack, wards[n - 1]!, installKeys(wards[n - 1]!));
        keysMissing = seen;
        return work;
      }),
    );
    figures.decisionsAtOnceMs = { all: Date.now() - started, ...Object.fromEntries(atWork.map((w) => [w.ward.code, w.decidedMs])) };
    const signingIn = Date.now();
    for (const n of [...AT_WORK, ...SAMPLED]) sessions.set(n, await WardSessions.signIn(stack.baseUrl, wards[n - 1]!));
    figures.signInMs = { users: sessions.size * ROLE_USERS.length, all: Date.now() - signingIn };
  }, 45 * 60_000);

  afterAll(async () => {
    console.log(`province figures: ${JSON.stringify(figures, null, 2)}`);
    const left = await stack?.close();
    if (keysDir) rmSync(keysDir, { recursive: true, force: true });
    expect(left ?? []).toEqual([]);
  }, 180_000);

  it(`loads ${WARDS} wards as issuing bodies of their own names, users, council and plan; loading again changes nothing`, async () => {
    const bodies: { code: string; name: string; header_name: string; users: number; councils: number; members: number; plans: number }[] = await stack.db.query(
      `SELECT b.code, b.name, b.header_name,
              (SELECT count(*)::int FROM app_user u WHERE u.body_id = b.id AND u.username LIKE b.code || '.%') AS users,
              (SELECT count(*)::int FROM council c WHERE c.body_id = b.id AND c.active) AS councils,
              (SELECT count(*)::int FROM council_member m JOIN council c ON c.id = m.council_id WHERE c.body_id = b.id) AS members,
              (SELECT count(*)::int FROM plan p WHERE p.body_id = b.id) AS plans
         FROM issuing_body b ORDER BY b.code`,
    );
    expect(bodies.map((b) => b.code)).toEqual(wards.map((w) => w.code));
    expect(new Set(bodies.map((b) => b.name)).size).toBe(WARDS);
    expect(bodies.filter((b) => b.name.includes(DEMO_BODY.placeName) || !b.header_name.startsWith('PHƯỜNG '))).toEqual([]);
    const councilSeats = DEMO_USERS.filter((u) => u.council).length;
    expect(bodies.filter((b) => b.users !== DEMO_USERS.length || b.councils !== 1 || b.members !== councilSeats || b.plans !== 1)).toEqual([]);
    const [council] = await stack.db.query(`SELECT name FROM council WHERE body_id = $1`, [wards[49]!.bodyId]);
    expect(council.name).toBe(`Hội đồng Thi đua - Khen thưởng phường ${wards[49]!.placeName}`);

    const rows = await loadedRows();
    const again = await loadProvince(stack.db, { wards: WARDS });
    expect(again.wards.map((w) => w.bodyId)).toEqual(wards.map((w) => w.bodyId));
    expect(await loadedRows()).toEqual(rows);
    figures.reloadMs = again.durationMs;
  });

  it('takes a proposal to its decision in wards 1, 50 and 100 at once: each is number 1 of its own ward, names its ward, and its archived file is in its ward’s chain and verifies', async () => {
    const archive = new FileArchiveStore(stack.archiveDir);
    const signers: Record<string, string[]> = {};
    for (const { ward, decisionId } of atWork) {
      const [decision] = await stack.db.query(`SELECT body_id, sequence, number_text FROM decision WHERE id = $1`, [decisionId]);
      expect({ ward: ward.code, body: decision.body_id, sequence: decision.sequence }).toEqual({ ward: ward.code, body: ward.bodyId, sequence: 1 });
      expect(decision.number_text).toMatch(/^01\/QĐ-/);
      const chain: { body_id: string; chain_seq: number; kind: string; decision_id: string | null; sha256: string }[] = await stack.db.query(
        `SELECT body_id, chain_seq, kind, decision_id, sha256 FROM archived_document WHERE body_id = $1 AND round_id IS NULL ORDER BY chain_seq`,
        [ward.bodyId],
      );
      // The ward's own chain, numbered from 1 without gaps, holds its decision.
      expect(chain.map((c) => c.chain_seq)).toEqual(chain.map((_, i) => i + 1));
      const filed = chain.find((c) => c.kind === 'DECISION' && c.decision_id === decisionId);
      expect(filed).toBeDefined();
      const pdf = (await archive.get(filed!.sha256))!;
      const text = await pdfFlatText(pdf);
      expect(text).toContain(ward.headerName);
      expect(text).toContain(decision.number_text);
      // Every paper of the ward carries its own people's and seal's signatures, valid under the province's root.
      const signedKinds: string[] = [];
      for (const paper of chain) {
        const bytes = (await archive.get(paper.sha256))!;
        const checks = bytes.subarray(0, 5).toString('latin1') === '%PDF-' ? verifyPdfSignatures(bytes, loadTrustedRoots(keysDir)) : [];
        if (checks.length === 0) continue;
        signedKinds.push(paper.kind);
        expect({ ward: ward.code, kind: paper.kind, signatures: checks.map((c) => [c.signerOrganization, c.chainTrusted, c.problems]) }).toEqual({
          ward: ward.code, kind: paper.kind, signatures: [[ward.name, true, []], [ward.name, true, []]],
        });
      }
      expect({ ward: ward.code, signedKinds }).toEqual({ ward: ward.code, signedKinds: expect.arrayContaining(['MINUTES', 'SUBMISSION', 'DECISION']) });
      signers[ward.code] = verifyPdfSignatures(pdf, []).map((check) => `${check.signerName} (${check.signerOrganization ?? '—'})`);
      const others = wards.filter((w) => w.bodyId !== ward.bodyId && text.includes(w.headerName));
      expect({ ward: ward.code, otherWardsNamed: others.map((w) => w.code), demoWardNamed: text.includes(DEMO_BODY.headerName) }).toEqual({ ward: ward.code, otherWardsNamed: [], demoWardNamed: false });

      // The public verification page of the decision matches the archived file.
      const visitor = new WebClient(stack.baseUrl);
      const page = await visitor.get(`/xac-thuc/${decisionId}`);
      expect(page.html).toContain(`số ${decision.number_text}`);
      const form = new FormData();
      form.set('_csrf', csrfTokenIn(page.html));
      form.set('file', new Blob([new Uint8Array(pdf)], { type: 'application/pdf' }), 'quyet-dinh.pdf');
      const checked = await fetch(`${stack.baseUrl}/xac-thuc/${decisionId}`, { method: 'POST', body: form, headers: { cookie: [...visitor.cookies].map(([k, v]) => `${k}=${v}`).join('; ') } });
      expect(await checked.text()).toContain('Kết quả đối chiếu: Khớp');
      // Anyone's pages of the ward (its decision's verification page, its start page, its public posting) name that ward alone.
      const start = await visitor.get(`/?body=${ward.code}`);
      expect(start.html).toContain(decision.number_text);
      const posting = await visitor.get(`/cong-khai?body=${ward.code}`);
      for (const [where, html] of [['verification', page.html], ['start', start.html], ['posting', posting.html]]) {
        expect({ ward: ward.code, where, named: wards.filter((w) => namesWard(html!, w)).map((w) => w.code) }).toEqual({ ward: ward.code, where, named: [ward.code] });
      }
    }
    figures.decisionSigners = signers;
    const verified = stack.archiveVerify();
    expect({ status: verified.status, output: verified.output.trim() }).toEqual({ status: 0, output: expect.stringMatching(/archive: \d+ bodies, .* 0 problems/) });
    expect(Number(/archive: (\d+) bodies/.exec(verified.output)?.[1])).toBeGreaterThanOrEqual(AT_WORK.length);
  });

  it('puts a ward without signing keys of its own in "Cần xử lý" rather than sealing with another ward’s, and goes on once they are installed', () => {
    figures.keysMissing = keysMissing;
    expect(keysMissing).toEqual({ reasonVi: ACTIVITY_FAILURE_REASON_VI.SIGNING_KEYS_MISSING, archivedWhileWaiting: 0, resumedMs: expect.any(Number) });
    // Its decision was then issued under its own seal (checked with the others' in the test above).
    expect(atWork.find((w) => w.ward.ordinal === KEYLESS)?.decisionId).toEqual(expect.any(String));
  });

  it(`refuses every role of ${SAMPLED.length + AT_WORK.length} wards the proposal, round, decision, plan, person and user of another ward at work, and changes nothing there`, async () => {
    const pairs: [WardSessions, WardAtWork][] = [
      ...SAMPLED.map((n, i) => [sessions.get(n)!, atWork[i % atWork.length]!] as [WardSessions, WardAtWork]),
      ...atWork.map((w, i) => [sessions.get(AT_WORK[(i + 1) % AT_WORK.length]!)!, w] as [WardSessions, WardAtWork]),
    ];
    expect(pairs.length).toBeGreaterThanOrEqual(20);
    const digests = await Promise.all(atWork.map((w) => workDigest(stack, w.ward.bodyId)));
    const leaks: string[] = [];
    let calls = 0;
    for (const [asker, target] of pairs) {
      const person = target.ward.personIds[DEMO_USERS[0]!.person]!;
      const user = target.ward.userIds['chutich']!;
      const byId: [string, string, unknown?][] = [
        ['GET', `/api/v1/proposals/${target.proposalId}`],
        ['GET', `/api/v1/rounds/${target.roundId}`],
        ['GET', `/api/v1/plans/${target.ward.planId}`],
        ['GET', `/api/v1/people/${person}`],
        ['POST', `/api/v1/decisions/${target.decisionId}/revoke`, { reason: 'Thu hồi để kiểm tra phạm vi của phường' }],
        ['PAGE', `/ho-so/${target.proposalId}`],
        ['PAGE', `/ho-so/${target.proposalId}/quyet-dinh.pdf`],
        ['PAGE', `/dot/${target.roundId}`],
        ['PAGE', `/ke-hoach/${target.ward.planId}`],
        ['PAGE', `/danh-sach-ca-nhan/${person}`],
        ['PAGE', `/quan-tri/nguoi-dung/${user}`],
      ];
      await Promise.all(
        asker.roles.map(async (session) => {
          for (const [method, path, body] of byId) {
            const status = method === 'PAGE' ? (await session.web.get(path)).status : (await session.api.request(method, path, body)).status;
            calls++;
            if (!REFUSED.has(status)) leaks.push(`${asker.ward.code} ${session.role} ${method} ${path} (${target.ward.code}) → ${status}`);
          }
        }),
      );
    }
    console.log(`province: ${pairs.length} ward pairs, ${calls} requests for another ward's records by id`);
    expect(leaks).toEqual([]);
    expect(await Promise.all(atWork.map((w) => workDigest(stack, w.ward.bodyId)))).toEqual(digests);
  });

  it('shows each ward’s lists and pages, for every role, without one record or the name of another ward', async () => {
    const idsOf = (w: LoadedWard, work?: WardAtWork) => [w.bodyId, w.planId, ...Object.values(w.userIds), ...Object.values(w.unitIds), ...(work ? [work.proposalId, work.roundId, work.decisionId] : [])];
    const everyone = [...sessions.values()];
    const seen: string[] = [];
    const ownSeen: string[] = [];
    for (const viewer of everyone) {
      const listed = await viewer.everythingListed();
      const all = listed.map((l) => l.text).join('\n');
      // The checks can find what they look for: the ward's pages name it, and a ward at work lists its proposal.
      const own = atWork.find((w) => w.ward.bodyId === viewer.ward.bodyId);
      if (!namesWard(all, viewer.ward) || (own && !all.includes(own.proposalId))) ownSeen.push(`${viewer.ward.code} does not list its own records`);
      for (const other of everyone.filter((o) => o !== viewer)) {
        const work = atWork.find((w) => w.ward.bodyId === other.ward.bodyId);
        for (const { where, text } of listed) {
          const shown = idsOf(other.ward, work).filter((id) => text.includes(id));
          if (shown.length) seen.push(`${where} shows ${shown.length} records of ${other.ward.code}`);
          if (namesWard(text, other.ward)) seen.push(`${where} names ${other.ward.name}`);
        }
      }
    }
    expect({ ownSeen, seen }).toEqual({ ownSeen: [], seen: [] });
  });

  it('opens a session in its own ward only for each login name, and none for a name without a ward', async () => {
    const wrong: string[] = [];
    for (const [n, ward] of sessions) {
      const chairman = ward.roles.find((r) => r.role === 'CHAIRMAN')!;
      const actor = await stack.db.query(
        `SELECT DISTINCT u.body_id FROM user_session s JOIN app_user u ON u.id = s.user_id WHERE u.username = $1`,
        [`${ward.ward.usernamePrefix}chutich`],
      );
      if (actor.length !== 1 || actor[0].body_id !== ward.ward.bodyId) wrong.push(`${n}: sessions of ${ward.ward.usernamePrefix}chutich in ${JSON.stringify(actor)}`);
      const page = await chairman.web.get('/viec-can-lam');
      const named = wards.filter((w) => namesWard(page.html, w)).map((w) => w.code);
      if (named.join() !== ward.ward.code) wrong.push(`${n}: the chairman's page names ${named.join(', ') || 'no ward'}`);
    }
    expect(wrong).toEqual([]);
    // The demo ward is not loaded here: its login names, which every ward's names end with, open nothing.
    for (const user of ['chutich', 'canbo.vp']) {
      const res = await fetch(`${stack.baseUrl}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: user, password: DEMO_PASSWORD }) });
      expect(res.status).toBe(401);
    }
  });

  it('answers a signed-in page of wards 1, 50 and 100 with every ward loaded (figures printed)', async () => {
    const timings: Record<string, { p50: number; p99: number }> = {};
    for (const n of AT_WORK) {
      const chairman = sessions.get(n)!.roles.find((r) => r.role === 'CHAIRMAN')!;
      const ms: number[] = [];
      for (let i = 0; i < 50; i++) {
        const started = performance.now();
        const page = await chairman.web.get('/viec-can-lam');
        ms.push(performance.now() - started);
        expect(page.status).toBe(200);
      }
      timings[wards[n - 1]!.code] = { p50: Math.round(percentile(ms, 50)), p99: Math.round(percentile(ms, 99)) };
    }
    figures.taskPageMs = timings;
    expect(Object.keys(timings)).toHaveLength(AT_WORK.length);
  });

  it('keeps each ward’s calendar its own: a day off one ward adds leaves the other wards’ working days', async () => {
    const [first, middle, last] = AT_WORK.map((n) => sessions.get(n)!.roles.find((r) => r.role === 'ADMIN')!.web);
    const form = await first!.get('/quan-tri/lich-nghi?nam=2026');
    const added = await first!.post('/quan-tri/lich-nghi', { _csrf: csrfTokenIn(form.html), date: '2026-06-12', status: 'S', occasion: 'Nghỉ hoán đổi của phường', source: 'Thông báo số 1/TB-UBND' });
    expect(added.status).toBe(303);
    const workingDay = async (n: number) => (await loadBodyCalendar(stack.db, wards[n - 1]!.bodyId)).isWorkingDay('2026-06-12');
    expect(await Promise.all(AT_WORK.map(workingDay))).toEqual([false, true, true]);
    expect((await first!.get('/quan-tri/lich-nghi?nam=2026')).html).toContain('Thông báo số 1/TB-UBND');
    for (const other of [middle!, last!]) expect((await other.get('/quan-tri/lich-nghi?nam=2026')).html).not.toContain('Thông báo số 1/TB-UBND');
  });

  /** The rows of the tables the loader writes (the wards at work write others meanwhile). */
  async function loadedRows(): Promise<Record<string, number>> {
    const counts: Record<string, number> = {};
    for (const table of LOADED_TABLES) counts[table] = (await stack.db.query(`SELECT count(*)::int AS n FROM "${table}"`))[0].n;
    return counts;
  }
});
