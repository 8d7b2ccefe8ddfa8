import type { FakeSigningService } from '../../../../libs/documents/test/fake-signing-service';
import { attachRequiredPapers } from '../../../../test/support/dossier-papers';
import { pendingTransaction, signaturesOfArchived, startRemoteSigningWorker, type RemoteSigningWorker } from '../../../../test/support/remote-signing';
import { ApiClient, eventually, seedIsolatedWard, useStack, type ApiStack, type IsolatedWard } from '../../../../test/support/stack';
import { WebClient } from '../web/web-client';

const VOTERS = ['chutich', 'phochutich', 'canbo.vp', 'hoidong.mttq', 'hoidong.congan', 'hoidong.vhxh'];

/**
 * A round's decision (one per title) signed on the chairman's device through a remote hash-signing
 * service (a local fake), on the real stack: the round waits, and issues once the signer approved.
 */
describe('"ký số" of a round\'s decision on the signer\'s device, end to end', () => {
  let stack: ApiStack;
  let wards: IsolatedWard[];
  let ward: IsolatedWard;
  let remote: RemoteSigningWorker;
  let service: FakeSigningService;

  useStack({ worker: false, timeoutMs: 120_000 }, async (started) => {
    stack = started.stack;
    wards = [started.ward, await seedIsolatedWard(stack.dataSource)];
    remote = await startRemoteSigningWorker(started.config, wards.map((w) => w.prefix), { chutich: 'chairman', phochutich: 'viceChairman' });
    service = remote.service;
  });
  let next = 0;
  beforeEach(() => {
    ward = wards[next++]!;
  });
  afterAll(async () => {
    await remote?.close();
  });

  const as = (user: string) => ApiClient.login(stack.baseUrl, ward.prefix + user);
  const statusOf = async (table: 'proposal' | 'round', id: string) => (await stack.dataSource.query(`SELECT status FROM ${table} WHERE id = $1`, [id]))[0]?.status as string;
  const reach = (table: 'proposal' | 'round', id: string, status: string) =>
    eventually(async () => ((await statusOf(table, id)) === status ? true : undefined), `${table} ${status}`, 120_000);
  const archivedDecisions = (roundId: string): Promise<{ sha256: string }[]> =>
    stack.dataSource.query(`SELECT a.sha256 FROM archived_document a JOIN decision d ON d.id = a.decision_id WHERE a.kind = 'DECISION' AND d.subject_key LIKE $1`, [`round:${roundId}:%`]);
  const roundState = async (roundId: string) => (await (await as('canbo.vp')).request('GET', `/api/v1/rounds/${roundId}`)).body.state;

  /** A round of two collectives (one title) the council passed, awaiting the chairman's decision. */
  async function roundAwaitingDecision(name: string): Promise<string> {
    const officer = await as('canbo.vp');
    const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
    const round = await officer.request('POST', '/api/v1/rounds', { name, kind: 'YEAR_END', year: 2026, nominationDeadline: today });
    expect(round.status).toBe(201);
    const roundId = round.body.round.id as string;
    for (const [user, nomineeName] of [['tdp1', 'Tổ dân phố số 1'], ['tram.yte', 'Trạm Y tế phường Ngô Quyền']]) {
      const unitHead = await as(user!);
      const res = await unitHead.request('POST', '/api/v1/proposals', {
        title: 'GIAY_KHEN_TAP_THE', year: 2026, nomineeName, achievement: 'Thành tích xuất sắc trong phong trào thi đua năm 2026', roundId,
      });
      expect([res.status, res.body.errors]).toEqual([201, undefined]);
      await reach('proposal', res.body.id, 'SUBMITTED');
      await attachRequiredPapers(unitHead, res.body.id, 'GIAY_KHEN_TAP_THE');
      expect((await officer.request('POST', `/api/v1/proposals/${res.body.id}/complete`)).status).toBe(200);
    }
    expect((await officer.request('POST', `/api/v1/rounds/${roundId}/close-nominations`)).status).toBe(200);
    expect((await officer.request('POST', `/api/v1/rounds/${roundId}/council/open`)).body).toEqual({ result: 2 });
    for (const user of VOTERS) {
      expect((await (await as(user)).request('POST', `/api/v1/rounds/${roundId}/ballots`, { defaultChoice: 'AGREE', exceptions: [] })).status).toBe(200);
    }
    expect((await (await as('chutich')).request('POST', `/api/v1/rounds/${roundId}/council/close`)).body).toEqual({ result: { passed: 2, failed: 0 } });
    await reach('round', roundId, 'AWAITING_DECISION');
    return roundId;
  }

  it('approved on the device: the page shows the wait, the queue lists it, the chairman sends it again; issued with both signatures valid for pdfsig', async () => {
    const roundId = await roundAwaitingDecision('Đợt khen thưởng ký số từ xa');
    const chairman = await as('chutich');
    // Nothing is awaited before the decision.
    expect((await chairman.request('POST', `/api/v1/rounds/${roundId}/signature/resend`)).status).toBe(409);
    const before = service.transactions.length;
    expect((await chairman.request('POST', `/api/v1/rounds/${roundId}/decision`, { approve: true, struck: [] })).status).toBe(200);
    const first = await pendingTransaction(service, before + 1);
    expect([first.credentialId, first.description]).toEqual(['cred-chutich', expect.stringMatching(/^Quyết định số \d+\/QĐ-UBND$/)]);
    const waiting = await eventually(async () => {
      const state = await roundState(roundId);
      return state.awaitingSignature ? state : undefined;
    }, 'the round awaiting the signature');
    expect(waiting).toMatchObject({ status: 'ISSUING', awaitingSignature: { attempt: 1 }, allowedActions: ['RESEND_SIGNATURE_REQUEST'] });
    expect(await archivedDecisions(roundId)).toEqual([]);

    const web = await WebClient.login(stack.baseUrl, `${ward.prefix}chutich`);
    const page = (await web.get(`/dot/${roundId}`)).html;
    expect(page).toMatch(/Đang chờ ký số trên thiết bị của người ký: Quyết định số \d+\/QĐ-UBND, gửi lúc \d{2}:\d{2} ngày \d{2}\/\d{2}\/\d{4}, hết hạn lúc \d{2}:\d{2} ngày \d{2}\/\d{2}\/\d{4}\./);
    expect(page).toContain(`<a href="/dot/${roundId}/du-thao-quyet-dinh.pdf">Xem dự thảo quyết định (PDF)</a>`);
    expect(page).toContain('<button type="submit">Gửi lại yêu cầu ký số</button>');
    const queue = (await web.get('/ky-duyet')).html;
    expect(queue).toContain(`<a href="/dot/${roundId}">Đợt khen thưởng ký số từ xa</a>`);
    expect(queue).toMatch(/Đang chờ ông\/bà ký số trên thiết bị ký số \(hết hạn lúc \d{2}:\d{2} ngày \d{2}\/\d{2}\/\d{4}\)\./);
    const draft = await web.get(`/dot/${roundId}/du-thao-quyet-dinh.pdf`);
    expect([draft.status, draft.headers.get('content-type'), draft.html.slice(0, 5)]).toEqual([200, 'application/pdf', '%PDF-']);
    // The vice-chairman did not decide, the officer does not sign: 403; no form for the vice-chairman.
    expect((await (await as('phochutich')).request('POST', `/api/v1/rounds/${roundId}/signature/resend`)).status).toBe(403);
    expect((await (await as('canbo.vp')).request('POST', `/api/v1/rounds/${roundId}/signature/resend`)).status).toBe(403);
    expect((await (await WebClient.login(stack.baseUrl, `${ward.prefix}phochutich`)).get(`/dot/${roundId}`)).html).not.toContain('Gửi lại yêu cầu ký số');

    const sent = await web.submit(`/dot/${roundId}`, `/dot/${roundId}/buoc/resend-signature-request`, {});
    expect(sent.status).toBe(303);
    const second = await eventually(async () => service.transactions.slice(before + 1).find((tx) => tx.id !== first.id), 'the request sent again');
    expect((await web.get(sent.location!)).html).toContain('Đã gửi lại yêu cầu ký số đến thiết bị của người ký.');
    service.approve(second.id);
    // The first request would stay on the device until its lifetime passes (the next test expects one pending).
    if (service.pending().some((tx) => tx.id === first.id)) service.expire(first.id);
    await reach('round', roundId, 'CLOSED');
    const [doc] = await archivedDecisions(roundId);
    expect(await signaturesOfArchived(stack, doc!.sha256)).toEqual([
      ['ChuKyNguoiCoThamQuyen', 'Nguyễn Văn Hùng', 'Signature is Valid.'],
      ['ChuKyCoQuan', expect.any(String), 'Signature is Valid.'],
    ]);
  }, 300_000);

  it('refused by the chairman: the round awaits its decision again with the note, nothing issued; decided by the vice-chairman, who signs', async () => {
    const roundId = await roundAwaitingDecision('Đợt khen thưởng từ chối ký số');
    const before = service.transactions.length;
    expect((await (await as('chutich')).request('POST', `/api/v1/rounds/${roundId}/decision`, { approve: true, struck: [] })).status).toBe(200);
    service.reject((await pendingTransaction(service, before + 1)).id);
    await reach('round', roundId, 'AWAITING_DECISION');
    expect((await roundState(roundId)).signatureRefusal).toMatch(/^Người ký từ chối ký số Quyết định số \d+\/QĐ-UBND; đợt chờ Chủ tịch quyết định lại$/);
    expect((await (await WebClient.login(stack.baseUrl, `${ward.prefix}canbo.vp`)).get(`/dot/${roundId}`)).html).toContain('Người ký từ chối ký số Quyết định số');
    expect(await archivedDecisions(roundId)).toEqual([]);

    expect((await (await as('phochutich')).request('POST', `/api/v1/rounds/${roundId}/decision`, { approve: true, struck: [] })).status).toBe(200);
    const second = await pendingTransaction(service, before + 2);
    expect(second.credentialId).toBe('cred-phochutich');
    service.approve(second.id);
    await reach('round', roundId, 'CLOSED');
    const [doc] = await archivedDecisions(roundId);
    expect(await signaturesOfArchived(stack, doc!.sha256)).toEqual([
      ['ChuKyNguoiCoThamQuyen', 'Trần Thị Lan', 'Signature is Valid.'],
      ['ChuKyCoQuan', expect.any(String), 'Signature is Valid.'],
    ]);
  }, 300_000);
});
