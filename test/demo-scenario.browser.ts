import type { INestApplicationContext } from '@nestjs/common';
import { chromium, type Browser } from 'playwright-core';
import { runDemoScenario, type DemoScenarioResult } from '@khenthuong/persistence';
import { postMultipart, textOf, WebClient } from '../apps/api/test/web/web-client';
import { walkAdministratorMorning } from './morning/administrator.walk';
import { walkChairmanMorning } from './morning/chairman.walk';
import { walkCitizenMorning } from './morning/citizen.walk';
import { walkCouncilMemberMorning } from './morning/council-member.walk';
import { walkCouncilMemberVotes, walkOfficerConfirmsComplete } from './morning/council-handoffs.walk';
import { walkHealthStationMorning } from './morning/health-station.walk';
import { walkOfficerMorning } from './morning/officer.walk';
import type { MorningStack } from './morning/page-checks';
import { walkResidentialGroupMorning, walkUnitHeadMorning } from './morning/unit-head.walk';
import { walkPrimarySchoolMorning } from './morning/unit-scope.walk';
import { walkViceChairmanMorning } from './morning/vice-chairman.walk';
import { seedIsolatedWard, startApi, startWorker, testConfig, type ApiStack } from './support/stack';

/** The process's demo logins, each told of what concerns it; the administrator hears of nothing in the process. */
const NOTIFIED_LOGINS = ['canbo.vp', 'chutich', 'phochutich', 'hoidong.mttq', 'hoidong.congan', 'hoidong.vhxh', 'truong.mamnon', 'truong.tieuhoc', 'tram.yte', 'tdp1'];
const DEMO_LOGINS = [...NOTIFIED_LOGINS, 'quantri'];

/**
 * The demo scenario `npm start` plays on a fresh database, against the real api, worker, Temporal,
 * PostgreSQL and Chromium: what a user of the demo ward then sees, and that playing it again changes nothing.
 */
