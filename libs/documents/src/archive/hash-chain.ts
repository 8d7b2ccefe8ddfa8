import { createHash } from 'node:crypto';

/** What one archive entry commits to; the archive table stores these columns. */
export interface ChainEntryFields {
  /** Lower-case hex SHA-256 of the stored PDF. */
  documentSha256: string;
  /** 'decision', 'certificate', 'council-minutes', … */
  kind: string;
  /** '07/QĐ-UBND'; null for papers without a number. */
  decisionNumber: string | null;
  issuedAt: Date;
  /** Names as printed, in document order. */
  recipients: string[];
  workflowId: string | null;
  runId: string | null;
}

export interface ChainEntry extends ChainEntryFields {
  /** `entryHash` of the entry before; null for the first entry. */
  previousHash: string | null;
  entryHash: string;
}

const DOMAIN_TAG = 'khenthuong/archive-chain/v1';
const SHA256_HEX = /^[0-9a-f]{64}$/;

/**
 * Canonical serialisation: fixed field order, JSON escaping, Unicode NFC (the same Vietnamese name
 * typed precomposed or with combining marks hashes the same), dates as UTC ISO 8601 to the ms.
 */
export function canonicalEntry(entry: ChainEntryFields): string {
  if (!SHA256_HEX.test(entry.documentSha256)) throw new TypeError(`documentSha256 is not lower-case hex SHA-256: ${entry.documentSha256}`);
  if (Number.isNaN(entry.issuedAt.getTime())) throw new TypeError('issuedAt is not a valid date');
  const nfc = (text: string | null): string | null => (text === null ? null : text.normalize('NFC'));
  return JSON.stringify([
    entry.documentSha256,
    nfc(entry.kind),
    nfc(entry.decisionNumber),
    entry.issuedAt.toISOString(),
    entry.recipients.map((name) => nfc(name)),
    nfc(entry.workflowId),
    nfc(entry.runId),
  ]);
}

/** SHA-256 over the previous entry's hash and this entry's canonical form (tamper-evident log). */
export function chainHash(previousHash: string | null, entry: ChainEntryFields): string {
  if (previousHash !== null && !SHA256_HEX.test(previousHash)) throw new TypeError(`previousHash is not SHA-256 hex: ${previousHash}`);
  return createHash('sha256')
    .update(`${DOMAIN_TAG}\n${previousHash ?? 'genesis'}\n${canonicalEntry(entry)}`, 'utf8')
    .digest('hex');
}

/** Builds the next entry of a chain whose last entry is `previous` (null for the first). */
export function appendEntry(previous: Pick<ChainEntry, 'entryHash'> | null, fields: ChainEntryFields): ChainEntry {
  const previousHash = previous?.entryHash ?? null;
  return { ...fields, previousHash, entryHash: chainHash(previousHash, fields) };
}

/**
 * Index of the first entry that breaks the chain (edited fields, a wrong link, a removed or
 * reordered entry), or null when the whole chain holds. Entries in chain order, first one first.
 */
export function verifyChain(entries: readonly ChainEntry[]): number | null {
  let previousHash: string | null = null;
  for (const [index, entry] of entries.entries()) {
    if (entry.previousHash !== previousHash) return index;
    let expected: string;
    try {
      expected = chainHash(previousHash, entry);
    } catch {
      return index;
    }
    if (entry.entryHash !== expected) return index;
    previousHash = entry.entryHash;
  }
  return null;
}
