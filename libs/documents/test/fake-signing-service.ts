import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { rsaSignDigest } from '../src/signing/cms';
import { DEMO_PKI_FILES, ensureDemoPki, type DemoPkiManifest } from '../src/signing/demo-pki';
import { readPkcs12, type Pkcs12Key } from '../src/signing/pkcs12.signer';

export type FakeTransactionStatus = 'PENDING' | 'APPROVED' | 'REJECTED' | 'EXPIRED';

export interface FakeTransaction {
  id: string;
  credentialId: string;
  hash: Buffer;
  description: string;
  clientReference: string | null;
  status: FakeTransactionStatus;
  expiresAt: Date;
}

/**
 * A local HTTP service that behaves like a remote hash-signing gateway (the shape RemoteHashSigner
 * speaks): a transaction stays PENDING until the test approves or rejects it "on the phone", or it
 * expires (its lifetime passes, or the test expires it). Approving signs with the demo PKI's key of
 * the credential, so the result verifies like a real signature. Like a service that does not
 * deduplicate, each "create" makes a new transaction; a transaction is found by its client reference.
 */
export class FakeSigningService {
  readonly transactions: FakeTransaction[] = [];
  /** Answers given at creation (e.g. approve at once, to measure the rest of the path). */
  onCreate: ((tx: FakeTransaction) => FakeTransactionStatus) | null = null;
  /** The next "create" makes the transaction but its answer is lost (HTTP 502), as when the caller crashes before storing it. */
  loseNextCreateAnswer = false;
  private readonly keys = new Map<string, Pkcs12Key>();
  private server: Server | null = null;

  constructor(
    pkiDir: string,
    /** credential id → which demo key signs for it. */
    credentials: Record<string, 'chairman' | 'viceChairman'>,
    readonly token = 'token-phuong',
    private readonly lifetimeMs = 5 * 60_000,
  ) {
    ensureDemoPki(pkiDir);
    const { password } = JSON.parse(readFileSync(join(pkiDir, DEMO_PKI_FILES.manifest), 'utf8')) as DemoPkiManifest;
    for (const [credentialId, who] of Object.entries(credentials)) {
      this.keys.set(credentialId, readPkcs12(readFileSync(join(pkiDir, DEMO_PKI_FILES[who])), password, credentialId));
    }
  }

  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res).catch(() => res.writeHead(500).end()));
    // The client shares this process: while signing blocks the event loop, the server's 5-second idle
    // limit could close a kept-alive socket just as the client reuses it (ECONNRESET).
    this.server.keepAliveTimeout = 120_000;
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    await new Promise((resolve) => this.server?.close(resolve));
  }

  approve(id: string): void {
    this.settle(id, 'APPROVED');
  }

  reject(id: string): void {
    this.settle(id, 'REJECTED');
  }

  expire(id: string): void {
    this.settle(id, 'EXPIRED');
  }

  pending(): FakeTransaction[] {
    return this.transactions.filter((t) => this.statusOf(t) === 'PENDING');
  }

  private settle(id: string, status: FakeTransactionStatus): void {
    const tx = this.transactions.find((t) => t.id === id);
    if (!tx || this.statusOf(tx) !== 'PENDING') throw new Error(`transaction ${id} is not pending`);
    tx.status = status;
  }

  private statusOf(tx: FakeTransaction): FakeTransactionStatus {
    if (tx.status === 'PENDING' && Date.now() >= tx.expiresAt.getTime()) tx.status = 'EXPIRED';
    return tx.status;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const send = (body: object): void => void res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    if (req.headers.authorization !== `Bearer ${this.token}`) return void res.writeHead(401).end();
    const credential = /^\/credentials\/([^/]+)$/.exec(req.url ?? '');
    if (req.method === 'GET' && credential) {
      const key = this.keys.get(decodeURIComponent(credential[1]!));
      return key ? send({ certificates: key.chain.map((c) => c.toString('base64')) }) : void res.writeHead(404).end();
    }
    if (req.method === 'POST' && req.url === '/transactions') {
      const body = JSON.parse(await readBody(req)) as { credentialId: string; hash: string; description: string; clientReference?: string };
      if (!this.keys.has(body.credentialId)) return void res.writeHead(404).end();
      const tx: FakeTransaction = {
        id: `tx-${this.transactions.length + 1}`, credentialId: body.credentialId, hash: Buffer.from(body.hash, 'base64'), description: body.description,
        clientReference: body.clientReference ?? null, status: 'PENDING', expiresAt: new Date(Date.now() + this.lifetimeMs),
      };
      this.transactions.push(tx);
      if (this.onCreate) tx.status = this.onCreate(tx);
      if (this.loseNextCreateAnswer) {
        this.loseNextCreateAnswer = false;
        return void res.writeHead(502).end();
      }
      return send({ transactionId: tx.id, expiresAt: tx.expiresAt.toISOString() });
    }
    const byReference = /^\/transactions\?clientReference=([^&]+)$/.exec(req.url ?? '');
    if (req.method === 'GET' && byReference) {
      const found = this.transactions.findLast((t) => t.clientReference === decodeURIComponent(byReference[1]!));
      return found ? send({ transactionId: found.id, expiresAt: found.expiresAt.toISOString() }) : void res.writeHead(404).end();
    }
    const tx = this.transactions.find((t) => `/transactions/${t.id}` === req.url);
    if (req.method !== 'GET' || !tx) return void res.writeHead(404).end();
    const status = this.statusOf(tx);
    if (status !== 'APPROVED') return send({ status });
    return send({ status, signature: rsaSignDigest(this.keys.get(tx.credentialId)!.key, tx.hash).toString('base64') });
  }
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
