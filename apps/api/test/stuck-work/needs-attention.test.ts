import { ACTIVITY_FAILURE_REASON_VI } from '@khenthuong/temporal';
import { TemporalClientHolder } from '../../src/temporal/temporal-client.provider';
import { ApiClient, type ApiStack, eventually, type IsolatedWard, seedIsolatedWard, useStack } from '../../../../test/support/stack';
import { councilClients, toAwaitingDecision } from '../../../../test/support/adhoc-proposal';
import { textOf, WebClient } from '../web/web-client';

/**
 * A proposal whose decision cannot be drawn up from its data (the signer's name is blank in the
 * read model) on real PostgreSQL, Temporal and Chromium: the step fails once, non-retryably, and
 * the proposal shows "Cần xử lý" to the officer and in /health instead of retrying forever; after
 * the repair, the officer's retry takes it to the end.
 */
describe('a step that can never succeed puts the proposal in "Cần xử lý" until a person retries it', () => {
  let stack: ApiStack;
  let ward: IsolatedWard;
  /** The decision the first case ends with; the second revokes it. */
  let closedDecision: { proposalId: string; decisionId: string; numberText: string } | undefined;
  const as = (user: string) => ApiClient.login(stack.baseUrl, ward.prefix + user);

  useStack({}, (started) => ({ stack, ward } = started));

  it('shows the failure on the dashboard, the proposal page and /health, then resumes after the repair', async () => {
    const council = await councilClients(stack.baseUrl, ward.prefix);
    const { unit, officer, chairman } = council;
    const id = await toAwaitingDecision(council, `attention-${ward.prefix}`);
    const state = async () => (await officer.request('GET', `/api/v1/proposals/${id}`)).body.state;

    // Bad data: the signer's name is blank, so the decision's model is refused whatever the retry.
    const chairmanId = ward.userIds['chutich'];
    const [{ display_name: chairmanName }] = await stack.dataSource.query(`SELECT display_name FROM app_user WHERE id = $1`, [chairmanId]);
    await stack.dataSource.query(`UPDATE app_user SET display_name = ' ' WHERE id = $1`, [chairmanId]);
    expect((await chairman.request('POST', `/api/v1/proposals/${id}/decision`, { approve: true })).body).toEqual({ status: 'DECIDED' });

    const stuck = await eventually(async () => {
      const s = await state();
      return s.needsAttention && s.allowedActions.includes('RETRY_STUCK_STEP') ? s : undefined;
    }, 'needs attention');
    expect(stuck.status).toBe('DECIDED');
    expect(stuck.needsAttention).toMatchObject({ step: 'issueDecisionDocument', reasonVi: ACTIVITY_FAILURE_REASON_VI.DOCUMENT_MODEL_INVALID });
    // Not retrying: nothing is pending in Temporal, and the read model, the audit log and the notices say why.
    const described = await stack.api.get(TemporalClientHolder).client.workflow.getHandle(`proposal-${id}`).describe();
    expect(described.status.name).toBe('RUNNING');
    expect(described.raw.pendingActivities ?? []).toEqual([]);
    const [row] = await stack.dataSource.query(`SELECT needs_attention_reason, needs_attention_at FROM proposal WHERE id = $1`, [id]);
    expect(row.needs_attention_reason).toBe(ACTIVITY_FAILURE_REASON_VI.DOCUMENT_MODEL_INVALID);
    expect(row.needs_attention_at).not.toBeNull();
    const audit = await stack.dataSource.query(`SELECT action, actor_role FROM audit_log WHERE proposal_id = $1 AND action = 'NEEDS_ATTENTION'`, [id]);
    expect(audit).toEqual([{ action: 'NEEDS_ATTENTION', actor_role: 'SYSTEM' }]);
    const notified: { roles: string[] }[] = await stack.dataSource.query(
      `SELECT u.roles FROM notification n JOIN app_user u ON u.id = n.user_id WHERE n.proposal_id = $1 AND n.kind = 'NEEDS_ATTENTION'`,
      [id],
    );
    expect(notified.some((n) => n.roles.includes('OFFICER'))).toBe(true);
    expect(notified.some((n) => n.roles.includes('ADMIN'))).toBe(true);

    // The officer's dashboard and the proposal page say it in plain Vietnamese, without codes.
    const web = await WebClient.login(stack.baseUrl, `${ward.prefix}canbo.vp`);
    const dashboard = textOf((await web.get('/can-bo/ho-so')).html);
    expect(dashboard).toContain('Việc bị kẹt / cần xử lý');
    expect(dashboard).toContain('Cần xử lý Trường Mầm non Ngô Quyền');
    expect(dashboard).toContain(ACTIVITY_FAILURE_REASON_VI.DOCUMENT_MODEL_INVALID);
    expect(dashboard).not.toMatch(/DOCUMENT_MODEL_INVALID|issueDecisionDocument/);
    const page = (await web.get(`/ho-so/${id}`)).html;
    expect(textOf(page)).toContain('Cần xử lý');
    expect(page).toContain(`action="/ho-so/${id}/buoc/retry-stuck-step"`);

    // /health counts it (and still answers 200: the service itself works).
    const health = await fetch(`${stack.baseUrl}/health`);
    const checks = (await health.json()).checks;
    expect(checks.stuckWork.detail.needsAttention).toBeGreaterThanOrEqual(1);
    expect(checks.stuckWork.ok).toBe(false);

    // Only the officer or the administrator retries; after the repair the proposal runs to the end.
    expect((await unit.request('POST', `/api/v1/proposals/${id}/retry`, {})).status).toBe(403);
    await stack.dataSource.query(`UPDATE app_user SET display_name = $2 WHERE id = $1`, [chairmanId, chairmanName]);
    const retried = await web.submit(`/ho-so/${id}`, `/ho-so/${id}/buoc/retry-stuck-step`, { note: 'Đã sửa tên người ký' });
    expect(retried.status).toBe(303);
    const closed = await eventually(async () => {
      const s = await state();
      return s.status === 'CLOSED' ? s : undefined;
    }, 'closed after the retry');
    expect(closed.needsAttention).toBeNull();
    expect(closed.decision.numberText).toMatch(/^\d+\/QĐ-UBND$/);
    const [after] = await stack.dataSource.query(`SELECT needs_attention_reason FROM proposal WHERE id = $1`, [id]);
    expect(after.needs_attention_reason).toBeNull();
    const retryAudit = await stack.dataSource.query(`SELECT actor_user_id, reason FROM audit_log WHERE proposal_id = $1 AND action = 'RETRY_STUCK_STEP'`, [id]);
    expect(retryAudit).toEqual([{ actor_user_id: ward.userIds['canbo.vp'], reason: 'Đã sửa tên người ký' }]);
    expect(textOf((await web.get('/can-bo/ho-so')).html)).not.toContain('Việc bị kẹt / cần xử lý');
    closedDecision = { proposalId: id, decisionId: closed.decision.decisionId, numberText: closed.decision.numberText };
  });

  it('a revocation whose corrective decision cannot be drawn up waits in "Cần xử lý" and is retried from the dashboard', async () => {
    expect(closedDecision).toBeDefined();
    const { decisionId, numberText } = closedDecision!;
    const chairman = await as('chutich');
    const unit = await as('truong.mamnon');
    const officer = await as('canbo.vp');
    const chairmanId = ward.userIds['chutich'];
    const [{ display_name: chairmanName }] = await stack.dataSource.query(`SELECT display_name FROM app_user WHERE id = $1`, [chairmanId]);
    await stack.dataSource.query(`UPDATE app_user SET display_name = ' ' WHERE id = $1`, [chairmanId]);
    const requested = await chairman.request('POST', `/api/v1/decisions/${decisionId}/revoke`, { reason: 'Hồ sơ kê khai thành tích không đúng sự thật' });
    expect(requested.status).toBe(202);
    const revocationId = requested.body.revocationId as string;
    const row = async () => (await stack.dataSource.query(`SELECT status, needs_attention_reason, needs_attention_at FROM decision_revocation WHERE id = $1`, [revocationId]))[0];
    const stuck = await eventually(async () => ((await row()).needs_attention_at ? await row() : undefined), 'revocation needs attention');
    expect(stuck).toMatchObject({ status: 'REQUESTED', needs_attention_reason: ACTIVITY_FAILURE_REASON_VI.DOCUMENT_MODEL_INVALID });

    // Waiting for a person, not failed and not retrying.
    const handle = stack.api.get(TemporalClientHolder).client.workflow.getHandle(`revocation-${revocationId}`);
    const described = await handle.describe();
    expect(described.status.name).toBe('RUNNING');
    expect(described.raw.pendingActivities ?? []).toEqual([]);
    const notices: { message: string; roles: string[] }[] = await stack.dataSource.query(
      `SELECT n.message, u.roles FROM notification n JOIN app_user u ON u.id = n.user_id WHERE n.body_id = $1 AND n.kind = 'NEEDS_ATTENTION' AND n.proposal_id IS NULL AND n.round_id IS NULL`,
      [ward.bodyId],
    );
    expect(notices.some((n) => n.roles.includes('OFFICER') && n.message.includes(`Thu hồi Quyết định số ${numberText}`))).toBe(true);
    expect(notices.some((n) => n.roles.includes('ADMIN'))).toBe(true);
    const health = await (await fetch(`${stack.baseUrl}/health`)).json();
    expect(health.checks.stuckWork.detail.needsAttention).toBeGreaterThanOrEqual(1);

    const web = await WebClient.login(stack.baseUrl, `${ward.prefix}canbo.vp`);
    const dashboard = await web.get('/can-bo/ho-so');
    expect(textOf(dashboard.html)).toContain(`Cần xử lý Thu hồi Quyết định số ${numberText}: ${ACTIVITY_FAILURE_REASON_VI.DOCUMENT_MODEL_INVALID}`);
    expect(dashboard.html).toContain(`action="/can-bo/thu-hoi/${revocationId}/thu-lai"`);
    expect(textOf(dashboard.html)).not.toMatch(/DOCUMENT_MODEL_INVALID|issueCorrectiveDecision|REQUESTED/);

    // Only the officer or the administrator retries, and only a revocation of their own ward.
    expect((await unit.request('POST', `/api/v1/decisions/revocations/${revocationId}/retry`, {})).status).toBe(403);
    const elsewhere = await seedIsolatedWard(stack.dataSource);
    const otherOfficer = await ApiClient.login(stack.baseUrl, `${elsewhere.prefix}canbo.vp`);
    expect((await otherOfficer.request('POST', `/api/v1/decisions/revocations/${revocationId}/retry`, {})).status).toBe(404);

    await stack.dataSource.query(`UPDATE app_user SET display_name = $2 WHERE id = $1`, [chairmanId, chairmanName]);
    const retried = await web.submit('/can-bo/ho-so', `/can-bo/thu-hoi/${revocationId}/thu-lai`, { note: 'Đã sửa tên người ký' });
    expect(retried.status).toBe(303);
    expect(retried.headers.get('location')).toBe('/can-bo/ho-so?done=RETRY_REVOCATION');
    const issued = await eventually(async () => ((await row()).status === 'ISSUED' ? await row() : undefined), 'corrective decision issued');
    expect(issued.needs_attention_at).toBeNull();
    await expect(handle.result()).resolves.toMatchObject({ sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    const retryAudit = await stack.dataSource.query(`SELECT actor_user_id, reason FROM audit_log WHERE body_id = $1 AND proposal_id IS NULL AND action = 'RETRY_STUCK_STEP'`, [ward.bodyId]);
    expect(retryAudit).toEqual([{ actor_user_id: ward.userIds['canbo.vp'], reason: 'Đã sửa tên người ký' }]);
    const after = await web.get('/can-bo/ho-so?done=RETRY_REVOCATION');
    expect(textOf(after.html)).toContain('Đã yêu cầu thực hiện lại việc ban hành quyết định thu hồi.');
    expect(textOf(after.html)).not.toContain('Việc bị kẹt / cần xử lý');
    const again = await officer.request('POST', `/api/v1/decisions/revocations/${revocationId}/retry`, {});
    expect(again.status).toBe(409);
    expect(again.body.message).toBe('Quyết định thu hồi đã được ban hành; không còn bước nào chờ thử lại.');
  });
});
