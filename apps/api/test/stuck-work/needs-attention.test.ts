import type { INestApplicationContext } from '@nestjs/common';
import { ACTIVITY_FAILURE_REASON_VI } from '@khenthuong/temporal';
import { TemporalClientHolder } from '../../src/temporal/temporal-client.provider';
import { ApiClient, eventually, seedIsolatedWard, startApi, startWorker, testConfig, type ApiStack } from '../../../../test/support/stack';
import { textOf, WebClient } from '../web/web-client';

/**
 * A proposal whose decision cannot be drawn up from its data (the signer's name is blank in the
 * read model) on real PostgreSQL, Temporal and Chromium: the step fails once, non-retryably, and
 * the proposal shows "Cần xử lý" to the officer and in /health instead of retrying forever; after
 * the repair, the officer's retry takes it to the end.
 */
describe('a step that can never succeed puts the proposal in "Cần xử lý" until a person retries it', () => {
  let stack: ApiStack;
  let worker: INestApplicationContext;
  let ward: Awaited<ReturnType<typeof seedIsolatedWard>>;
  const as = (user: string) => ApiClient.login(stack.baseUrl, ward.prefix + user);

  beforeAll(async () => {
    const config = testConfig();
    stack = await startApi(config);
    worker = await startWorker(config);
    ward = await seedIsolatedWard(stack.dataSource);
  });

  afterAll(async () => {
    await worker?.close();
    await stack?.close();
  });

  it('shows the failure on the dashboard, the proposal page and /health, then resumes after the repair', async () => {
    const unit = await as('truong.mamnon');
    const officer = await as('canbo.vp');
    const chairman = await as('chutich');
    const members = await Promise.all(['phochutich', 'hoidong.mttq', 'hoidong.congan', 'hoidong.vhxh'].map(as));
    const created = await unit.request('POST', '/api/v1/proposals', {
      clientKey: `attention-${ward.prefix}`,
      title: 'TAP_THE_LAO_DONG_TIEN_TIEN',
      facts: { planCompleted: true, memberCount: 24, ldttMemberCount: 18 },
      year: 2026,
      nomineeName: 'Trường Mầm non Ngô Quyền',
      achievement: 'Hoàn thành xuất sắc nhiệm vụ năm học 2025 - 2026',
    });
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    const state = async () => (await officer.request('GET', `/api/v1/proposals/${id}`)).body.state;
    await eventually(async () => ((await state())?.status === 'SUBMITTED' ? true : undefined), 'submitted');
    expect((await officer.request('POST', `/api/v1/proposals/${id}/complete`)).status).toBe(200);
    for (const member of [chairman, officer, ...members]) {
      expect((await member.request('POST', `/api/v1/proposals/${id}/votes`, { choice: 'AGREE' })).status).toBe(200);
    }
    expect((await chairman.request('POST', `/api/v1/proposals/${id}/council/close`)).status).toBe(200);
    await eventually(async () => ((await state()).status === 'AWAITING_DECISION' ? true : undefined), 'posting to end');

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
    expect(page).toContain(`action="/ho-so/${id}/thu-lai"`);

    // /health counts it (and still answers 200: the service itself works).
    const health = await fetch(`${stack.baseUrl}/health`);
    const checks = (await health.json()).checks;
    expect(checks.stuckWork.detail.needsAttention).toBeGreaterThanOrEqual(1);
    expect(checks.stuckWork.ok).toBe(false);

    // Only the officer or the administrator retries; after the repair the proposal runs to the end.
    expect((await unit.request('POST', `/api/v1/proposals/${id}/retry`, {})).status).toBe(403);
    await stack.dataSource.query(`UPDATE app_user SET display_name = $2 WHERE id = $1`, [chairmanId, chairmanName]);
    const retried = await web.submit(`/ho-so/${id}`, `/ho-so/${id}/thu-lai`, { note: 'Đã sửa tên người ký' });
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
  });
});
