import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { ensureDemoBodyPki, ensureDemoPki, SIGNING_KEYS_BODIES_DIR } from './demo-pki';
import { IssuedDocumentSigner, type IssuedPaper } from './issued-document.signer';
import { loadIssuingKeyRing, loadTrustedRoots, SigningKeysMissingError } from './signing-keys';
import { verifyPdfSignatures } from './signature-verifier';

const LE_LOI = { name: 'Ủy ban nhân dân phường Lê Lợi', chairmanName: 'Phan Văn Đức', viceChairmanName: 'Lò Thị Hoa' };
const TRAN_PHU = { name: 'Ủy ban nhân dân phường Trần Phú', chairmanName: 'Mai Xuân Trường', viceChairmanName: 'Hà Thị Vân' };

const paperOf = (bodyCode: string, agencyName: string): IssuedPaper => ({
  bodyCode, label: 'Quyết định số 01/QĐ-UBND', signerRole: 'CHAIRMAN', signerName: 'Chủ tịch', agencyName, placeName: agencyName.replace(/^Ủy ban nhân dân phường /, ''),
});

/** Signs a one-page paper for the body and reads back who signed it, as a verifier sees the certificates. */
async function signersOf(dir: string, bodyCode: string, agencyName: string) {
  const doc = await PDFDocument.create();
  doc.addPage([595.28, 841.89]).drawText('Quyet dinh', { x: 72, y: 700 });
  const signed = await new IssuedDocumentSigner(loadIssuingKeyRing(dir)).sign(Buffer.from(await doc.save()), paperOf(bodyCode, agencyName));
  return verifyPdfSignatures(signed, loadTrustedRoots(dir)).map((c) => ({ name: c.signerName, organization: c.signerOrganization, trusted: c.chainTrusted, problems: c.problems }));
}

describe('signing keys per issuing body', () => {
  let dir: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'khenthuong-keys-'));
    ensureDemoPki(dir);
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('signs for every body with the folder’s own keys while it has no bodies folder (a one-ward installation)', async () => {
    const signers = await signersOf(dir, 'p001', LE_LOI.name);
    expect(signers.map((s) => [s.name, s.organization, s.trusted])).toEqual([
      ['Nguyễn Văn Hùng', 'Ủy ban nhân dân phường Ngô Quyền', true],
      ['Ủy ban nhân dân phường Ngô Quyền', 'Ủy ban nhân dân phường Ngô Quyền', true],
    ]);
  });

  it('signs each body with its own chairman and seal once bodies have folders, both chaining to the one root', async () => {
    ensureDemoBodyPki(dir, 'p001', LE_LOI);
    ensureDemoBodyPki(dir, 'p002', TRAN_PHU);
    expect(await signersOf(dir, 'p001', LE_LOI.name)).toEqual([
      { name: 'Phan Văn Đức', organization: LE_LOI.name, trusted: true, problems: [] },
      { name: LE_LOI.name, organization: LE_LOI.name, trusted: true, problems: [] },
    ]);
    expect((await signersOf(dir, 'p002', TRAN_PHU.name)).map((s) => s.organization)).toEqual([TRAN_PHU.name, TRAN_PHU.name]);
  });

  it('refuses a body without a folder of its own rather than sealing with another body’s keys, and finds the folder once installed', async () => {
    const ring = loadIssuingKeyRing(dir);
    expect(() => ring.keysOf('p003')).toThrow(SigningKeysMissingError);
    expect(() => ring.keysOf('ngo-quyen')).toThrow(SigningKeysMissingError);
    ensureDemoBodyPki(dir, 'p003', { ...LE_LOI, name: 'Ủy ban nhân dân phường Quang Trung' });
    expect((await signersOf(dir, 'p003', 'Ủy ban nhân dân phường Quang Trung')).map((s) => s.organization)).toEqual([
      'Ủy ban nhân dân phường Quang Trung', 'Ủy ban nhân dân phường Quang Trung',
    ]);
  });

  it('refuses a code that would name a folder outside the bodies folder', () => {
    const ring = loadIssuingKeyRing(dir);
    for (const code of ['..', '../p001', 'p001/../p002', '', 'P001', `${SIGNING_KEYS_BODIES_DIR}/p001`]) {
      expect(() => ring.keysOf(code)).toThrow(SigningKeysMissingError);
    }
    expect(() => ensureDemoBodyPki(dir, '../escape', LE_LOI)).toThrow(RangeError);
  });
});
