import { ApiClient, type ApiStack, eventually, type IsolatedWard, useStack } from '../../../../test/support/stack';
import { textOf, WebClient } from '../web/web-client';

/**
 * A step performed by its address: `POST /api/v1/proposals/:id/steps/:step` and the page's
 * `POST /ho-so/:id/buoc/:step`, each step checked against its own input DTO and roles.
 */
describe('steps performed by their address', () => {
  let stack: ApiStack;
  let ward: IsolatedWard;
  const api = (user: string) => ApiClient.login(stack.baseUrl, ward.prefix + user);
  const as = (user: string) => WebClient.login(stack.baseUrl, ward.prefix + user);
  const status = async (id: string) => (await stack.dataSource.query(`SELECT status FROM proposal WHERE id = $1`, [id]))[0]?.status;
  const waitFor = (id: string, expected: string) => eventually(async () => ((await status(id)) === expected ? true : undefined), `${id} to be ${expected}`);

  useStack({}, (started) => ({ stack, ward } = started));

  /** A proposal of the ward's nursery school for `year` (one per year: an achievement is awarded once). */
  async function submitted(year: number): Promise<string> {
    const created = await (await api('truong.mamnon')).request('POST', '/api/v1/proposals', {
      title: 'TAP_THE_LAO_DONG_TIEN_TIEN', year, nomineeName: 'Trường Mầm non Ngô Quyền',
      achievement: `Hoàn thành xuất sắc nhiệm vụ năm học ${year - 1} - ${year}`, facts: { planCompleted: true, memberCount: 24, ldttMemberCount: 18 },
    });
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    await waitFor(id, 'SUBMITTED');
    return id;
  }

  it('performs a step through the REST address and answers its result; refuses bad input, another role and an unknown step, changing nothing', async () => {
    const id = await submitted(2026);
    const officer = await api('canbo.vp');
    const head = await api('truong.mamnon');

    const unknown = await officer.request('POST', `/api/v1/proposals/${id}/steps/no-such-step`, {});
    expect(unknown.status).toBe(404);
    expect(unknown.body.message).toBe('Không tìm thấy hồ sơ yêu cầu.');
    // A step with routes of its own (a sealed ballot) is not performed at the generic address.
    expect((await officer.request('POST', `/api/v1/proposals/${id}/steps/cast-vote`, { choice: 'AGREE' })).status).toBe(404);

    const otherRole = await officer.request('POST', `/api/v1/proposals/${id}/steps/withdraw`, { reason: 'Cán bộ rút hộ' });
    expect(otherRole.status).toBe(403);

    const bad = await officer.request('POST', `/api/v1/proposals/${id}/steps/return-for-papers`, { items: [{ paper: 'Báo cáo thành tích', reason: 'x' }], note: 'thừa' });
    expect(bad.status).toBe(400);
    expect(bad.body.message).toBe('Dữ liệu gửi lên không hợp lệ.');
    expect(bad.body.errors).toEqual(
      expect.arrayContaining([
        { field: 'items.0.reason', messages: ['Lý do dài từ 3 đến 2000 ký tự.'] },
        { field: 'note', messages: ['Trường này không được phép gửi lên.'] },
      ]),
    );
    expect((await head.request('POST', `/api/v1/proposals/${id}/steps/withdraw`, [])).status).toBe(400);
    expect(await status(id)).toBe('SUBMITTED');

    const returned = await officer.request('POST', `/api/v1/proposals/${id}/steps/return-for-papers`, {
      items: [{ paper: 'Báo cáo thành tích', reason: 'Thiếu xác nhận của thủ trưởng đơn vị' }],
    });
    expect(returned.status).toBe(200);
    expect(returned.body).toEqual({ result: 'RETURNED' });
    expect(await status(id)).toBe('RETURNED');
  });

  it('performs a step through the page address and redirects with its notice; refuses bad input field by field and an unknown step', async () => {
    const id = await submitted(2025);
    const head = await as('truong.mamnon');
    const page = `/ho-so/${id}`;
    expect((await head.get(page)).html).toContain(`action="${page}/buoc/withdraw"`);

    const unknown = await head.submit(page, `${page}/buoc/no-such-step`, { reason: 'Không có bước này' });
    expect(unknown.status).toBe(404);
    expect(textOf(unknown.html)).toContain('Không tìm thấy');

    const bad = await head.submit(page, `${page}/buoc/withdraw`, { reason: 'x' });
    expect(bad.status).toBe(400);
    expect(textOf(bad.html)).toContain('Lý do rút hồ sơ dài từ 3 đến 2000 ký tự.');
    expect(await status(id)).toBe('SUBMITTED');

    const withdrawn = await head.submit(page, `${page}/buoc/withdraw`, { reason: 'Đơn vị đề nghị lại vào đợt sau' });
    expect(withdrawn.status).toBe(303);
    expect(withdrawn.location).toBe(`${page}?done=WITHDRAW`);
    await waitFor(id, 'WITHDRAWN');
  });
});
