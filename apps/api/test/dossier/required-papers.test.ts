import { DOSSIER_PAPER_NAMES_VI, DossierPaper } from '@khenthuong/domain';
import { attachRequiredPapers, requiredPapersOf } from '../../../../test/support/dossier-papers';
import { ApiClient, type ApiStack, type IsolatedWard, useStack } from '../../../../test/support/stack';
import { textOf, WebClient } from '../web/web-client';

/** The officer's completeness check against the papers the title requires (docs/dossier.md). */
describe('required papers of a dossier', () => {
  let stack: ApiStack;
  let ward: IsolatedWard;
  const api = (user: string) => ApiClient.login(stack.baseUrl, ward.prefix + user);
  let key = 0;
  const clientKey = () => `papers-${ward.prefix}${++key}`;
  const missing = (kinds: DossierPaper[]) => kinds.map((k) => `Còn thiếu: ${DOSSIER_PAPER_NAMES_VI[k]}.`);

  useStack({}, (started) => ({ stack, ward } = started));

  async function nominateTeacher(unitHead: ApiClient, person: string, roundId?: string): Promise<string> {
    const res = await unitHead.request('POST', '/api/v1/proposals', {
      clientKey: clientKey(), title: 'LAO_DONG_TIEN_TIEN', year: 2026, nomineeName: person, nomineePersonId: ward.personIds[person], ...(roundId ? { roundId } : {}),
      achievement: 'Hoàn thành tốt nhiệm vụ năm học 2025 - 2026', facts: { monthsWorkedInYear: 12, rating: 'HTTNV' },
    });
    expect(res.status).toBe(201);
    return res.body.id as string;
  }

  it('refuses to confirm a dossier without its required papers, naming them on the API and the page, and confirms it once they are all there', async () => {
    const [unitHead, officer] = await Promise.all([api('truong.mamnon'), api('canbo.vp')]);
    const id = await nominateTeacher(unitHead, 'Kiều Thị Yến');
    const required = requiredPapersOf('LAO_DONG_TIEN_TIEN');
    expect(required).toEqual([DossierPaper.TO_TRINH, DossierPaper.BAO_CAO_THANH_TICH, DossierPaper.BIEN_BAN_BINH_XET]);

    const refused = await officer.request('POST', `/api/v1/proposals/${id}/complete`);
    expect(refused.status).toBe(422);
    expect(refused.body.message).toBe('Hồ sơ còn thiếu giấy tờ bắt buộc; chưa thể xác nhận hồ sơ đầy đủ.');
    expect(refused.body.errors).toEqual([{ field: 'papers', messages: missing(required) }]);

    const officerPage = await WebClient.login(stack.baseUrl, `${ward.prefix}canbo.vp`);
    const listed = textOf((await officerPage.get(`/ho-so/${id}`)).html);
    for (const kind of required) expect(listed).toContain(`${DOSSIER_PAPER_NAMES_VI[kind]} Còn thiếu`);

    await attachRequiredPapers(unitHead, id, 'LAO_DONG_TIEN_TIEN', [DossierPaper.TO_TRINH]);
    const shown = textOf((await officerPage.get(`/ho-so/${id}`)).html);
    expect(shown).toContain(`${DOSSIER_PAPER_NAMES_VI.TO_TRINH} Đã có`);
    expect(shown).toContain(`${DOSSIER_PAPER_NAMES_VI.BAO_CAO_THANH_TICH} Còn thiếu`);
    const onPage = await officerPage.submit(`/ho-so/${id}`, `/ho-so/${id}/hoan-thien`, {});
    expect(onPage.status).toBe(422);
    const pageText = textOf(onPage.html);
    expect(pageText).toContain('Hồ sơ còn thiếu giấy tờ bắt buộc; chưa thể xác nhận hồ sơ đầy đủ.');
    for (const message of missing([DossierPaper.BAO_CAO_THANH_TICH, DossierPaper.BIEN_BAN_BINH_XET])) expect(pageText).toContain(message);
    expect(pageText).not.toContain(missing([DossierPaper.TO_TRINH])[0]);

    await attachRequiredPapers(unitHead, id, 'LAO_DONG_TIEN_TIEN');
    expect((await officer.request('POST', `/api/v1/proposals/${id}/complete`)).body).toEqual({ status: 'IN_COUNCIL_REVIEW' });
  });

  it("in a round, the unit's list papers count once for all its proposals there, never for another unit's or an ad-hoc one", async () => {
    const officer = await api('canbo.vp');
    const opened = await officer.request('POST', '/api/v1/rounds', {
      clientKey: clientKey(), name: 'Đợt bình xét gia đình văn hóa năm 2026', kind: 'YEAR_END', year: 2026, nominationDeadline: '2099-12-30',
    });
    expect(opened.status).toBe(201);
    const roundId = opened.body.round.id as string;
    const groupHead = await api('tdp1');
    const households: string[] = [];
    for (const headName of ['Phạm Văn Khải', 'Đoàn Thị Thoa', 'Lưu Quang Vinh']) {
      const created = await officer.request('POST', '/api/v1/households', { headName, address: `Tổ dân phố số 1, nhà của ${headName}`, residentialGroupId: ward.unitIds['tdp-1'] });
      expect(created.status).toBe(201);
      const nominated = await groupHead.request('POST', '/api/v1/proposals', {
        clientKey: clientKey(), title: 'GIA_DINH_VAN_HOA', year: 2026, roundId, nomineeHouseholdId: created.body.id,
        achievement: 'Gia đình tiêu biểu của tổ dân phố năm 2026', facts: { registeredAtStartOfYear: true },
      });
      expect(nominated.status).toBe(201);
      households.push(nominated.body.id as string);
    }
    // The group files its list, minutes and submission once, on its first household's dossier.
    await attachRequiredPapers(groupHead, households[0]!, 'GIA_DINH_VAN_HOA');
    for (const id of households) expect((await officer.request('POST', `/api/v1/proposals/${id}/complete`)).body).toEqual({ status: 'AWAITING_COUNCIL' });

    // The kindergarten's proposal in the same round needs its own list papers and its nominee's report.
    const school = await api('truong.mamnon');
    const teacher = await nominateTeacher(school, 'Lương Thị Ngọc Ánh', roundId);
    const refused = await officer.request('POST', `/api/v1/proposals/${teacher}/complete`);
    expect(refused.status).toBe(422);
    expect(refused.body.errors[0].messages).toEqual(missing([DossierPaper.TO_TRINH, DossierPaper.BAO_CAO_THANH_TICH, DossierPaper.BIEN_BAN_BINH_XET]));
    await attachRequiredPapers(school, teacher, 'LAO_DONG_TIEN_TIEN');
    const second = await nominateTeacher(school, 'Hoàng Thị Mai', roundId);
    expect((await officer.request('POST', `/api/v1/proposals/${second}/complete`)).body.errors[0].messages).toEqual(missing([DossierPaper.BAO_CAO_THANH_TICH]));

    // Outside a round every dossier carries its own papers.
    const adHoc = await nominateTeacher(await api('truong.tieuhoc'), 'Tạ Văn Đức');
    expect((await officer.request('POST', `/api/v1/proposals/${adHoc}/complete`)).body.errors[0].messages).toHaveLength(3);
  });
});
