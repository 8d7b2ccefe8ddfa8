import type { DataSource } from 'typeorm';
import { chainHash, verifyPdfSignatures, verifyPdfSignaturesWithRevocation, type ArchiveStore, type RevocationChecker } from '@khenthuong/documents';

export type ArchiveProblemKind = 'SEQUENCE_GAP' | 'LINK_BROKEN' | 'ENTRY_ALTERED' | 'FILE_MISSING_OR_ALTERED' | 'SIGNATURE_INVALID';

export interface ArchiveProblem {
  kind: ArchiveProblemKind;
  bodyId: string;
  chainSeq: number;
  documentId: string;
  documentKind: string;
  subjectKey: string;
  /** For SIGNATURE_INVALID: what failed. */
  detail?: string;
}

export interface ArchiveVerification {
  bodies: number;
  entries: number;
  /** Per body the first broken link of its chain, then every file that is missing or altered. */
  problems: ArchiveProblem[];
  /** Papers whose digital signatures were checked and held; and papers of a signed kind without any. */
  signaturesChecked: number;
  unsigned: number;
}

/** Kinds the worker signs (the person, then the agency); the others are internal lists and histories. */
const SIGNED_KINDS = new Set(['DECISION', 'CORRECTIVE_DECISION', 'CERTIFICATE', 'MINUTES', 'SUBMISSION', 'POSTING_NOTICE']);

type Row = {
  id: string; body_id: string; kind: string; subject_key: string; sha256: string; chain_seq: number; previous_hash: string | null; entry_hash: string;
  issued_at: Date; document_number: string | null; recipients: string[]; workflow_id: string | null; run_id: string | null;
};

const PAGE = 1000;

/**
 * Walks every body's chain in order (or only `options.bodyId`'s), hashes every stored file again and,
 * given trust roots, checks every signature of the papers that carry them.
 */
export async function verifyArchive(
  dataSource: DataSource,
  store: ArchiveStore,
  options: { bodyId?: string; trustedRoots?: Buffer[]; revocation?: RevocationChecker | null } = {},
): Promise<ArchiveVerification> {
  const bodies: { body_id: string }[] = options.bodyId
    ? [{ body_id: options.bodyId }]
    : await dataSource.query(`SELECT DISTINCT body_id FROM archived_document ORDER BY body_id`);
  const problems: ArchiveProblem[] = [];
  let entries = 0;
  const signatures = { checked: 0, unsigned: 0 };
  for (const { body_id: bodyId } of bodies) {
    let expectedSeq = 1;
    let previousHash: string | null = null;
    let chainBroken = false;
    for (;;) {
      // Keyset pages: a province's archive does not fit in memory at once.
      const rows: Row[] = await dataSource.query(
        `SELECT id, body_id, kind, subject_key, sha256, chain_seq, previous_hash, entry_hash, issued_at, document_number, recipients, workflow_id, run_id
           FROM archived_document WHERE body_id = $1 AND chain_seq >= $2 ORDER BY chain_seq LIMIT ${PAGE}`,
        [bodyId, expectedSeq],
      );
      for (const row of rows) {
        entries++;
        const problem = (kind: ArchiveProblemKind): ArchiveProblem => ({
          kind, bodyId, chainSeq: row.chain_seq, documentId: row.id, documentKind: row.kind, subjectKey: row.subject_key,
        });
        if (!chainBroken) {
          const broken = chainProblem(row, expectedSeq, previousHash);
          if (broken) {
            problems.push(problem(broken));
            chainBroken = true;
          }
        }
        if (!(await store.verify(row.sha256))) problems.push(problem('FILE_MISSING_OR_ALTERED'));
        else if (options.trustedRoots && SIGNED_KINDS.has(row.kind)) {
          const failed = await signatureProblem(store, row.sha256, options.trustedRoots, options.revocation ?? null, signatures);
          if (failed) problems.push({ ...problem('SIGNATURE_INVALID'), detail: failed });
        }
        expectedSeq = row.chain_seq + 1;
        previousHash = row.entry_hash;
      }
      if (rows.length < PAGE) break;
    }
  }
  return { bodies: bodies.length, entries, problems, signaturesChecked: signatures.checked, unsigned: signatures.unsigned };
}

/** Papers archived before signing began carry none: counted, not a problem. */
async function signatureProblem(
  store: ArchiveStore, sha256: string, roots: Buffer[], revocation: RevocationChecker | null, counts: { checked: number; unsigned: number },
): Promise<string | null> {
  const pdf = (await store.get(sha256))!;
  const checks = revocation ? await verifyPdfSignaturesWithRevocation(pdf, roots, revocation) : verifyPdfSignatures(pdf, roots);
  if (checks.length === 0) {
    counts.unsigned++;
    return null;
  }
  counts.checked++;
  const failures = checks.flatMap((c, i) => c.problems.map((p) => `signature ${i + 1} (${c.signerName}): ${p}`));
  if (!checks[checks.length - 1]!.coversWholeFile) failures.push('bytes added after the last signature');
  return failures.length ? failures.join('; ') : null;
}

function chainProblem(row: Row, expectedSeq: number, previousHash: string | null): ArchiveProblemKind | null {
  if (row.chain_seq !== expectedSeq) return 'SEQUENCE_GAP';
  if (row.previous_hash !== previousHash) return 'LINK_BROKEN';
  let expected: string;
  try {
    expected = chainHash(previousHash, {
      documentSha256: row.sha256,
      kind: row.kind,
      decisionNumber: row.document_number,
      issuedAt: new Date(row.issued_at),
      recipients: row.recipients,
      workflowId: row.workflow_id,
      runId: row.run_id,
    });
  } catch {
    return 'ENTRY_ALTERED';
  }
  return row.entry_hash === expected ? null : 'ENTRY_ALTERED';
}

const PROBLEM_TEXT: Record<ArchiveProblemKind, string> = {
  SEQUENCE_GAP: 'chain sequence has a gap (an entry was removed or renumbered)',
  LINK_BROKEN: 'previous_hash does not match the entry before',
  ENTRY_ALTERED: 'entry_hash does not match the entry (a field was edited)',
  FILE_MISSING_OR_ALTERED: 'stored file is missing or no longer hashes to sha256',
  SIGNATURE_INVALID: 'a digital signature does not verify',
};

export function describeProblem(p: ArchiveProblem): string {
  return `body ${p.bodyId} entry #${p.chainSeq} (${p.documentKind} ${p.subjectKey}, archived_document ${p.documentId}): ${PROBLEM_TEXT[p.kind]}${p.detail ? ` — ${p.detail}` : ''}`;
}