describe('demo scenario: the demo ward at work on first start', () => {
  let stack: ApiStack;
  let worker: INestApplicationContext;
  let ward: Awaited<ReturnType<typeof seedIsolatedWard>>;
  let result: DemoScenarioResult;
  let browser: Browser;
  const run = () => runDemoScenario({ baseUrl: stack.baseUrl, dataSource: stack.dataSource, bodyCode: `test-${ward.prefix}`, usernamePrefix: ward.prefix });

  beforeAll(async () => {
    // Postings last their working days, as under `npm start`; only the demo round shortens its own.
    const config = testConfig({ DEMO_ROUNDS: 'true', POSTING_PERIOD_SECONDS: '' });
    stack = await startApi(config);
    worker = await startWorker(config);
    ward = await seedIsolatedWard(stack.dataSource);
    const started = Date.now();
    result = await run();
    console.log(`demo scenario on a fresh ward: ${((Date.now() - started) / 1000).toFixed(1)} s`);
    browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH, args: ['--no-sandbox'] });
  }, 600_000);
  afterAll(async () => {
    await browser?.close();
    await worker?.close();
    await stack?.close();
  });

  const statusOf = async (key: string) => (await stack.dataSource.query(`SELECT status FROM proposal WHERE id = $1`, [result.proposalIds[key]]))[0].status as string;

  it("issues last year's decision: downloadable, and the public verification page finds it signed and matching", async () => {
    const year = new Date().getFullYear();
    const chairman = await WebClient.login(stack.baseUrl, `${ward.prefix}chutich`);
    const round = await chairman.get(`/dot/${result.roundIds.previous}`);
    expect(textOf(round.html)).toContain(`Đợt xét khen thưởng tổng kết năm ${year - 1}`);
    expect(textOf(round.html)).toMatch(/Quyết định số \d{2}\/QĐ-UBND ngày \d{2}\/\d{2}\/\d{4}: Lao động tiên tiến, 2 trường hợp/);

    const teacher = result.proposalIds['r-prev-th-ldtt']!;
    const pdf = await fetch(`${stack.baseUrl}/ho-so/${teacher}/quyet-dinh.pdf`, { headers: { cookie: [...chairman.cookies].map(([k, v]) => `${k}=${v}`).join('; ') } });
    expect(pdf.status).toBe(200);
    const bytes = Buffer.from(await pdf.arrayBuffer());
    const [{ decision_id: decisionId }] = await stack.dataSource.query(`SELECT decision_id FROM proposal WHERE id = $1`, [teacher]);

    const visitor = new WebClient(stack.baseUrl);
    const page = await visitor.get(`/xac-thuc/${decisionId}`);
    expect(page.status).toBe(200);
    expect(textOf(page.html)).toContain('Còn hiệu lực');
    expect(textOf(page.html)).toContain('Tạ Văn Đức');
    const checked = (await postMultipart(visitor, `/xac-thuc/${decisionId}`, `/xac-thuc/${decisionId}`, {}, { bytes, name: 'quyet-dinh.pdf', type: 'application/pdf' })).html;
    expect(checked).toContain('Kết quả đối chiếu: Khớp');
    expect(checked).toContain('Hợp lệ: tệp có 2 chữ ký số, đều xác thực được.');
    for (const key of ['r-prev-mn-ttldtt', 'r-prev-th-ldtt', 'r-prev-yt-ldtt']) expect(['DOCUMENTS_ISSUED', 'CLOSED']).toContain(await statusOf(key));
  });

  it("leaves this year's dossiers in every state before the decision, each with its required papers", async () => {
    const expected: Record<string, string> = {
      'r-cur-th-ldtt-duc': 'SUBMITTED',
      'own-mn-dot-xuat': 'SUBMITTED',
      'r-cur-mn-ldtt': 'RETURNED',
      'r-cur-mn-ttldtt': 'AWAITING_COUNCIL',
      'own-tdp1-dot-xuat': 'IN_COUNCIL_REVIEW',
      'own-mn-giay-khen': 'PUBLICLY_POSTED',
      'own-yt-dot-xuat': 'AWAITING_DECISION',
    };
    const seen: Record<string, string> = {};
    for (const key of Object.keys(expected)) seen[key] = await statusOf(key);
    expect(seen).toEqual(expected);
    const withoutPapers: string[] = [];
    for (const [key, id] of Object.entries(result.proposalIds)) {
      const kinds = (await stack.dataSource.query(`SELECT kind FROM proposal_document WHERE proposal_id = $1`, [id])).map((r: { kind: string }) => r.kind);
      if (kinds.length < 2) withoutPapers.push(`${key}: ${kinds.join(', ')}`);
    }
    expect(withoutPapers).toEqual([]);
    const posted = await new WebClient(stack.baseUrl).get(`/cong-khai?body=${encodeURIComponent(`test-${ward.prefix}`)}`);
    expect(textOf(posted.html)).toContain('Hoàng Thị Mai');
  });

  it("records this year's plan from the seed with its progress, and issues it", async () => {
    const year = new Date().getFullYear();
    const [plan] = await stack.dataSource.query(`SELECT title, year FROM plan WHERE id = $1`, [result.planId]);
    expect(plan).toEqual({ title: `Phát động các phong trào thi đua năm ${year}`, year });
    const [{ targets, reported }] = await stack.dataSource.query(
      `SELECT (SELECT count(*)::int FROM plan_target WHERE plan_id = $1) AS targets, (SELECT count(DISTINCT target_id)::int FROM plan_progress_report WHERE plan_id = $1) AS reported`,
      [result.planId],
    );
    expect(targets).toBe(17);
    expect(reported).toBe(17);
  });

  it('gives every demo login something to do on "Việc cần làm", and unread notices to all but the administrator', async () => {
    const idle: string[] = [];
    const unaware: string[] = [];
    for (const user of DEMO_LOGINS) {
      const page = await (await WebClient.login(stack.baseUrl, ward.prefix + user)).get('/viec-can-lam');
      if (page.html.includes('id="khong-co-viec"')) idle.push(user);
      if (NOTIFIED_LOGINS.includes(user) && !/Thông báo <span class="count">\d+<\/span><span class="visually-hidden"> chưa đọc/.test(page.html)) unaware.push(user);
    }
    expect({ idle, unaware }).toEqual({ idle: [], unaware: [] });
  });

  describe("each role's working morning through the pages, in Chromium at 1366 and 375 px", () => {
    const morning = (): MorningStack => ({ browser, baseUrl: stack.baseUrl, dataSource: stack.dataSource, prefix: ward.prefix, bodyCode: `test-${ward.prefix}`, scenario: result });
    it('the officer: the vote as the council’s secretary, the notices, the dossier board, last year’s round and all its papers', () => walkOfficerMorning(morning()));
    it('a unit head: the returned dossier by its deadline, the notices, the posted dossier, the papers a unit is given and no others', () => walkUnitHeadMorning(morning()));
    it('a residential group head: this year’s round to nominate to, on the nomination form', () => walkResidentialGroupMorning(morning()));
    it('a council member: the vote on its form, the notices, the inbox, last year’s minutes', () => walkCouncilMemberMorning(morning()));
    it('the chairman: the decision due before the vote, the signing queue, the notices, an awardee’s decision', () => walkChairmanMorning(morning()));
    it('the administrator: next year’s days off to record, on the calendar form', () => walkAdministratorMorning(morning()));
    it('a citizen: issued decisions, the posting and its notice, a decision’s verification with its public papers only', () => walkCitizenMorning(morning()));
    it('the vice-chairman: the decision to sign on the chairman’s behalf before the vote, the signing queue, the council’s inbox, the notices', () => walkViceChairmanMorning(morning()));
    it('the primary school’s head: the returned dossier by its deadline, its own dossiers and papers only, 404 for another unit’s and its draft', () => walkPrimarySchoolMorning(morning()));
    it.each(['hoidong.congan', 'hoidong.vhxh'])('council member %s: the vote on its form, the notices, the inbox with the ballot not cast, last year’s minutes', (login) => walkCouncilMemberMorning(morning(), login));
    // The walks that act come last: the ones above see the scenario as it left the ward.
    it('the health station’s head: its own dossiers only, then nominates its nurse to this year’s round from the form, and the officer finds the dossier', () => walkHealthStationMorning(morning()));
    it('the officer confirms a new dossier complete from its page; a council member then has the vote and its notice', () => walkOfficerConfirmsComplete(morning()));
    it('a council member votes from the page: the ballot shown instead of the form, the vote off the list, the count for the secretary', () => walkCouncilMemberVotes(morning()));
  });

  it('changes nothing when played again', async () => {
    const count = async () =>
      (
        await stack.dataSource.query(
          `SELECT (SELECT count(*)::int FROM proposal WHERE body_id = $1) AS proposals, (SELECT count(*)::int FROM round WHERE body_id = $1) AS rounds,
                  (SELECT count(*)::int FROM plan WHERE body_id = $1) AS plans, (SELECT count(*)::int FROM archived_document WHERE body_id = $1) AS papers,
                  (SELECT count(*)::int FROM proposal_document d JOIN proposal p ON p.id = d.proposal_id WHERE p.body_id = $1) AS uploads,
                  (SELECT count(*)::int FROM audit_log a WHERE a.body_id = $1) AS audit`,
          [ward.bodyId],
        )
      )[0];
    const before = await count();
    const lastAudit = (await stack.dataSource.query(`SELECT max(id) AS id FROM audit_log WHERE body_id = $1`, [ward.bodyId]))[0].id;
    expect(await run()).toEqual(result);
    expect(await stack.dataSource.query(`SELECT action, from_state, to_state FROM audit_log WHERE body_id = $1 AND id > $2`, [ward.bodyId, lastAudit])).toEqual([]);
    expect(await count()).toEqual(before);
  });
});
