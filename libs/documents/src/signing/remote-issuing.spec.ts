import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { FakeSigningService } from '../../test/fake-signing-service';
import { IssuedDocumentSigner, type PendingPersonSignature } from './issued-document.signer';
import { RemoteHashSigner } from './remote.signer';
import { loadIssuingKeys, loadTrustedRoots } from './signing-keys';
import { verifyPdfSignatures } from './signature-verifier';

const PKI_DIR = join(__dirname, '..', '..', '..', '..', '.data', 'pki');
const paper = { bodyCode: 'ngo-quyen', label: 'Quyết định số 7/QĐ-UBND', signerRole: 'CHAIRMAN' as const, signerName: 'Nguyễn Văn Hùng', agencyName: 'Ủy ban nhân dân phường Ngô Quyền', placeName: 'Ngô Quyền' };

/** The durable path: prepare and ask in one step, read the answer in another, complete in a third (each with fresh objects, as separate activities would). */
describe('an issued paper signed by a person who approves on a remote service', () => {
  const service = new FakeSigningService(PKI_DIR, { 'cred-chutich': 'chairman' });
  let baseUrl: string;
  let pdf: Buffer;
  const remote = () => new RemoteHashSigner({ baseUrl, credentialId: 'cred-chutich', accessToken: service.token });
  const issuing = () => new IssuedDocumentSigner(loadIssuingKeys(PKI_DIR));

  beforeAll(async () => {
    baseUrl = await service.start();
    const doc = await PDFDocument.create();
    doc.addPage([595.28, 841.89]).drawText('Quyet dinh', { x: 72, y: 700 });
    pdf = Buffer.from(await doc.save());
  });
  afterAll(() => service.stop());

  const prepareAndAsk = async (label = paper.label) => {
    const chain = await remote().certificates();
    const pending = await issuing().preparePerson(pdf, { ...paper, label }, chain);
    const { transactionId, expiresAt } = await remote().createTransaction(pending.digest, { documentLabel: label });
    return { pending, transactionId, expiresAt };
  };

  it('stays pending until approved; the approved signature completes the person then the agency, and both verify', async () => {
    const { pending, transactionId, expiresAt } = await prepareAndAsk();
    expect(expiresAt).toBeInstanceOf(Date);
    expect(service.transactions.at(-1)).toMatchObject({ description: 'Quyết định số 7/QĐ-UBND', hash: pending.digest });
    expect(await remote().transactionState(transactionId)).toEqual({ status: 'PENDING', signature: null });

    service.approve(transactionId);
    const state = await remote().transactionState(transactionId);
    expect(state.status).toBe('APPROVED');
    // The pending paper survives a round trip through storage (bytes, numbers, rectangles).
    const stored = JSON.parse(JSON.stringify({ ...pending, bytes: pending.bytes.toString('base64'), digest: pending.digest.toString('base64') })) as Record<string, unknown>;
    const restored: PendingPersonSignature = { ...(stored as unknown as PendingPersonSignature), bytes: Buffer.from(stored.bytes as string, 'base64'), digest: Buffer.from(stored.digest as string, 'base64') };
    const signed = await issuing().completePerson(restored, paper, await remote().certificates(), state.signature!);

    const checks = verifyPdfSignatures(signed, loadTrustedRoots(PKI_DIR));
    expect(checks.map((c) => [c.signerName, c.integrityValid, c.chainTrusted, c.problems])).toEqual([
      ['Nguyễn Văn Hùng', true, true, []],
      ['Ủy ban nhân dân phường Ngô Quyền', true, true, []],
    ]);
  });

  it('reads a refusal and an expiry as such', async () => {
    const refused = await prepareAndAsk();
    service.reject(refused.transactionId);
    expect((await remote().transactionState(refused.transactionId)).status).toBe('REJECTED');
    const late = await prepareAndAsk();
    service.expire(late.transactionId);
    expect((await remote().transactionState(late.transactionId)).status).toBe('EXPIRED');
  });

  it('refuses to embed a signature that is not over this paper', async () => {
    const first = await prepareAndAsk();
    // Another paper (its field reads another label), so another digest.
    const second = await prepareAndAsk('Quyết định số 8/QĐ-UBND');
    service.approve(second.transactionId);
    const foreign = (await remote().transactionState(second.transactionId)).signature!;
    await expect(issuing().completePerson(first.pending, paper, await remote().certificates(), foreign)).rejects.toMatchObject({ name: 'SignatureRefusedError', reason: 'INVALID_RESPONSE' });
  });
});
