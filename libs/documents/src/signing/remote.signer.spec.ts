import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { PDFDocument } from 'pdf-lib';
import { rsaSignDigest } from './cms';
import { DEMO_PKI_FILES, ensureDemoPki } from './demo-pki';
import { addPadesSignature } from './pades.signer';
import { readPkcs12 } from './pkcs12.signer';
import { RemoteHashSigner } from './remote.signer';
import { SignatureRefusedError, type TimestampAuthority } from './signing.port';
import { loadIssuingKeys, loadTrustedRoots } from './signing-keys';
import { verifyPdfSignatures } from './signature-verifier';

const PKI_DIR = join(__dirname, '..', '..', '..', '..', '.data', 'pki');
type Behaviour = 'approve' | 'reject' | 'never';

/**
 * A local service that behaves like a remote hash-signing gateway: the signer "approves on the
 * phone" after two polls, refuses, or never answers; it signs with the chairman's demo key.
 */
function fakeSigningService(behaviour: () => Behaviour) {
  ensureDemoPki(PKI_DIR);
  const { password } = JSON.parse(readFileSync(join(PKI_DIR, DEMO_PKI_FILES.manifest), 'utf8')) as { password: string };
  const key = readPkcs12(readFileSync(join(PKI_DIR, DEMO_PKI_FILES.chairman)), password, 'chairman');
  const transactions = new Map<string, { hash: Buffer; polls: number; behaviour: Behaviour }>();
  const requests: string[] = [];
  const read = async (req: IncomingMessage) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    return JSON.parse(Buffer.concat(chunks).toString('utf8')) as { hash: string; description: string };
  };
  const server: Server = createServer((req, res) => {
    void (async () => {
      requests.push(`${req.method} ${req.url}`);
      const send = (body: object) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
      if (req.headers.authorization !== 'Bearer token-phuong') return res.writeHead(401).end();
      if (req.method === 'GET' && req.url === '/credentials/chutich') return send({ certificates: key.chain.map((c) => c.toString('base64')) });
      if (req.method === 'POST' && req.url === '/transactions') {
        const body = await read(req);
        const id = `tx-${transactions.size + 1}`;
        transactions.set(id, { hash: Buffer.from(body.hash, 'base64'), polls: 0, behaviour: behaviour() });
        return send({ transactionId: id });
      }
      const tx = transactions.get(req.url?.replace('/transactions/', '') ?? '');
      if (!tx) return res.writeHead(404).end();
      tx.polls++;
      if (tx.polls < 3 || tx.behaviour === 'never') return send({ status: 'PENDING' });
      if (tx.behaviour === 'reject') return send({ status: 'REJECTED' });
      return send({ status: 'APPROVED', signature: rsaSignDigest(key.key, tx.hash).toString('base64') });
    })();
  });
  return { server, requests };
}

describe('RemoteHashSigner against a local hash-signing service', () => {
  let behaviour: Behaviour = 'approve';
  const fake = fakeSigningService(() => behaviour);
  let signer: RemoteHashSigner;
  let impatientSigner: RemoteHashSigner;
  let timestampAuthority: TimestampAuthority;
  let pdf: Buffer;

  beforeAll(async () => {
    // Signing blocks this process's event loop: a server closing idle sockets first would reset the client's reused one.
    fake.server.keepAliveTimeout = 120_000;
    await new Promise<void>((resolve) => fake.server.listen(0, '127.0.0.1', resolve));
    const { port } = fake.server.address() as AddressInfo;
    const options = { baseUrl: `http://127.0.0.1:${port}`, credentialId: 'chutich', accessToken: 'token-phuong', pollIntervalMs: 20 };
    // A loaded machine may take seconds for three polls; only the test of giving up needs a short wait.
    signer = new RemoteHashSigner({ ...options, approvalTimeoutMs: 60_000 });
    impatientSigner = new RemoteHashSigner({ ...options, approvalTimeoutMs: 400 });
    timestampAuthority = loadIssuingKeys(PKI_DIR).timestampAuthority;
    const doc = await PDFDocument.create();
    doc.addPage().drawText('To trinh', { x: 72, y: 700 });
    pdf = Buffer.from(await doc.save());
  });

  afterAll(async () => {
    await new Promise((resolve) => fake.server.close(resolve));
  });

  const sign = (by: RemoteHashSigner = signer) =>
    addPadesSignature(pdf, {
      signer: by, timestampAuthority, documentLabel: 'Quyết định số 5/QĐ-UBND', fieldName: 'ChuKy', pageIndex: 0,
      rect: [300, 100, 450, 160], image: null, signerName: 'Nguyễn Văn Hùng', reason: 'Ký ban hành', location: 'Ngô Quyền', signingTime: new Date(),
    });

  it('waits for the approval, polling, and yields a signature that verifies; only the hash left the ward', async () => {
    behaviour = 'approve';
    const signed = await sign();
    const [check] = verifyPdfSignatures(signed, loadTrustedRoots(PKI_DIR));
    expect(check).toMatchObject({ signerName: 'Nguyễn Văn Hùng', integrityValid: true, chainTrusted: true, problems: [] });
    expect(fake.requests.filter((r) => r.startsWith('GET /transactions/')).length).toBeGreaterThanOrEqual(3);
  });

  it('finds no earlier transaction at a service that offers no lookup by client reference (so a new one is made)', async () => {
    await expect(signer.findTransaction('req-1')).resolves.toBeNull();
    expect(fake.requests).toContain('GET /transactions?clientReference=req-1');
  });

  it('fails for good when the signer refuses', async () => {
    behaviour = 'reject';
    await expect(sign()).rejects.toMatchObject({ name: 'SignatureRefusedError', reason: 'REJECTED' });
  });

  it('gives up when the signer does not answer in time', async () => {
    behaviour = 'never';
    const error = await sign(impatientSigner).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SignatureRefusedError);
    expect((error as SignatureRefusedError).reason).toBe('EXPIRED');
  });
});
