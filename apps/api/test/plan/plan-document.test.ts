import { vietnamDateOf } from '@khenthuong/domain';
import { DEMO_PLAN_2024 } from '@khenthuong/persistence';
import { TemporalClientHolder } from '../../src/temporal/temporal-client.provider';
import { pdfFlatText, pdfFonts, pdfInfo, pdfText } from '../../../../libs/documents/test/pdf-inspect';
import { type ApiStack, eventually, type IsolatedWard, useStack } from '../../../../test/support/stack';
import { PlanClient } from './plan-test.helpers';

describe('issuing the plan document through issuePlanDocumentWorkflow', () => {
  let stack: ApiStack;
  let ward: IsolatedWard;
  let officer: PlanClient;
  const year = Number(vietnamDateOf(new Date()).slice(0, 4));

  useStack({}, async (started) => {
    ({ stack, ward } = started);
    officer = await PlanClient.as(stack.baseUrl, `${ward.prefix}canbo.vp`);
  });

  const createPlan = async (title: string) => {
    const res = await officer.request('POST', '/api/v1/plans', {
      kind: 'YEAR', year, title, motto: DEMO_PLAN_2024.motto, legalBases: DEMO_PLAN_2024.legalBases, movements: DEMO_PLAN_2024.movements,
      registrationDeadline: `${year}-03-15`,
      targets: DEMO_PLAN_2024.targets.map(({ unitCode, ...t }) => ({ ...t, responsibleUnitId: ward.unitIds[unitCode] })),
    });
    expect(res.status).toBe(201);
    return res.body.id as string;
  };
  const issued = (planId: string) =>
    eventually(async () => {
      const plan = await officer.request('GET', `/api/v1/plans/${planId}`);
      return plan.body.status === 'ISSUED' ? plan.body : undefined;
    }, `plan ${planId} issued`);

  it('numbers the plan Số: 01/KH-UBND, renders it with the 17 targets, and keeps numbers gapless', async () => {
    const planId = await createPlan(`Phát động các phong trào thi đua năm ${year}`);
    const first = await officer.request('POST', `/api/v1/plans/${planId}/document`);
    expect(first).toMatchObject({ status: 202, body: { workflowId: `plan-document-${planId}` } });
    const plan = await issued(planId);
    expect(plan.numberText).toBe('01/KH-UBND');
    expect(plan.issuedOn).toBe(vietnamDateOf(new Date()));

    const pdf = await officer.download(`/api/v1/plans/${planId}/document.pdf`);
    expect(pdf.type).toBe('application/pdf');
    const lines = (await pdfText(pdf.bytes)).split('\n').map((l) => l.trim());
    const text = await pdfFlatText(pdf.bytes);
    for (const line of ['KẾ HOẠCH', 'Số: 01/KH-UBND', `Phát động các phong trào thi đua năm ${year}`, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'CHỦ TỊCH', 'Nguyễn Văn Hùng']) expect(lines).toContain(line);
    expect(text).toContain('với phương châm “Rõ việc, quyết liệt, linh hoạt, về đích”');
    expect(text).toContain('Giải quyết việc làm mới ≥ 172 lao động Bộ phận Văn hóa - Xã hội Hằng quý');
    expect(text).toContain(`đăng ký thi đua trước ngày 15 tháng 3 năm ${year}.`);
    const fonts = await pdfFonts(pdf.bytes);
    expect(fonts.length).toBeGreaterThanOrEqual(2);
    for (const font of fonts) expect(font).toMatchObject({ embedded: true, unicode: true });
    expect((await pdfInfo(pdf.bytes)).pageWidthPt).toBeCloseTo(595.3, 0);

    // Asking again after the run finished starts a new run, which finds the number and the document.
    const again = await officer.request('POST', `/api/v1/plans/${planId}/document`);
    expect(again.status).toBe(202);
    const rerun = await stack.api.get(TemporalClientHolder).client.workflow.getHandle(again.body.workflowId).result();
    expect(rerun).toMatchObject({ numberText: '01/KH-UBND', sha256: plan.documentSha256 });
    const otherId = await createPlan('Đợt thi đua chào mừng Quốc khánh');
    await officer.request('POST', `/api/v1/plans/${otherId}/document`);
    expect((await issued(otherId)).numberText).toBe('02/KH-UBND');
    expect((await officer.request('GET', `/api/v1/plans/${planId}`)).body.numberText).toBe('01/KH-UBND');
    const [counter] = await stack.dataSource.query(`SELECT last_number FROM document_counter WHERE body_id = $1 AND symbol = 'KH-UBND' AND year = $2`, [ward.bodyId, year]);
    expect(counter.last_number).toBe(2);
  });

  it('refuses a plan without targets and other roles', async () => {
    const empty = await officer.request('POST', '/api/v1/plans', { kind: 'CAMPAIGN', year, title: 'Đợt thi đua chưa có chỉ tiêu', motto: 'Về đích', legalBases: ['Căn cứ Kế hoạch thi đua năm của UBND phường;'], movements: [], registrationDeadline: `${year}-03-15` });
    const refused = await officer.request('POST', `/api/v1/plans/${empty.body.id}/document`);
    expect(refused).toMatchObject({ status: 409, body: { code: 'PLAN_WITHOUT_TARGETS', message: 'Kế hoạch chưa có chỉ tiêu thi đua nào; chưa ban hành được.' } });
    const unitHead = await PlanClient.as(stack.baseUrl, `${ward.prefix}truong.mamnon`);
    expect((await unitHead.request('POST', `/api/v1/plans/${empty.body.id}/document`)).status).toBe(403);
  });
});
