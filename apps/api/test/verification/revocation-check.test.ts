import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DocumentRenderer, FileArchiveStore, IssuedDocumentSigner, loadIssuingKeys, loadRevocationChecker, loadTrustedRoots, PdfRenderer, writeDemoCrl } from '@khenthuong/documents';
import { AwardTitle } from '@khenthuong/domain';
import { seedIsolatedWard, startApi, testConfig, type ApiStack } from '../../../../test/support/stack';
import { createDocumentActivities } from '../../../worker/src/activities/document.activities';
import { verifyArchive } from '../../../worker/src/archive/archive-verifier';
import { insertProposal, numberDecision } from '../../../worker/test/papers/paper-fixtures';
import { WebClient } from '../web/web-client';

/** The text of the signatures block, tags removed. */
const signaturesText = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('revocation of the signers\' certificates on the verification page and in the archive check', () => {
  const crlDir = mkdtempSync(join(tmpdir(), 'khenthuong-crls-'));
  // The page looks at the folder again at every request, so each replaced CRL counts at once.
  const config = testConfig({ SIGNATURE_CRL_DIR: crlDir, SIGNATURE_CRL_RECHECK_SECONDS: '0' });
  let stack: ApiStack;
  let pdf: PdfRenderer;
  let decisionId: string;
  let chairmanCertificate: Buffer;
  let bodyId: string;
  let issuedAt: Date;

  beforeAll(async () => {
    stack = await startApi(config);
    const ward = await seedIsolatedWard(stack.dataSource);
    bodyId = ward.bodyId;
    pdf = new PdfRenderer({ executablePath: config.CHROMIUM_PATH });
    const keys = loadIssuingKeys(config.SIGNING_KEYS_DIR);
    [chairmanCertificate] = (await keys.person('CHAIRMAN').signer.certificates()) as [Buffer];
    const deps = {
      dataSource: stack.dataSource, renderer: new DocumentRenderer(pdf, { fontsDir: config.FONTS_DIR }), archive: new FileArchiveStore(config.ARCHIVE_DIR),
      publicBaseUrl: 'https://khenthuong.example.vn', signer: new IssuedDocumentSigner(keys),
    };
    const proposalId = await insertProposal(stack.dataSource, bodyId, ward.userIds['canbo.vp']!, {
      title: AwardTitle.GIAY_KHEN_DOT_XUAT, nomineeName: 'Đỗ Quang Huy', nomineeKind: 'INDIVIDUAL', unitId: ward.unitIds['cong-an']!, personId: ward.personIds['Đỗ Quang Huy'],
      achievement: 'dũng cảm cứu người trong vụ cháy tại tổ dân phố số 2',
    });
    decisionId = (await numberDecision(stack.dataSource, bodyId, proposalId, ward.userIds['chutich']!)).decisionId;
    await createDocumentActivities(deps).issueDecisionDocument({ bodyId, proposalId, decisionId, workflowId: 'revocation-check-test', runId: 'run-1' });
    issuedAt = new Date();
  });

  afterAll(async () => {
    await pdf?.close();
    await stack?.close();
    rmSync(crlDir, { recursive: true, force: true });
  });

  const page = async () => signaturesText((await new WebClient(stack.baseUrl).get(`/xac-thuc/${decisionId}`)).html);
  const archiveProblems = async () =>
    (await verifyArchive(stack.dataSource, new FileArchiveStore(config.ARCHIVE_DIR), {
      bodyId, trustedRoots: loadTrustedRoots(config.SIGNING_KEYS_DIR), revocation: loadRevocationChecker({ crlDir, online: false }),
    })).problems;

  it('says "not checked" for no list, then "not revoked" once the issuer\'s CRL is in the configured folder', async () => {
    expect(await page()).toContain('Không kiểm tra được: không lấy được thông tin thu hồi từ tổ chức cấp chứng thư');
    expect(await writeDemoCrl(config.SIGNING_KEYS_DIR, crlDir)).toBe(true);
    const text = await page();
    expect(text.match(/Chứng thư số chưa bị thu hồi \(theo danh sách chứng thư bị thu hồi \(CRL\) của tổ chức cấp chứng thư\)/g)).toHaveLength(2);
    expect(text).toContain('Hợp lệ: tệp có 2 chữ ký số, đều xác thực được.');
    await expect(archiveProblems()).resolves.toEqual([]);
  });

  it('fails the chairman\'s signature when his certificate was revoked before he signed, on the page and in archive:verify', async () => {
    await writeDemoCrl(config.SIGNING_KEYS_DIR, crlDir, [{ certificate: chairmanCertificate, revokedAt: new Date(issuedAt.getTime() - 3_600_000) }]);
    const text = await page();
    expect(text).toContain('Không hợp lệ: có chữ ký số không xác thực được');
    expect(text).toMatch(/Không hợp lệ: chứng thư số đã bị thu hồi từ \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}:\d{2}, trước thời điểm ký/);
    // The agency's certificate is still good.
    expect(text).toContain('Chứng thư số chưa bị thu hồi');
    const problems = await archiveProblems();
    expect(problems).toHaveLength(1);
    expect(JSON.stringify(problems[0])).toMatch(/Nguyễn Văn Hùng.*revoked on .* before signing/);
  });

  it('keeps the signature valid when the certificate was revoked only after signing', async () => {
    await writeDemoCrl(config.SIGNING_KEYS_DIR, crlDir, [{ certificate: chairmanCertificate, revokedAt: new Date(issuedAt.getTime() + 2_000) }]);
    const text = await page();
    expect(text).toMatch(/Chứng thư số bị thu hồi từ \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}:\d{2}, sau thời điểm ký: chữ ký vẫn có giá trị/);
    expect(text).toContain('Hợp lệ: tệp có 2 chữ ký số, đều xác thực được.');
    await expect(archiveProblems()).resolves.toEqual([]);
  });
});
