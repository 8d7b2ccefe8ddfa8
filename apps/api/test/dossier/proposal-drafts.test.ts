import type { INestApplicationContext } from '@nestjs/common';
import { DOSSIER_PAPER_NAMES_VI } from '@khenthuong/domain';
import { paperPdf, requiredPapersOf } from '../../../../test/support/dossier-papers';
import { ApiClient, seedIsolatedWard, startApi, startWorker, testConfig, type ApiStack } from '../../../../test/support/stack';
import { postMultipart, textOf, WebClient } from '../web/web-client';

/** Drafts of nominations with their papers, apart from proposals until submitted (docs/dossier.md). */
describe('nomination drafts with papers attached before submission', () => {
  let stack: ApiStack;
  let worker: INestApplicationContext;
  let ward: Awaited<ReturnType<typeof seedIsolatedWard>>;
  const api = (user: string) => ApiClient.login(stack.baseUrl, ward.prefix + user);
  const page = (user: string) => WebClient.login(stack.baseUrl, ward.prefix + user);
  let key = 0;
  const clientKey = () => `draft-test-${ward.prefix}${++key}`;
  const count = async (sql: string, params: unknown[]) => Number((await stack.dataSource.query(sql, params))[0].count);
  const draftsOfBody = () => count(`SELECT count(*) FROM proposal_draft WHERE body_id = $1`, [ward.bodyId]);
  const proposalsOf = (person: string) => count(`SELECT count(*) FROM proposal WHERE nominee_person_id = $1`, [ward.personIds[person]]);

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

  const teacherDraft = (person: string, extra: Record<string, unknown> = {}) => ({
    clientKey: clientKey(), title: 'LAO_DONG_TIEN_TIEN', year: 2026, nomineePersonId: ward.personIds[person],
    achievement: 'Hoàn thành tốt nhiệm vụ năm học 2025 - 2026', facts: { monthsWorkedInYear: 12, rating: 'HTTNV' }, ...extra,
  });

  async function draftWithPapers(unitHead: ApiClient, person: string): Promise<string> {
    const created = await unitHead.request('POST', '/api/v1/proposal-drafts', teacherDraft(person));
    expect(created.status).toBe(201);
    for (const kind of requiredPapersOf('LAO_DONG_TIEN_TIEN')) {
      const attached = await unitHead.upload(`/api/v1/proposal-drafts/${created.body.id}/documents`, 'file', paperPdf(`${person}-${kind}`), { kind });
      expect(attached.status).toBe(201);
    }
    return created.body.id as string;
  }

  it('submits a draft whose papers become the proposal’s, so the officer confirms completeness without further uploads', async () => {
    const [unitHead, officer] = await Promise.all([api('truong.mamnon'), api('canbo.vp')]);
    const created = await unitHead.request('POST', '/api/v1/proposal-drafts', teacherDraft('Kiều Thị Yến'));
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    expect(created.body).toMatchObject({ nomineeName: 'Kiều Thị Yến', unitName: 'Trường Mầm non Ngô Quyền', papers: [] });
    const required = requiredPapersOf('LAO_DONG_TIEN_TIEN');
    expect(created.body.requiredPapers).toEqual(required.map((kind) => ({ kind, name: DOSSIER_PAPER_NAMES_VI[kind], present: false })));

    // The dossier's own checks: a program named .pdf is refused by its bytes, nothing is stored.
    const exe = { bytes: Buffer.concat([Buffer.from('MZ\x90\x00', 'latin1'), Buffer.alloc(200, 1)]), name: 'to-trinh.pdf', type: 'application/pdf' };
    const refused = await unitHead.upload(`/api/v1/proposal-drafts/${id}/documents`, 'file', exe, { kind: 'TO_TRINH' });
    expect(refused.status).toBe(415);
    expect(refused.body.message).toBe('Giấy tờ của hồ sơ phải là tệp PDF, DOCX, PNG hoặc JPEG.');
    const hashes: string[] = [];
    for (const kind of required) {
      const attached = await unitHead.upload(`/api/v1/proposal-drafts/${id}/documents`, 'file', paperPdf(`yen-${kind}`), { kind });
      expect(attached.status).toBe(201);
      hashes.push(attached.body.papers.find((p: { kind: string }) => p.kind === kind).sha256);
    }
    const again = await unitHead.upload(`/api/v1/proposal-drafts/${id}/documents`, 'file', paperPdf(`yen-${required[0]}`), { kind: required[0] });
    expect(again.status).toBe(200);
    expect(again.body.papers).toHaveLength(required.length);
    expect(again.body.requiredPapers.every((p: { present: boolean }) => p.present)).toBe(true);

    const submitted = await unitHead.request('POST', `/api/v1/proposal-drafts/${id}/submit`);
    expect(submitted.status).toBe(201);
    expect(submitted.body).toMatchObject({ nomineeName: 'Kiều Thị Yến', unitName: 'Trường Mầm non Ngô Quyền', status: 'SUBMITTED' });
    const proposalId = submitted.body.id as string;
    const papers = await unitHead.request('GET', `/api/v1/proposals/${proposalId}/documents`);
    expect(papers.body.map((p: { sha256: string }) => p.sha256).sort()).toEqual([...hashes].sort());
    expect(await count(`SELECT count(*) FROM proposal_draft WHERE id = $1`, [id])).toBe(0);
    expect(await count(`SELECT count(*) FROM proposal_draft_document WHERE draft_id = $1`, [id])).toBe(0);
    expect((await unitHead.request('GET', `/api/v1/proposal-drafts/${id}`)).status).toBe(404);

    expect((await officer.request('POST', `/api/v1/proposals/${proposalId}/complete`)).body).toEqual({ status: 'IN_COUNCIL_REVIEW' });
  });

  it('keeps a draft to its unit (and the officer) and out of every proposal list until it is submitted', async () => {
    const [unitHead, otherHead, officer, council] = await Promise.all([api('truong.mamnon'), api('truong.tieuhoc'), api('canbo.vp'), api('hoidong.mttq')]);
    const created = await unitHead.request('POST', '/api/v1/proposal-drafts', teacherDraft('Lương Thị Ngọc Ánh'));
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    const pdf = paperPdf('anh-to-trinh');
    const paper = (await unitHead.upload(`/api/v1/proposal-drafts/${id}/documents`, 'file', pdf, { kind: 'TO_TRINH' })).body.papers[0];

    // Another unit: as if it did not exist.
    expect((await otherHead.request('GET', `/api/v1/proposal-drafts/${id}`)).status).toBe(404);
    expect((await otherHead.request('GET', '/api/v1/proposal-drafts')).body).toEqual([]);
    expect((await otherHead.request('PUT', `/api/v1/proposal-drafts/${id}`, { title: 'LAO_DONG_TIEN_TIEN', year: 2026 })).status).toBe(404);
    expect((await otherHead.upload(`/api/v1/proposal-drafts/${id}/documents`, 'file', paperPdf('la'), { kind: 'TO_TRINH' })).status).toBe(404);
    expect((await otherHead.request('GET', `/api/v1/proposal-drafts/${id}/documents/${paper.id}`)).status).toBe(404);
    expect((await otherHead.request('POST', `/api/v1/proposal-drafts/${id}/submit`)).status).toBe(404);
    expect((await otherHead.request('DELETE', `/api/v1/proposal-drafts/${id}`)).status).toBe(404);
    const otherPage = await page('truong.tieuhoc');
    expect((await otherPage.get(`/don-vi/ho-so-nhap/${id}`)).status).toBe(404);
    expect(textOf((await otherPage.get('/don-vi/ho-so-nhap')).html)).toContain('Chưa có hồ sơ nháp nào.');
    expect((await council.request('GET', `/api/v1/proposal-drafts/${id}`)).status).toBe(403);

    // The officer sees it among the body's drafts, and can read its paper.
    expect((await officer.request('GET', '/api/v1/proposal-drafts')).body.map((d: { id: string }) => d.id)).toContain(id);
    const officerPage = await page('canbo.vp');
    const download = await fetch(`${stack.baseUrl}/don-vi/ho-so-nhap/${id}/giay-to/${paper.id}`, { headers: { cookie: [...officerPage.cookies].map(([k, v]) => `${k}=${v}`).join('; ') } });
    expect(Buffer.from(await download.arrayBuffer()).equals(pdf.bytes)).toBe(true);

    // No read model knows it: proposal lists, the officer's board, the task list, the register.
    expect(await proposalsOf('Lương Thị Ngọc Ánh')).toBe(0);
    expect((await officer.request('GET', '/api/v1/proposals')).body.map((p: { nomineeName: string }) => p.nomineeName)).not.toContain('Lương Thị Ngọc Ánh');
    for (const path of ['/can-bo/ho-so', '/viec-can-lam', '/so-khen-thuong']) expect(textOf((await officerPage.get(path)).html)).not.toContain('Lương Thị Ngọc Ánh');
    expect(textOf((await (await page('truong.mamnon')).get('/don-vi/ho-so')).html)).not.toContain('Lương Thị Ngọc Ánh');

    // Its own unit deletes it, papers and all.
    expect((await unitHead.request('DELETE', `/api/v1/proposal-drafts/${id}`)).status).toBe(204);
    expect(await count(`SELECT count(*) FROM proposal_draft_document WHERE draft_id = $1`, [id])).toBe(0);
    expect((await unitHead.request('GET', `/api/v1/proposal-drafts/${id}`)).status).toBe(404);
  });

  it('submits a draft once however often it is submitted: one proposal, one workflow', async () => {
    const unitHead = await api('truong.tieuhoc');
    const id = await draftWithPapers(unitHead, 'Tạ Văn Đức');
    const both = await Promise.all([unitHead.request('POST', `/api/v1/proposal-drafts/${id}/submit`), unitHead.request('POST', `/api/v1/proposal-drafts/${id}/submit`)]);
    expect(both.map((r) => r.status).sort()).toEqual([200, 201]);
    expect(both[0].body.id).toBe(both[1].body.id);
    const proposalId = both[0].body.id as string;
    const later = await unitHead.request('POST', `/api/v1/proposal-drafts/${id}/submit`);
    expect(later.status).toBe(200);
    expect(later.body.id).toBe(proposalId);
    expect(await proposalsOf('Tạ Văn Đức')).toBe(1);
    expect(await count(`SELECT count(*) FROM workflow_call WHERE workflow_id = $1 AND kind = 'START'`, [`proposal-${proposalId}`])).toBe(1);
    expect(await count(`SELECT count(*) FROM proposal_document WHERE proposal_id = $1`, [proposalId])).toBe(requiredPapersOf('LAO_DONG_TIEN_TIEN').length);
    // The workflow runs: its state answers through the proposal.
    expect((await unitHead.request('GET', `/api/v1/proposals/${proposalId}`)).body.state.status).toBe('SUBMITTED');
  });

  it('refuses an invalid draft field with a Vietnamese 400 and writes nothing; a draft not ready is refused on submission and stays', async () => {
    const unitHead = await api('truong.mamnon');
    const before = await draftsOfBody();
    const bad = await unitHead.request('POST', '/api/v1/proposal-drafts', { clientKey: clientKey(), title: 'LAO_DONG_TIEN_TIEN', year: 'hai', achievement: 'ngắn', nomineePersonId: 'khong-phai-ma' });
    expect(bad.status).toBe(400);
    expect(bad.body.message).toBe('Dữ liệu gửi lên không hợp lệ.');
    const messages = bad.body.errors.flatMap((e: { messages: string[] }) => e.messages);
    expect(messages).toEqual(expect.arrayContaining(['Năm xét khen thưởng phải là số nguyên.', 'Tóm tắt thành tích dài từ 10 đến 4000 ký tự.', 'Mã cá nhân được đề nghị không hợp lệ.']));
    const otherUnitsTeacher = await unitHead.request('POST', '/api/v1/proposal-drafts', teacherDraft('Tạ Văn Đức'));
    expect(otherUnitsTeacher.status).toBe(403);
    const noTitle = await unitHead.request('POST', '/api/v1/proposal-drafts', { clientKey: clientKey(), year: 2026 });
    expect(noTitle.status).toBe(400);
    expect(await draftsOfBody()).toBe(before);

    // Saved with the title and year only; submitting asks for what is missing and keeps the draft.
    const sparse = await unitHead.request('POST', '/api/v1/proposal-drafts', { clientKey: clientKey(), title: 'LAO_DONG_TIEN_TIEN', year: 2026, nomineePersonId: ward.personIds['Hoàng Thị Mai'] });
    expect(sparse.status).toBe(201);
    const badEdit = await unitHead.request('PUT', `/api/v1/proposal-drafts/${sparse.body.id}`, { title: 'LAO_DONG_TIEN_TIEN', year: 1999, achievement: 'Hoàn thành tốt nhiệm vụ năm học' });
    expect(badEdit.status).toBe(400);
    expect(badEdit.body.errors).toEqual([{ field: 'year', messages: ['Năm xét khen thưởng phải từ 2024 (Luật Thi đua, khen thưởng 2022 có hiệu lực).'] }]);
    expect((await unitHead.request('GET', `/api/v1/proposal-drafts/${sparse.body.id}`)).body).toMatchObject({ year: 2026, achievement: null });
    const notReady = await unitHead.request('POST', `/api/v1/proposal-drafts/${sparse.body.id}/submit`);
    expect(notReady.status).toBe(400);
    expect(notReady.body.errors.map((e: { field: string }) => e.field)).toEqual(['achievement']);
    expect(await proposalsOf('Hoàng Thị Mai')).toBe(0);
    expect((await unitHead.request('GET', `/api/v1/proposal-drafts/${sparse.body.id}`)).status).toBe(200);

    // On the page: "Lưu nháp" with a bad year shows the form again and saves nothing.
    const web = await page('truong.mamnon');
    const before2 = await draftsOfBody();
    const onPage = await web.submit('/don-vi/de-nghi-moi', '/don-vi/de-nghi-moi', { clientKey: clientKey(), hanhDong: 'luu-nhap', title: 'LAO_DONG_TIEN_TIEN', year: 'hai' });
    expect(onPage.status).toBe(400);
    expect(textOf(onPage.html)).toContain('Năm xét khen thưởng phải là số nguyên.');
    expect(await draftsOfBody()).toBe(before2);
  });

  it('on the pages: saves a draft, attaches its papers, lists it as "Hồ sơ nháp", and submits it once', async () => {
    const web = await page('truong.mamnon');
    const form = { title: 'LAO_DONG_TIEN_TIEN', year: '2026', nomineePersonId: ward.personIds['Lương Thị Ngọc Ánh']!, achievement: 'Hoàn thành tốt nhiệm vụ năm học 2025 - 2026', monthsWorkedInYear: '12', rating: 'HTTNV' };
    const saved = await web.submit('/don-vi/de-nghi-moi', '/don-vi/de-nghi-moi', { clientKey: clientKey(), hanhDong: 'luu-nhap', ...form });
    expect(saved.status).toBe(303);
    const id = /^\/don-vi\/ho-so-nhap\/([0-9a-f-]{36})\?done=SAVED$/.exec(saved.location ?? '')![1]!;
    const draftPage = textOf((await web.get(saved.location!)).html);
    expect(draftPage).toContain('Đã lưu hồ sơ nháp.');
    const required = requiredPapersOf('LAO_DONG_TIEN_TIEN');
    for (const kind of required) expect(draftPage).toContain(`${DOSSIER_PAPER_NAMES_VI[kind]} Còn thiếu`);
    expect(textOf((await web.get('/don-vi/ho-so-nhap')).html)).toContain('Lao động tiên tiến Lương Thị Ngọc Ánh');

    for (const kind of required) {
      const attached = await postMultipart(web, `/don-vi/ho-so-nhap/${id}`, `/don-vi/ho-so-nhap/${id}/giay-to`, { kind }, paperPdf(`anh-${kind}`));
      expect(attached.status).toBe(303);
    }
    const exe = { bytes: Buffer.from('#!/bin/sh\necho\n'), name: 'bao-cao.pdf', type: 'application/pdf' };
    const refused = await postMultipart(web, `/don-vi/ho-so-nhap/${id}`, `/don-vi/ho-so-nhap/${id}/giay-to`, { kind: 'TO_TRINH' }, exe);
    expect(refused.status).toBe(415);
    expect(textOf(refused.html)).toContain('Giấy tờ của hồ sơ phải là tệp PDF, DOCX, PNG hoặc JPEG.');
    const complete = textOf((await web.get(`/don-vi/ho-so-nhap/${id}`)).html);
    for (const kind of required) expect(complete).toContain(`${DOSSIER_PAPER_NAMES_VI[kind]} Đã có`);

    const submit = { clientKey: id, hanhDong: 'nop', ...form };
    const first = await web.submit(`/don-vi/ho-so-nhap/${id}`, `/don-vi/ho-so-nhap/${id}`, submit);
    expect(first.status).toBe(303);
    expect(first.location).toMatch(/^\/ho-so\/[0-9a-f-]{36}\?done=SUBMIT$/);
    const second = await web.post(`/don-vi/ho-so-nhap/${id}`, { _csrf: /name="_csrf" value="([^"]+)"/.exec((await web.get('/don-vi/ho-so-nhap')).html)![1]!, ...submit });
    expect(second.location).toBe(first.location);
    expect(await proposalsOf('Lương Thị Ngọc Ánh')).toBe(1);
    expect(textOf((await web.get(first.location!)).html)).toContain(`${DOSSIER_PAPER_NAMES_VI[required[0]!]} Đã có`);
  });
});
