import { type ApiStack, type IsolatedWard, useStack } from '../../../../test/support/stack';
import { textOf, WebClient } from '../web/web-client';
import { GOOD_RATINGS, PlanClient, ratingsWorkbook, XLSX_TYPE } from './plan-test.helpers';

/**
 * Year-end candidates read the award register: a title already held for the year (here imported
 * from an earlier list) is not suggested again, and an imported CSTĐCS run counts like a decided one.
 */
describe('year-end candidates and the award register', () => {
  let stack: ApiStack;
  let ward: IsolatedWard;
  let officer: PlanClient;
  let planId: string;
  const imported = async (name: string, title: string, year: number) => {
    const personId = ward.personIds[name]!;
    await stack.dataSource.query(
      `INSERT INTO award_record (body_id, source, recipient_kind, person_id, recipient_name, title, year, level, decision_number, decision_date, issuer, dedupe_key, recorded_by)
       VALUES ($1, 'IMPORTED', 'INDIVIDUAL', $2::uuid, $3, $4::text, $5::int, 'PHUONG', '12/QĐ-UBND', make_date($5::int, 12, 20), 'UBND phường Ngô Quyền', $2::text || '|' || $4::text || '|' || $5::text, $6)`,
      [ward.bodyId, personId, name, title, year, ward.userIds['canbo.vp']],
    );
  };

  useStack({ worker: false }, async (started) => {
    ({ stack, ward } = started);
    officer = await PlanClient.as(stack.baseUrl, `${ward.prefix}canbo.vp`);
    planId = (await officer.request('GET', '/api/v1/plans?year=2024')).body[0].id;
    const ratings = await officer.upload(`/api/v1/plans/${planId}/ratings/import`, 'file', { bytes: await ratingsWorkbook(GOOD_RATINGS), name: 'xep-loai.xlsx', type: XLSX_TYPE });
    expect(ratings.status).toBe(201);
  });

  it('does not suggest a title the register already holds for the year, and counts an imported CSTĐCS run', async () => {
    const before = await officer.request('GET', `/api/v1/plans/${planId}/candidates`);
    expect(before.body.ldtt.map((c: { name: string }) => c.name)).toContain('Quách Thị Hạnh');
    expect(before.body.alreadyAwarded).toEqual([]);

    await imported('Quách Thị Hạnh', 'LAO_DONG_TIEN_TIEN', 2024);
    await imported('Hoàng Thị Mai', 'LAO_DONG_TIEN_TIEN', 2024);
    for (const year of [2022, 2023]) await imported('Hoàng Thị Mai', 'CHIEN_SI_THI_DUA_CO_SO', year);

    const after = await officer.request('GET', `/api/v1/plans/${planId}/candidates`);
    expect(after.status).toBe(200);
    const names = (list: Array<{ name: string }>) => list.map((c) => c.name);
    expect(names(after.body.ldtt)).not.toContain('Quách Thị Hạnh');
    expect(names(after.body.ldtt)).not.toContain('Hoàng Thị Mai');
    expect(after.body.alreadyAwarded).toEqual([
      // Vietnamese name order: by given name.
      { title: 'LAO_DONG_TIEN_TIEN', titleName: 'Lao động tiên tiến', kind: 'PERSON', id: ward.personIds['Quách Thị Hạnh'], name: 'Quách Thị Hạnh' },
      { title: 'LAO_DONG_TIEN_TIEN', titleName: 'Lao động tiên tiến', kind: 'PERSON', id: ward.personIds['Hoàng Thị Mai'], name: 'Hoàng Thị Mai' },
    ]);
    // Her imported LĐTT of the year still makes her a CSTĐCS candidate, the third year running.
    expect(after.body.cstdcs).toEqual([expect.objectContaining({ name: 'Hoàng Thị Mai', consecutiveYears: 3 })]);
    // The held LĐTT count for the quota as before: 15% of 10 → 1.
    expect(after.body.cstdcsLimit).toBe(before.body.cstdcsLimit);

    const page = await (await WebClient.login(stack.baseUrl, `${ward.prefix}canbo.vp`)).get(`/ke-hoach/${planId}/danh-gia`);
    const text = textOf(page.html);
    expect(text).toContain('Đã được khen thưởng năm 2024, không đề nghị lại (2)');
    expect(text).toContain('Quách Thị Hạnh – Lao động tiên tiến');
    expect(text).toContain('Hoàng Thị Mai (3 năm liên tục)');
  });
});
