import { createHash } from 'node:crypto';
import { DocumentRenderer, FileArchiveStore, IssuedDocumentSigner, loadIssuingKeys, PdfRenderer } from '@khenthuong/documents';
import { AwardTitle } from '@khenthuong/domain';
import { ApiClient, seedIsolatedWard, startApi, testConfig, type ApiStack } from '../../../../test/support/stack';
import { pdfFlatText } from '../../../../libs/documents/test/pdf-inspect';
import { pdfsig } from '../../../../libs/documents/test/pdfsig';
import { createDocumentActivities } from '../../../worker/src/activities/document.activities';
import { createPaperActivities } from '../../../worker/src/activities/paper.activities';
import { createRevocationActivities } from '../../../worker/src/activities/revocation.activities';
import { DECISION_TIME, insertProposal, numberDecision } from '../../../worker/test/papers/paper-fixtures';
import { csrfTokenIn, WebClient } from '../web/web-client';

describe('revocation and the public verification page', () => {
  let stack: ApiStack;
  let pdf: PdfRenderer;
  let archive: FileArchiveStore;
  let ward: Awaited<ReturnType<typeof seedIsolatedWard>>;
  let decisionId: string;
  let decisionNumber: string;
  let proposalId: string;
  let decisionPdf: Buffer;
  let deps: Parameters<typeof createRevocationActivities>[0];
  const run = { workflowId: 'verification-test', runId: 'run-1' };

  beforeAll(async () => {
    const config = testConfig();
    stack = await startApi(config);
    ward = await seedIsolatedWard(stack.dataSource);
    pdf = new PdfRenderer({ executablePath: config.CHROMIUM_PATH });
    const renderer = new DocumentRenderer(pdf, { fontsDir: config.FONTS_DIR });
    archive = new FileArchiveStore(config.ARCHIVE_DIR);
    deps = { dataSource: stack.dataSource, renderer, archive, publicBaseUrl: 'https://khenthuong.example.vn', signer: new IssuedDocumentSigner(loadIssuingKeys(config.SIGNING_KEYS_DIR)) };
    // An ad-hoc Giấy khen, decided, printed and archived by the worker's own activities.
    proposalId = await insertProposal(stack.dataSource, ward.bodyId, ward.userIds['canbo.vp']!, {
      title: AwardTitle.GIAY_KHEN_DOT_XUAT, nomineeName: 'Đỗ Quang Huy', nomineeKind: 'INDIVIDUAL', unitId: ward.unitIds['cong-an']!, personId: ward.personIds['Đỗ Quang Huy'],
      achievement: 'dũng cảm cứu người trong vụ cháy tại tổ dân phố số 2',
    });
    const decision = await numberDecision(stack.dataSource, ward.bodyId, proposalId, ward.userIds['chutich']!);
    decisionId = decision.decisionId;
    decisionNumber = decision.numberText;
    const issued = await createDocumentActivities(deps).issueDecisionDocument({ bodyId: ward.bodyId, proposalId, decisionId, ...run });
    decisionPdf = (await archive.get(issued.sha256))!;
    await createPaperActivities({ ...deps, now: () => DECISION_TIME }).issueCertificates({ bodyId: ward.bodyId, decisionId, proposalIds: [proposalId], ...run });
  });

  afterAll(async () => {
    await pdf?.close();
    await stack?.close();
  });

  async function upload(id: string, bytes: Buffer, withToken = true): Promise<{ status: number; html: string }> {
    const web = new WebClient(stack.baseUrl);
    const page = await web.get(`/xac-thuc/${id}`);
    const form = new FormData();
    if (withToken) form.set('_csrf', csrfTokenIn(page.html));
    form.set('file', new Blob([new Uint8Array(bytes)], { type: 'application/pdf' }), 'quyet-dinh.pdf');
    const res = await fetch(`${stack.baseUrl}/xac-thuc/${id}`, {
      method: 'POST',
      body: form,
      headers: { cookie: [...web.cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
      redirect: 'manual',
    });
    return { status: res.status, html: await res.text() };
  }

  it('shows a decision to anyone: number, date, recipients, status and the SHA-256 of each paper', async () => {
    const res = await new WebClient(stack.baseUrl).get(`/xac-thuc/${decisionId}`);
    expect(res.status).toBe(200);
    expect(res.html).toContain(`Quyết định khen thưởng số ${decisionNumber}`);
    expect(res.html).toContain('26/11/2026');
    expect(res.html).toContain('Đỗ Quang Huy');
    expect(res.html).toContain('Còn hiệu lực');
    expect(res.html).toContain('Giấy khen / Giấy chứng nhận');
    const [{ sha256 }] = await stack.dataSource.query(`SELECT sha256 FROM archived_document WHERE decision_id = $1 AND kind = 'DECISION'`, [decisionId]);
    expect(res.html).toContain(sha256);
  });

  it('answers "Khớp" for the archived PDF and "Không khớp" for a copy changed by one byte', async () => {
    const valid = await upload(decisionId, decisionPdf);
    expect(valid.status).toBe(200);
    expect(valid.html).toContain('Kết quả đối chiếu: Khớp');
    const tampered = Buffer.from(decisionPdf);
    tampered[tampered.length - 10] ^= 0x01;
    const changed = await upload(decisionId, tampered);
    expect(changed.html).toContain('Kết quả đối chiếu: Không khớp');
  });

  it('archives the decision signed by the chairman, then the agency: pdfsig validates both, and the archive hash is of the signed file', async () => {
    const found = await pdfsig(decisionPdf);
    expect(found.map((s) => [s.commonName, s.validation])).toEqual([
      ['Nguyễn Văn Hùng', 'Signature is Valid.'],
      ['Ủy ban nhân dân phường Ngô Quyền', 'Signature is Valid.'],
    ]);
    expect(found[1]!.totalDocumentSigned).toBe(true);
  });

  it('shows each signature of the paper in Vietnamese: signer, time, integrity, certificate', async () => {
    const res = await new WebClient(stack.baseUrl).get(`/xac-thuc/${decisionId}`);
    expect(res.html).toContain('Hợp lệ: tệp có 2 chữ ký số, đều xác thực được.');
    expect(res.html).toContain('Chữ ký số của người có thẩm quyền');
    expect(res.html).toContain('Nguyễn Văn Hùng, Chủ tịch UBND phường');
    expect(res.html).toContain('Chữ ký số của cơ quan');
    expect(res.html).toMatch(/\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}:\d{2} \(giờ Việt Nam, theo dấu thời gian\)/);
    expect(res.html).toContain('Hợp lệ: nội dung không bị thay đổi sau khi ký');
    // The certificate the worker issued under the decision is signed the same way.
    const [certificate] = await stack.dataSource.query(`SELECT id FROM archived_document WHERE decision_id = $1 AND kind = 'CERTIFICATE'`, [decisionId]);
    const certificatePage = await new WebClient(stack.baseUrl).get(`/xac-thuc/${certificate.id}`);
    expect(certificatePage.html).toContain('Hợp lệ: tệp có 2 chữ ký số, đều xác thực được.');
  });

  it('reports the signatures of an uploaded copy, and a tampered copy as not valid', async () => {
    const valid = await upload(decisionId, decisionPdf);
    expect(valid.html).toContain('Hợp lệ: tệp có 2 chữ ký số, đều xác thực được.');
    const tampered = Buffer.from(decisionPdf);
    tampered[200] ^= 0x01; // inside the rendered page, covered by both signatures
    const changed = await upload(decisionId, tampered);
    expect(changed.html).toContain('Không hợp lệ: có chữ ký số không xác thực được');
    expect(changed.html).toContain('Không hợp lệ: nội dung đã bị thay đổi sau khi ký');
    expect((await pdfsig(tampered)).every((s) => s.validation !== 'Signature is Valid.')).toBe(true);
  });

  it('refuses an upload without the form token, and a bad id, in Vietnamese', async () => {
    const forged = await upload(decisionId, decisionPdf, false);
    expect(forged.status).toBe(403);
    expect(forged.html).toContain('Biểu mẫu đã hết hạn hoặc không hợp lệ');
    const bad = await new WebClient(stack.baseUrl).get('/xac-thuc/khong-phai-ma');
    expect(bad.status).toBe(400);
    expect(bad.html).toContain('Mã văn bản trên mã QR không hợp lệ.');
  });

  it('lets anyone reach and download the decision and the certificate from the home page, while internal papers are only listed', async () => {
    await stack.dataSource.query(`UPDATE proposal SET status = 'CLOSED' WHERE id = $1`, [proposalId]);
    const citizen = new WebClient(stack.baseUrl);
    const home = await citizen.get(`/?body=${encodeURIComponent(`test-${ward.prefix}`)}`);
    expect(home.html).toContain(`<a href="/xac-thuc/${decisionId}">${decisionNumber}</a>`);

    const page = await citizen.get(`/xac-thuc/${decisionId}`);
    const links = [...page.html.matchAll(/<a href="(\/xac-thuc\/[^"]+\/van-ban\/[^"]+)">Tải về \(PDF\)<\/a>/g)].map((m) => m[1]!);
    const archived: { id: string; kind: string; sha256: string }[] = await stack.dataSource.query(
      `SELECT id, kind, sha256 FROM archived_document WHERE decision_id = $1 AND kind IN ('DECISION', 'CERTIFICATE') ORDER BY kind`,
      [decisionId],
    );
    expect(links.sort()).toEqual(archived.map((d) => `/xac-thuc/${decisionId}/van-ban/${d.id}`).sort());
    for (const doc of archived) {
      const res = await fetch(`${stack.baseUrl}/xac-thuc/${decisionId}/van-ban/${doc.id}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('application/pdf');
      // Each file is named after the paper and the decision's number, without diacritics.
      const kindName = doc.kind === 'DECISION' ? 'quyet-dinh-khen-thuong' : 'giay-khen-giay-chung-nhan';
      expect(res.headers.get('content-disposition')).toBe(`inline; filename="${kindName}-${decisionNumber.replace('Đ', 'D').toLowerCase().replace(/[^0-9a-z]+/g, '-')}.pdf"`);
      expect(createHash('sha256').update(Buffer.from(await res.arrayBuffer())).digest('hex')).toBe(doc.sha256);
    }

    // The council's tờ trình is listed under the proposal's code, marked internal, and not served.
    const submission = await createPaperActivities(deps).issueSubmission({ bodyId: ward.bodyId, subjectKey: proposalId, proposalIds: [proposalId], route: 'WARD_DECISION', ...run });
    const proposalPage = await citizen.get(`/xac-thuc/${proposalId}`);
    expect(proposalPage.html).toContain('Lưu hành nội bộ');
    expect(proposalPage.html).not.toContain(`/van-ban/${submission.documentId}`);
    expect((await fetch(`${stack.baseUrl}/xac-thuc/${proposalId}/van-ban/${submission.documentId}`)).status).toBe(404);
    // A paper is served only under a code that lists it.
    const certificate = archived.find((d) => d.kind === 'CERTIFICATE')!;
    const decisionDoc = archived.find((d) => d.kind === 'DECISION')!;
    expect((await fetch(`${stack.baseUrl}/xac-thuc/${certificate.id}/van-ban/${decisionDoc.id}`)).status).toBe(404);
    const badId = await fetch(`${stack.baseUrl}/xac-thuc/${decisionId}/van-ban/khong-phai-ma`);
    expect(badId.status).toBe(400);
    expect(await badId.text()).toContain('Mã văn bản không hợp lệ.');
  });

  it('records a revocation for the chairman only, with Vietnamese refusals', async () => {
    const head = await ApiClient.login(stack.baseUrl, `${ward.prefix}truong.mamnon`);
    expect((await head.request('POST', `/api/v1/decisions/${decisionId}/revoke`, { reason: 'Thành tích không đúng sự thật' })).status).toBe(403);
    const chairman = await ApiClient.login(stack.baseUrl, `${ward.prefix}chutich`);
    const short = await chairman.request('POST', `/api/v1/decisions/${decisionId}/revoke`, { reason: 'sai' });
    expect(short.status).toBe(400);
    expect(JSON.stringify(short.body)).toContain('Lý do thu hồi dài từ 10 đến 2000 ký tự.');
    const stranger = await chairman.request('POST', `/api/v1/decisions/${decisionId}/revoke`, { reason: 'Thành tích không đúng sự thật', proposalIds: [ward.bodyId] });
    expect(stranger.status).toBe(422);
  });

  it('revokes through a corrective decision in the same series, and the page then shows the decision and its certificate revoked', async () => {
    const chairman = await ApiClient.login(stack.baseUrl, `${ward.prefix}chutich`);
    const accepted = await chairman.request('POST', `/api/v1/decisions/${decisionId}/revoke`, { reason: 'Thành tích đã được khen thưởng tại quyết định khác' });
    expect(accepted.status).toBe(202);
    const { revocationId } = accepted.body as { revocationId: string };
    expect((await chairman.request('POST', `/api/v1/decisions/${decisionId}/revoke`, { reason: 'Đề nghị thu hồi lần thứ hai' })).status).toBe(409);

    const revocations = createRevocationActivities({ ...deps, now: () => new Date('2026-12-01T03:00:00Z') });
    const issued = await revocations.issueCorrectiveDecision({ bodyId: ward.bodyId, revocationId, ...run });
    await expect(revocations.issueCorrectiveDecision({ bodyId: ward.bodyId, revocationId, ...run })).resolves.toEqual(issued);
    const text = await pdfFlatText((await archive.get(issued.sha256))!);
    expect(text).toContain('Số: 02/QĐ-UBND');
    expect(text).toContain(`Về việc thu hồi Quyết định số ${decisionNumber} ngày 26 tháng 11 năm 2026 của Chủ tịch Ủy ban nhân dân phường Ngô Quyền`);
    expect(text).toContain('Đỗ Quang Huy');

    const [revocation] = await stack.dataSource.query(`SELECT status, corrective_decision_id FROM decision_revocation WHERE id = $1`, [revocationId]);
    expect(revocation.status).toBe('ISSUED');
    const revoked: { kind: string }[] = await stack.dataSource.query(`SELECT kind FROM archived_document WHERE revoked_by = $1 ORDER BY kind`, [revocationId]);
    expect(revoked.map((r) => r.kind)).toEqual(['CERTIFICATE', 'DECISION']);

    const page = await new WebClient(stack.baseUrl).get(`/xac-thuc/${decisionId}`);
    expect(page.html).toContain('Đã thu hồi, được thay thế bởi Quyết định số 02/QĐ-UBND');
    const [certificate] = await stack.dataSource.query(`SELECT id FROM archived_document WHERE decision_id = $1 AND kind = 'CERTIFICATE'`, [decisionId]);
    const certificatePage = await new WebClient(stack.baseUrl).get(`/xac-thuc/${certificate.id}`);
    expect(certificatePage.html).toContain('Đã thu hồi theo Quyết định số 02/QĐ-UBND');
    const correctivePage = await new WebClient(stack.baseUrl).get(`/xac-thuc/${revocation.corrective_decision_id}`);
    expect(correctivePage.html).toContain('Quyết định thu hồi số 02/QĐ-UBND');
  });
});
