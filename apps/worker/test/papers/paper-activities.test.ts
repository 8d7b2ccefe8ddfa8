import { randomUUID } from 'node:crypto';
import { PDFDocument } from 'pdf-lib';
import type { DataSource } from 'typeorm';
import { AwardTitle } from '@khenthuong/domain';
import { DocumentRenderer, FileArchiveStore, PdfRenderer } from '@khenthuong/documents';
import { createDataSource, RoundRepository } from '@khenthuong/persistence';
import type { AppConfig } from '@khenthuong/platform';
import type { PaperActivities } from '@khenthuong/temporal';
import { seedIsolatedWard, testConfig } from '../../../../test/support/stack';
import { pdfFlatText } from '../../../../libs/documents/test/pdf-inspect';
import { buildCertificateModel } from '../../src/activities/certificate-model.builder';
import { createPaperActivities } from '../../src/activities/paper.activities';
import { storeProposalList } from '../../src/activities/proposal-list';
import { loadAwardees, loadBody, loadDecision } from '../../src/activities/paper-facts';
import { castVote, DECISION_TIME, insertProposal, numberDecision } from './paper-fixtures';

describe('paper activities (real PostgreSQL and Chromium)', () => {
  let config: AppConfig;
  let db: DataSource;
  let pdf: PdfRenderer;
  let renderer: DocumentRenderer;
  let archive: FileArchiveStore;
  let papers: PaperActivities;
  let demo: Awaited<ReturnType<typeof seedIsolatedWard>>;
  const run = { workflowId: 'papers-test', runId: 'run-1' };

  beforeAll(async () => {
    config = testConfig();
    db = await createDataSource({ url: config.DATABASE_URL, poolSize: 3 }).initialize();
    demo = await seedIsolatedWard(db);
    pdf = new PdfRenderer({ executablePath: config.CHROMIUM_PATH });
    renderer = new DocumentRenderer(pdf, { fontsDir: config.FONTS_DIR });
    archive = new FileArchiveStore(config.ARCHIVE_DIR);
    papers = createPaperActivities({ dataSource: db, renderer, archive, publicBaseUrl: 'https://khenthuong.example.vn', now: () => DECISION_TIME });
  });

  afterAll(async () => {
    await pdf.close();
    await db.destroy();
  });

  const user = (name: string) => demo.userIds[name]!;
  const proposal = (seed: Omit<Parameters<typeof insertProposal>[3], 'unitId'> & { unit?: string }) =>
    insertProposal(db, demo.bodyId, user('canbo.vp'), { unitId: demo.unitIds[seed.unit ?? 'mn-ngo-quyen']!, ...seed });
  const stored = async (id: string) => {
    const [row] = await db.query(`SELECT sha256 FROM archived_document WHERE id = $1`, [id]);
    return (await archive.get(row.sha256))!;
  };

  describe('issueCertificates', () => {
    it('prints one certificate per awardee whose title has one, archives each once, and adds nothing on a second call', async () => {
      const teacher = await proposal({
        title: AwardTitle.CHIEN_SI_THI_DUA_CO_SO, nomineeName: 'Lương Thị Ngọc Ánh', nomineeKind: 'INDIVIDUAL', personId: demo.personIds['Lương Thị Ngọc Ánh'],
        achievement: 'dẫn đầu phong trào dạy tốt năm học 2025 - 2026',
      });
      const school = await proposal({ title: AwardTitle.GIAY_KHEN_TAP_THE, nomineeName: 'Trường Mầm non Ngô Quyền', nomineeKind: 'COLLECTIVE' });
      // Tập thể lao động tiên tiến has no certificate unless the rule set prints one (printLdttCertificate: false).
      const team = await proposal({ title: AwardTitle.TAP_THE_LAO_DONG_TIEN_TIEN, nomineeName: 'Tổ chuyên môn Mầm', nomineeKind: 'COLLECTIVE' });
      const decision = await numberDecision(db, demo.bodyId, `round:cert:${teacher}`, user('chutich'));
      const input = { bodyId: demo.bodyId, decisionId: decision.decisionId, proposalIds: [teacher, school, team], ...run };

      await expect(papers.issueCertificates(input)).resolves.toEqual({ issued: 2 });
      const rows: { id: string; subject_key: string; proposal_id: string; document_number: string; sha256: string }[] = await db.query(
        `SELECT id, subject_key, proposal_id, document_number, sha256 FROM archived_document WHERE kind = 'CERTIFICATE' AND decision_id = $1 ORDER BY subject_key`,
        [decision.decisionId],
      );
      expect(rows.map((r) => r.subject_key).sort()).toEqual([`${decision.decisionId}:${teacher}`, `${decision.decisionId}:${school}`].sort());
      expect(rows.every((r) => r.document_number === decision.numberText)).toBe(true);

      const teacherPdf = await stored(rows.find((r) => r.proposal_id === teacher)!.id);
      const text = await pdfFlatText(teacherPdf);
      for (const line of [
        'CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG NGÔ QUYỀN',
        'TẶNG DANH HIỆU CHIẾN SĨ THI ĐUA CƠ SỞ Năm 2026',
        'Bà Lương Thị Ngọc Ánh',
        'Giáo viên, Trường Mầm non Ngô Quyền',
        'Đã có thành tích: dẫn đầu phong trào dạy tốt năm học 2025 - 2026.',
        `Quyết định số ${decision.numberText} ngày 26 tháng 11 năm 2026`,
        'Nguyễn Văn Hùng',
      ]) {
        expect(text).toContain(line);
      }
      expect(await pdfFlatText(await stored(rows.find((r) => r.proposal_id === school)!.id))).toContain('TẶNG GIẤY KHEN');

      // The PDF's creation date is the decision's, so a retry of the same batch prints the very same bytes
      // (fonts are subset per batch: the batch, not the single page, is the unit that repeats).
      const created = (await PDFDocument.load(teacherPdf)).getCreationDate();
      const [{ created_at: decidedAt }] = await db.query(`SELECT created_at FROM decision WHERE id = $1`, [decision.decisionId]);
      expect(created?.getTime()).toBe(Math.floor(new Date(decidedAt).getTime() / 1000) * 1000);
      const [body, facts, awardees] = await Promise.all([loadBody(db, demo.bodyId), loadDecision(db, demo.bodyId, decision.decisionId), loadAwardees(db, demo.bodyId, input.proposalIds)]);
      const models = awardees.flatMap((awardee) => buildCertificateModel({ body, decision: facts, awardee, publicBaseUrl: 'https://khenthuong.example.vn' }) ?? []);
      const again = await Promise.all((await renderer.renderCertificates(models)).map(async (bytes) => (await archive.put(bytes)).sha256));
      expect(again.sort()).toEqual(rows.map((r) => r.sha256).sort());

      await expect(papers.issueCertificates(input)).resolves.toEqual({ issued: 0 });
      const [{ count }] = await db.query(`SELECT count(*)::int AS count FROM archived_document WHERE kind = 'CERTIFICATE' AND decision_id = $1`, [decision.decisionId]);
      expect(count).toBe(2);
    });
  });

  describe('issueCouncilMinutes', () => {
    const members = ['chutich', 'phochutich', 'canbo.vp', 'hoidong.mttq', 'hoidong.congan', 'hoidong.vhxh'];

    it('prints attendance, the tally of every nominee and both signatures of an open session', async () => {
      const nurse = await proposal({
        title: AwardTitle.CHIEN_SI_THI_DUA_CO_SO, nomineeName: 'Quách Thị Hạnh', nomineeKind: 'INDIVIDUAL', unit: 'tram-y-te', personId: demo.personIds['Quách Thị Hạnh'],
        tally: { agree: 4, disagree: 1, abstain: 0, agreeRatio: 4 / 6, passed: true },
      });
      const start = new Date('2026-11-20T07:00:00Z');
      for (const [i, member] of members.slice(0, 5).entries()) {
        const dissent = i === 4;
        await castVote(db, demo.bodyId, nurse, user(member), dissent ? 'DISAGREE' : 'AGREE', new Date(start.getTime() + i * 60_000), false, dissent ? 'Sáng kiến chưa được Hội đồng cơ sở công nhận.' : null);
      }
      const input = { bodyId: demo.bodyId, subjectKey: nurse, proposalIds: [nurse], secretBallot: false, ...run };

      const issued = await papers.issueCouncilMinutes(input);
      const text = await pdfFlatText(await stored(issued.documentId));
      for (const line of [
        'UBND PHƯỜNG NGÔ QUYỀN',
        'Số: 01/BB-HĐTĐKT',
        'Thời gian: 14 giờ 00 phút, ngày 20 tháng 11 năm 2026.',
        'Chủ trì: Nguyễn Văn Hùng',
        'Thành viên Hội đồng: có mặt 5/6, vắng 1: Đặng Thị Hồng Nhung (không tham dự).',
        'Hình thức biểu quyết: biểu quyết công khai trên hệ thống quản lý thi đua, khen thưởng.',
        'Cuộc họp kết thúc vào 14 giờ 04 phút cùng ngày.',
      ]) {
        expect(text).toContain(line);
      }
      // The dissenting member's comment is minuted with the vote; members are voting online, not by show of hands.
      expect(text).toMatch(/Ý kiến của thành viên Hội đồng: - .+ \(không đồng ý\) về Quách Thị Hạnh: Sáng kiến chưa được Hội đồng cơ sở công nhận\./);
      expect(text).not.toContain('giơ tay');
      // Table cells wrap, so pdftotext interleaves them: check the name, the title and the counts.
      for (const cell of ['Quách Thị Hạnh', 'Y sĩ, Trạm Y tế phường Ngô Quyền Chiến sĩ thi đua cơ sở 4', '1 0 66,7 Đạt', 'Kết quả: 1/1 trường hợp']) expect(text).toContain(cell);
      await expect(papers.issueCouncilMinutes(input)).resolves.toEqual(issued);
      const [{ count }] = await db.query(`SELECT count(*)::int AS count FROM archived_document WHERE kind = 'MINUTES' AND subject_key = $1`, [nurse]);
      expect(count).toBe(1);
    });

    it('prints only the totals of a secret session', async () => {
      const group = await proposal({
        title: AwardTitle.TAP_THE_LAO_DONG_TIEN_TIEN, nomineeName: 'Trường Tiểu học Ngô Quyền', nomineeKind: 'COLLECTIVE', unit: 'th-ngo-quyen',
        tally: { agree: 5, disagree: 1, abstain: 0, agreeRatio: 5 / 6, passed: true },
      });
      for (const member of members) await castVote(db, demo.bodyId, group, user(member), null, new Date('2026-11-21T02:30:00Z'));
      const issued = await papers.issueCouncilMinutes({ bodyId: demo.bodyId, subjectKey: group, proposalIds: [group], secretBallot: true, ...run });
      const text = await pdfFlatText(await stored(issued.documentId));
      expect(text).toContain('Hình thức biểu quyết: bỏ phiếu kín.');
      expect(text).toContain('Số phiếu phát ra: 6; số phiếu thu về: 6; số phiếu hợp lệ: 6; số phiếu không hợp lệ: 0.');
      for (const cell of ['Tập thể lao động tiên tiến 5', '1 0 83,3 Đạt']) expect(text).toContain(cell);
      // Who voted what is nowhere: the members are listed only as present.
      expect(text).not.toMatch(/Đồng ý: |AGREE/);
      expect(text).toContain('Số: 02/BB-HĐTĐKT');
    });
  });

  describe('issueSubmission', () => {
    it('sends a title beyond the ward to the higher level, signed for the committee', async () => {
      const doctor = await proposal({
        title: AwardTitle.BANG_KHEN_CHU_TICH_TINH, nomineeName: 'Vũ Đức Thắng', nomineeKind: 'INDIVIDUAL', unit: 'tram-y-te', personId: demo.personIds['Vũ Đức Thắng'],
        tally: { agree: 6, disagree: 0, abstain: 0, agreeRatio: 1, passed: true },
      });
      const issued = await papers.issueSubmission({ bodyId: demo.bodyId, subjectKey: doctor, proposalIds: [doctor], route: 'ESCALATE', ...run });
      const text = await pdfFlatText(await stored(issued.documentId));
      for (const line of ['Số: 01/TTr-UBND', 'Kính gửi: Chủ tịch Ủy ban nhân dân thành phố Hải Phòng (qua Sở Nội vụ)', 'không thuộc thẩm quyền quyết định của Chủ tịch Ủy ban nhân dân phường', 'TM. ỦY BAN NHÂN DÂN', 'Vũ Đức Thắng', 'tỷ lệ đồng ý từ 100% trở lên']) {
        expect(text).toContain(line);
      }
      await expect(papers.issueSubmission({ bodyId: demo.bodyId, subjectKey: doctor, proposalIds: [doctor], route: 'ESCALATE', ...run })).resolves.toEqual(issued);
    });

    it('asks the ward chairman for a ward title, signed for the council', async () => {
      const teacher = await proposal({ title: AwardTitle.GIAY_KHEN_CA_NHAN, nomineeName: 'Kiều Thị Yến', nomineeKind: 'INDIVIDUAL', personId: demo.personIds['Kiều Thị Yến'] });
      const issued = await papers.issueSubmission({ bodyId: demo.bodyId, subjectKey: teacher, proposalIds: [teacher], route: 'WARD_DECISION', ...run });
      const text = await pdfFlatText(await stored(issued.documentId));
      expect(text).toContain('Số: 01/TTr-HĐTĐKT');
      expect(text).toContain('Kính gửi: Chủ tịch Ủy ban nhân dân phường Ngô Quyền');
      expect(text).toContain('TM. HỘI ĐỒNG CHỦ TỊCH');
      expect(text).not.toContain('Sở Nội vụ');
      expect(text.match(/\(có danh sách kèm theo\)/g)).toHaveLength(1);
    });
  });

  it('issuePostingNotice prints the period, where to object and the posted list', async () => {
    const group = await proposal({ title: AwardTitle.TO_DAN_PHO_VAN_HOA, nomineeName: 'Tổ dân phố số 1', nomineeKind: 'RESIDENTIAL_GROUP', unit: 'tdp-1' });
    const issued = await papers.issuePostingNotice({ bodyId: demo.bodyId, subjectKey: group, proposalIds: [group], startsOn: '2026-11-23', endsOn: '2026-12-02', ...run });
    const text = await pdfFlatText(await stored(issued.documentId));
    for (const line of ['Số: 01/TB-UBND', 'từ ngày 23 tháng 11 năm 2026 đến hết ngày 02 tháng 12 năm 2026', 'Lê Thị Thu Hà', 'Quá thời hạn trên, xem như không có ý kiến.', 'Tổ dân phố số 1']) {
      expect(text).toContain(line);
    }
    // Anyone may object online; no contact the body has not given is printed (no placeholders).
    expect(text).toContain('Gửi ý kiến trực tuyến:');
    expect(text).toContain('/cong-khai');
    expect(text).not.toMatch(/\(số điện thoại|\(thư điện tử/);
    const [row] = await db.query(`SELECT proposal_id, round_id FROM archived_document WHERE id = $1`, [issued.documentId]);
    expect(row).toEqual({ proposal_id: group, round_id: null });
  });

  it("names the round on a round's own paper, issued with the round's id as its subject", async () => {
    const roundId = randomUUID();
    await new RoundRepository(db).insertOnce(
      { bodyId: demo.bodyId, clientKey: roundId, name: 'Đợt thi đua năm 2026', kind: 'YEAR_END', year: 2026, ruleSetId: 'test', nominationDeadline: '2026-11-20', secretBallot: false, createdBy: user('canbo.vp') },
      roundId,
    );
    const group = await proposal({ title: AwardTitle.TO_DAN_PHO_VAN_HOA, nomineeName: 'Tổ dân phố số 4', nomineeKind: 'RESIDENTIAL_GROUP', unit: 'tdp-1' });
    const issued = await papers.issuePostingNotice({ bodyId: demo.bodyId, subjectKey: roundId, proposalIds: [group], startsOn: '2026-11-23', endsOn: '2026-12-02', ...run });
    const [row] = await db.query(`SELECT subject_key, round_id FROM archived_document WHERE id = $1`, [issued.documentId]);
    expect(row).toEqual({ subject_key: roundId, round_id: roundId });
  });

  it("a round's paper reads its list stored in pages (a page stored twice counts once) and names it by key", async () => {
    const groups = [await proposal({ title: AwardTitle.TO_DAN_PHO_VAN_HOA, nomineeName: 'Tổ dân phố số 2', nomineeKind: 'RESIDENTIAL_GROUP', unit: 'tdp-1' })];
    groups.push(await proposal({ title: AwardTitle.TO_DAN_PHO_VAN_HOA, nomineeName: 'Tổ dân phố số 3', nomineeKind: 'RESIDENTIAL_GROUP', unit: 'tdp-1' }));
    const listKey = `round-${groups[0]}:posting`;
    await storeProposalList(db, listKey, 0, [groups[0]!]);
    await storeProposalList(db, listKey, 1, [groups[1]!]);
    await storeProposalList(db, listKey, 1, [groups[1]!]);
    const issued = await papers.issuePostingNotice({ bodyId: demo.bodyId, subjectKey: listKey, proposalIds: [], listKey, startsOn: '2026-11-23', endsOn: '2026-12-02', ...run });
    const text = await pdfFlatText(await stored(issued.documentId));
    expect(text.indexOf('Tổ dân phố số 2')).toBeGreaterThan(-1);
    expect(text.indexOf('Tổ dân phố số 3')).toBeGreaterThan(text.indexOf('Tổ dân phố số 2'));
    // A list never stored is a defect no retry repairs: the step waits for a person.
    await expect(papers.issueSubmission({ bodyId: demo.bodyId, subjectKey: `${listKey}-x`, proposalIds: [], listKey: `${listKey}-missing`, route: 'WARD_DECISION', ...run })).rejects.toMatchObject({
      name: 'PermanentActivityError',
      type: 'MISSING_DATA',
    });
  });

  it('issuePaymentList pays each awardee by the rule set of the decision date, once', async () => {
    const a = await proposal({ title: AwardTitle.GIAY_KHEN_CA_NHAN, nomineeName: 'Hoàng Thị Mai', nomineeKind: 'INDIVIDUAL', personId: demo.personIds['Hoàng Thị Mai'] });
    const b = await proposal({ title: AwardTitle.GIAY_KHEN_CA_NHAN, nomineeName: 'Tạ Văn Đức', nomineeKind: 'INDIVIDUAL', unit: 'th-ngo-quyen', personId: demo.personIds['Tạ Văn Đức'] });
    const decision = await numberDecision(db, demo.bodyId, `round:pay:${a}`, user('phochutich'));
    const input = { bodyId: demo.bodyId, decisionId: decision.decisionId, proposalIds: [a, b], ...run };
    const issued = await papers.issuePaymentList(input);
    expect(issued.amountVnd).toBeGreaterThan(0);
    const text = await pdfFlatText(await stored(issued.documentId));
    expect(text).toContain(`(Kèm theo Quyết định số ${decision.numberText} ngày 26 tháng 11 năm 2026 của Chủ tịch UBND phường Ngô Quyền)`);
    expect(text).toContain('KT. CHỦ TỊCH PHÓ CHỦ TỊCH');
    expect(text).toContain('Hoàng Thị Mai');
    expect(text).toContain('Tạ Văn Đức');
    expect(text.replace(/\./g, '')).toContain(String(issued.amountVnd));
    await expect(papers.issuePaymentList(input)).resolves.toEqual(issued);
  });
});
