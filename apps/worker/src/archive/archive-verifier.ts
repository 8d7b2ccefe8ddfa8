import type { DataSource } from 'typeorm';
import { chainHash, verifyPdfSignatures, verifyPdfSignaturesWithRevocation, type ArchiveStore, type RevocationChecker } from '@khenthuong/documents';
import { ArchivedDocumentRepository, type ChainedDocument } from '@khenthuong/persistence';

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
  const ledger = new ArchivedDocumentRepository(dataSource);
  const bodies = options.bodyId ? [options.bodyId] : await ledger.chainedBodies();
  const problems: ArchiveProblem[] = [];
  let entries = 0;
  const signatures = { checked: 0, unsigned: 0 };
  for (const bodyId of bodies) {
    let expectedSeq = 1;
    let previousHash: string | null = null;
    let chainBroken = false;
    for (;;) {
      // Keyset pages: a province's archive does not fit in memory at once.
      const rows = await ledger.chainPage(bodyId, expectedSeq, PAGE);
      for (const row of rows) {
        entries++;
        const problem = (kind: ArchiveProblemKind): ArchiveProblem => ({
          kind, bodyId, chainSeq: row.chainSeq, documentId: row.id, documentKind: row.kind, subjectKey: row.subjectKey,
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
        expectedSeq = row.chainSeq + 1;
        previousHash = row.entryHash;
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

function chainProblem(row: ChainedDocument, expectedSeq: number, previousHash: string | null): ArchiveProblemKind | null {
  if (row.chainSeq !== expectedSeq) return 'SEQUENCE_GAP';
  if (row.previousHash !== previousHash) return 'LINK_BROKEN';
  let expected: string;
  try {
    expected = chainHash(previousHash, {
      documentSha256: row.sha256,
      kind: row.kind,
      decisionNumber: row.documentNumber,
      issuedAt: new Date(row.issuedAt),
      recipients: row.recipients,
      workflowId: row.workflowId,
      runId: row.runId,
    });
  } catch {
    return 'ENTRY_ALTERED';
  }
  return row.entryHash === expected ? null : 'ENTRY_ALTERED';
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
