import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface PdfsigSignature {
  fieldName: string;
  commonName: string;
  type: string;
  hash: string;
  totalDocumentSigned: boolean;
  validation: string;
}

/** poppler's pdfsig, an independent verifier: one entry per signature, in file order. */
export async function pdfsig(pdf: Buffer): Promise<PdfsigSignature[]> {
  const dir = await mkdtemp(join(tmpdir(), 'pdfsig-'));
  try {
    const file = join(dir, 'signed.pdf');
    await writeFile(file, pdf);
    // Exit status 1 means "a signature did not validate": the text still says which.
    const out = await run('pdfsig', ['-no-ocsp', file]).then((r) => r.stdout, (error: { stdout?: string }) => error.stdout ?? '');
    return out.split(/^Signature #\d+:$/m).slice(1).map((block) => {
      const field = (label: string) => new RegExp(`- ${label}: (.*)$`, 'm').exec(block)?.[1]?.trim() ?? '';
      return {
        fieldName: field('Signature Field Name'),
        commonName: field('Signer Certificate Common Name'),
        type: field('Signature Type'),
        hash: field('Signing Hash Algorithm'),
        totalDocumentSigned: /- Total document signed/.test(block),
        validation: field('Signature Validation'),
      };
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
