import type { FakeSigningService } from '../../../../libs/documents/test/fake-signing-service';
import { councilClients, toAwaitingDecision, waitForStatus, type CouncilClients } from '../../../../test/support/adhoc-proposal';
import { pendingTransaction as pendingAt, signaturesOfArchived, startRemoteSigningWorker, type RemoteSigningWorker } from '../../../../test/support/remote-signing';
import { WebClient } from '../web/web-client';
import { ApiClient, eventually, seedIsolatedWard, useStack, type ApiStack, type IsolatedWard } from '../../../../test/support/stack';

/**
 * The chairman signs on his device through a remote hash-signing service (a local fake that behaves
 * like one), on the real stack: the workflow waits durably, re-requests, and issues once approved.
 */
describe('"ký số" on the signer\'s device, end to end', () => {
  let stack: ApiStack;
  /** A ward per test: a nominee is proposed once per title and year. */
  let wards: IsolatedWard[];
  let ward: IsolatedWard;
  let remote: RemoteSigningWorker;
  let c: CouncilClients;
  let service: FakeSigningService;

  useStack({ worker: false, timeoutMs: 120_000 }, async (started) => {
    stack = started.stack;
    wards = [started.ward];
    for (let i = 1; i < 8; i++) wards.push(await seedIsolatedWard(stack.dataSource));
    // The chairman and the vice-chairman of these wards sign on their device.
    remote = await startRemoteSigningWorker(started.config, wards.map((w) => w.prefix), { chutich: 'chairman', phochutich: 'viceChairman' });
    service = remote.service;
  });
  let next = 0;
  beforeEach(async () => {
    ward = wards[next++]!;
    c = await councilClients(stack.baseUrl, ward.prefix);
  });
  afterAll(async () => {
    await remote?.close();
  });

  const decided = async (key: string) => {
    const id = await toAwaitingDecision(c, key);
    const decision = await c.chairman.request('POST', `/api/v1/proposals/${id}/decision`, { approve: true });
    expect(decision.status).toBe(200);
    return id;
  };
  const requestsOf = async (id: string): Promise<{ attempt: number; status: string; transaction_id: string }[]> =>
    stack.dataSource.query(
      `SELECT attempt, status, transaction_id FROM remote_signature_request WHERE proposal_id = $1 ORDER BY attempt`,
      [id],
    );
  const pendingTransaction = (count = 1) => pendingAt(service, count);
  const archivedDecision = (id: string) => stack.dataSource.query(`SELECT sha256, size_bytes FROM archived_document WHERE proposal_id = $1 AND kind = 'DECISION'`, [id]);

  it('approved on the device: issued with the chairman\'s signature then the agency\'s, both valid for pdfsig; the signer was reminded meanwhile', async () => {
    const before = service.transactions.length;
    const id = await decided('remote-approve');
    const tx = await pendingTransaction(before + 1);
    expect(tx.description).toMatch(/^Quyết định số \d+\/QĐ-UBND$/);
    expect(await c.officer.request('GET', `/api/v1/proposals/${id}`).then((r) => r.body.state.status)).toBe('DECIDED');
    const reminder = await eventually(async () => {
      const [row] = await stack.dataSource.query(`SELECT n.message FROM notification n JOIN app_user u ON u.id = n.user_id WHERE n.proposal_id = $1 AND n.kind = 'SIGNATURE_PENDING' AND u.username = $2`, [id, `${ward.prefix}chutich`]);
      return row as { message: string } | undefined;
    }, 'a reminder to the chairman');
    expect(reminder.message).toMatch(/^Quyết định số \d+\/QĐ-UBND khen thưởng "Trường Mầm non Ngô Quyền" đang chờ ông\/bà phê duyệt ký số trên thiết bị ký số\.$/);
    expect(await archivedDecision(id)).toEqual([]);

    service.approve(tx.id);
    await waitForStatus(c.officer, id, 'CLOSED');
    const [doc] = await archivedDecision(id);
    expect(await signaturesOfArchived(stack, doc.sha256)).toEqual([
      ['ChuKyNguoiCoThamQuyen', 'Nguyễn Văn Hùng', 'Signature is Valid.'],
      ['ChuKyCoQuan', expect.any(String), 'Signature is Valid.'],
    ]);
    expect(await requestsOf(id)).toEqual([expect.objectContaining({ attempt: 1, status: 'APPROVED', transaction_id: tx.id })]);
  }, 240_000);

  it('refused on the device: back to awaiting the decision with a note in the timeline, nothing archived', async () => {
    const before = service.transactions.length;
    const id = await decided('remote-reject');
    service.reject((await pendingTransaction(before + 1)).id);
    await waitForStatus(c.officer, id, 'AWAITING_DECISION');
    const state = (await c.officer.request('GET', `/api/v1/proposals/${id}`)).body.state;
    expect(state.history.at(-1)).toMatchObject({ action: 'SIGNATURE_REJECTED', reason: expect.stringMatching(/^Người ký từ chối ký số Quyết định số \d+\/QĐ-UBND/) });
    expect(await archivedDecision(id)).toEqual([]);
  }, 240_000);

  it('refused by the chairman, then decided by the vice-chairman: the request goes to the vice-chairman, who signs the issued decision', async () => {
    const before = service.transactions.length;
    const id = await decided('remote-reject-vice');
    const refused = await pendingTransaction(before + 1);
    expect(refused.credentialId).toBe('cred-chutich');
    service.reject(refused.id);
    await waitForStatus(c.officer, id, 'AWAITING_DECISION');
    const vice = await ApiClient.login(stack.baseUrl, `${ward.prefix}phochutich`);
    expect((await vice.request('POST', `/api/v1/proposals/${id}/decision`, { approve: true })).status).toBe(200);
    const second = await pendingTransaction(before + 2);
    expect(second.credentialId).toBe('cred-phochutich');
    service.approve(second.id);
    await waitForStatus(c.officer, id, 'CLOSED');
    const [doc] = await archivedDecision(id);
    expect(await signaturesOfArchived(stack, doc.sha256)).toEqual([
      ['ChuKyNguoiCoThamQuyen', 'Trần Thị Lan', 'Signature is Valid.'],
      ['ChuKyCoQuan', expect.any(String), 'Signature is Valid.'],
    ]);
  }, 240_000);

  it('the service\'s answer to "create" is lost: the retried request finds the transaction by its reference, and the device shows one request', async () => {
    const before = service.transactions.length;
    service.loseNextCreateAnswer = true;
    const id = await decided('remote-lost-answer');
    const tx = await pendingTransaction(before + 1);
    const stored = await eventually(async () => (await requestsOf(id)).find((r) => r.transaction_id), 'the transaction stored');
    expect(stored.transaction_id).toBe(tx.id);
    service.approve(tx.id);
    await waitForStatus(c.officer, id, 'CLOSED');
    expect(service.transactions.length).toBe(before + 1);
  }, 240_000);

  it('expired on the service: asked again (a second transaction), then approved and issued', async () => {
    const before = service.transactions.length;
    const id = await decided('remote-expire');
    const first = await pendingTransaction(before + 1);
    service.expire(first.id);
    const second = await pendingTransaction(before + 2);
    expect(second.id).not.toBe(first.id);
    service.approve(second.id);
    await waitForStatus(c.officer, id, 'CLOSED');
    expect((await requestsOf(id)).map((r) => [r.attempt, r.status])).toEqual([[1, 'EXPIRED'], [2, 'APPROVED']]);
    expect(await archivedDecision(id)).toHaveLength(1);
  }, 240_000);

  it('the chairman asks again from the app; the vice-chairman and the officer may not (403)', async () => {
    const before = service.transactions.length;
    const id = await toAwaitingDecision(c, 'remote-resend');
    // Nothing is awaited before the decision.
    expect((await c.chairman.request('POST', `/api/v1/proposals/${id}/signature/resend`)).status).toBe(409);
    expect((await c.chairman.request('POST', `/api/v1/proposals/${id}/decision`, { approve: true })).status).toBe(200);
    const first = await pendingTransaction(before + 1);
    const vice = await ApiClient.login(stack.baseUrl, `${ward.prefix}phochutich`);
    expect((await vice.request('POST', `/api/v1/proposals/${id}/signature/resend`)).status).toBe(403);
    expect((await c.officer.request('POST', `/api/v1/proposals/${id}/signature/resend`)).status).toBe(403);
    const resent = await c.chairman.request('POST', `/api/v1/proposals/${id}/signature/resend`);
    expect(resent).toMatchObject({ status: 200, body: { attempt: 2 } });
    const second = await eventually(async () => service.transactions.slice(before + 1).find((tx) => tx.id !== first.id), 'the request sent again');
    service.approve(second.id);
    await waitForStatus(c.officer, id, 'CLOSED');
  }, 240_000);

  it('the proposal page shows the draft and the wait in Vietnamese; the chairman sends the request again from it', async () => {
    const before = service.transactions.length;
    const id = await decided('remote-page');
    const first = await pendingTransaction(before + 1);
    const chairman = await WebClient.login(stack.baseUrl, `${ward.prefix}chutich`);
    const page = await chairman.get(`/ho-so/${id}`);
    expect(page.html).toMatch(/Đang chờ ký số trên thiết bị của người ký: Quyết định số \d+\/QĐ-UBND, gửi lúc \d{2}:\d{2} ngày \d{2}\/\d{2}\/\d{4}, hết hạn lúc \d{2}:\d{2} ngày \d{2}\/\d{2}\/\d{4}\./);
    expect(page.html).toContain(`<a href="/ho-so/${id}/du-thao-quyet-dinh.pdf">Xem dự thảo quyết định (PDF)</a>`);
    expect(page.html).toContain('<button type="submit">Gửi lại yêu cầu ký số</button>');
    // His signing queue lists it as waiting for his device.
    const queue = (await chairman.get('/ky-duyet')).html;
    expect(queue).toContain(`<a href="/ho-so/${id}">Trường Mầm non Ngô Quyền</a>`);
    expect(queue).toMatch(/Đang chờ ông\/bà ký số trên thiết bị ký số \(hết hạn lúc \d{2}:\d{2} ngày \d{2}\/\d{2}\/\d{4}\)\./);
    const draft = await chairman.get(`/ho-so/${id}/du-thao-quyet-dinh.pdf`);
    expect([draft.status, draft.headers.get('content-type'), draft.html.slice(0, 5)]).toEqual([200, 'application/pdf', '%PDF-']);
    // The vice-chairman did not decide: no form for him; the unit sees the wait but not the draft.
    const vice = await WebClient.login(stack.baseUrl, `${ward.prefix}phochutich`);
    expect((await vice.get(`/ho-so/${id}`)).html).not.toContain('Gửi lại yêu cầu ký số');
    const unit = await WebClient.login(stack.baseUrl, `${ward.prefix}truong.mamnon`);
    const unitPage = (await unit.get(`/ho-so/${id}`)).html;
    expect(unitPage).toContain('Đang chờ ký số trên thiết bị của người ký');
    expect(unitPage).not.toContain('du-thao-quyet-dinh.pdf');

    const sent = await chairman.submit(`/ho-so/${id}`, `/ho-so/${id}/buoc/resend-signature-request`, {});
    expect(sent.status).toBe(303);
    // The first request stays on the device until it expires: approve the new one as soon as it is there.
    const second = await eventually(async () => service.transactions.slice(before + 1).find((tx) => tx.id !== first.id), 'the request sent again');
    service.approve(second.id);
    expect((await chairman.get(sent.location!)).html).toContain('Đã gửi lại yêu cầu ký số đến thiết bị của người ký.');
    await waitForStatus(c.officer, id, 'CLOSED');
  }, 240_000);

  it('approved at once: time from the approval to the issued decision, and the bytes the signatures add', async () => {
    service.onCreate = () => 'APPROVED';
    try {
      const id = await decided('remote-timing');
      const started = Date.now();
      await eventually(async () => ((await archivedDecision(id)).length ? true : undefined), 'the issued decision');
      const elapsedMs = Date.now() - started;
      const [{ prepared }] = await stack.dataSource.query(`SELECT octet_length(r.prepared_pdf) AS prepared FROM remote_signature_request r WHERE r.proposal_id = $1`, [id]);
      const [doc] = await archivedDecision(id);
      console.info(`remote signing: decided → issued in ${elapsedMs} ms; prepared ${prepared} B, issued ${doc.size_bytes} B`);
      expect(doc.size_bytes).toBeGreaterThan(Number(prepared));
    } finally {
      service.onCreate = null;
    }
  }, 240_000);
});
