import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** A free loopback port (the OCSP responder needs its port before the certificates name it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createNetServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });
}

export interface IssuedLeaf {
  name: string;
  keyPem: string;
  /** DER: the leaf, then the issuing CA, then the root. */
  chain: Buffer[];
}

/**
 * A certificate authority run by OpenSSL's own `ca`, `crl` and `ocsp` commands, an implementation
 * independent of ours: root → issuing CA → signers whose certificates name an OCSP responder and a
 * CRL distribution point on loopback.
 */
export class OpensslCa {
  private ocsp?: ChildProcess;
  private crlServer?: Server;

  private constructor(
    readonly dir: string,
    readonly ocspPort: number,
    readonly crlPort: number,
  ) {}

  static async create(dir: string): Promise<OpensslCa> {
    const ca = new OpensslCa(dir, await freePort(), await freePort());
    mkdirSync(join(dir, 'newcerts'), { recursive: true });
    writeFileSync(join(dir, 'index.txt'), '');
    writeFileSync(join(dir, 'serial'), '1000\n');
    writeFileSync(join(dir, 'crlnumber'), '1000\n');
    writeFileSync(join(dir, 'ca.cnf'), ca.config());
    await ca.openssl('req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'root.key', '-out', 'root.pem', '-days', '3650', '-subj', '/CN=Test Root CA',
      '-addext', 'basicConstraints=critical,CA:true', '-addext', 'keyUsage=critical,keyCertSign,cRLSign');
    await ca.openssl('req', '-new', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'issuing.key', '-out', 'issuing.csr', '-subj', '/CN=Test Issuing CA');
    await ca.openssl('x509', '-req', '-in', 'issuing.csr', '-CA', 'root.pem', '-CAkey', 'root.key', '-CAcreateserial', '-out', 'issuing.pem', '-days', '3650',
      '-extfile', 'ca.cnf', '-extensions', 'ca_ext');
    await ca.issue('ocsp-responder', 'Test OCSP Responder', 'ocsp_ext');
    return ca;
  }

  get root(): Buffer {
    return new X509Certificate(readFileSync(join(this.dir, 'root.pem'))).raw;
  }

  /** A signer's certificate; `withRevocationInfo: false` leaves out the OCSP and CRL addresses. */
  async issue(name: string, commonName: string, extensions: 'leaf_ext' | 'offline_leaf_ext' | 'ocsp_ext' = 'leaf_ext'): Promise<IssuedLeaf> {
    await this.openssl('req', '-new', '-newkey', 'rsa:2048', '-nodes', '-utf8', '-keyout', `${name}.key`, '-out', `${name}.csr`, '-subj', `/CN=${commonName}`);
    await this.openssl('ca', '-batch', '-config', 'ca.cnf', '-utf8', '-extensions', extensions, '-in', `${name}.csr`, '-out', `${name}.pem`, '-notext');
    const der = (file: string) => new X509Certificate(readFileSync(join(this.dir, file))).raw;
    return { name, keyPem: readFileSync(join(this.dir, `${name}.key`), 'utf8'), chain: [der(`${name}.pem`), der('issuing.pem'), der('root.pem')] };
  }

  async revoke(leaf: IssuedLeaf): Promise<void> {
    await this.openssl('ca', '-config', 'ca.cnf', '-revoke', `${leaf.name}.pem`, '-crl_reason', 'keyCompromise');
  }

  /** The issuing CA's current CRL, DER. */
  async crl(): Promise<Buffer> {
    await this.openssl('ca', '-config', 'ca.cnf', '-gencrl', '-out', 'issuing.crl.pem');
    await this.openssl('crl', '-in', 'issuing.crl.pem', '-outform', 'DER', '-out', 'issuing.crl');
    return readFileSync(join(this.dir, 'issuing.crl'));
  }

  /** Starts `openssl ocsp` and an HTTP server publishing the CRL, both reading the CA's database as it is now. */
  async serve(): Promise<void> {
    const crl = await this.crl();
    this.crlServer = createServer((req, res) => {
      if (req.url !== '/issuing.crl') return void res.writeHead(404).end();
      res.writeHead(200, { 'content-type': 'application/pkix-crl' }).end(crl);
    });
    await new Promise<void>((resolve) => this.crlServer!.listen(this.crlPort, '127.0.0.1', resolve));
    await this.startOcsp();
  }

  async startOcsp(): Promise<void> {
    this.ocsp = spawn('openssl', ['ocsp', '-index', 'index.txt', '-port', String(this.ocspPort), '-ignore_err', '-rsigner', 'ocsp-responder.pem', '-rkey', 'ocsp-responder.key',
      '-CA', 'issuing.pem', '-ndays', '1'], { cwd: this.dir, stdio: ['ignore', 'ignore', 'pipe'] });
    await waitForPort(this.ocspPort);
  }

  async stopOcsp(): Promise<void> {
    const child = this.ocsp;
    if (!child || child.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill();
    });
  }

  async stop(): Promise<void> {
    await this.stopOcsp();
    await new Promise<void>((resolve) => (this.crlServer ? this.crlServer.close(() => resolve()) : resolve()));
  }

  private async openssl(...args: string[]): Promise<void> {
    await run('openssl', args, { cwd: this.dir });
  }

  private config(): string {
    return `[ ca ]
default_ca = ca_default
[ ca_default ]
dir = .
database = ./index.txt
new_certs_dir = ./newcerts
serial = ./serial
crlnumber = ./crlnumber
certificate = ./issuing.pem
private_key = ./issuing.key
default_md = sha256
default_days = 365
default_crl_days = 7
policy = policy_any
unique_subject = no
[ policy_any ]
commonName = supplied
[ ca_ext ]
basicConstraints = critical, CA:true, pathlen:0
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
[ leaf_ext ]
basicConstraints = critical, CA:false
keyUsage = critical, digitalSignature, nonRepudiation
extendedKeyUsage = emailProtection
authorityInfoAccess = OCSP;URI:http://127.0.0.1:${this.ocspPort}/
crlDistributionPoints = URI:http://127.0.0.1:${this.crlPort}/issuing.crl
[ offline_leaf_ext ]
basicConstraints = critical, CA:false
keyUsage = critical, digitalSignature, nonRepudiation
extendedKeyUsage = emailProtection
[ ocsp_ext ]
basicConstraints = critical, CA:false
keyUsage = critical, digitalSignature
extendedKeyUsage = critical, OCSPSigning
`;
  }
}

async function waitForPort(port: number): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const open = await fetch(`http://127.0.0.1:${port}/`).then(() => true, () => false);
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`openssl ocsp did not listen on ${port}`);
}
