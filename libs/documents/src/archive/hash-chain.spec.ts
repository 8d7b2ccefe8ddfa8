import { createHash } from 'node:crypto';
import { appendEntry, canonicalEntry, chainHash, verifyChain, type ChainEntry, type ChainEntryFields } from './hash-chain';

const sha = (text: string): string => createHash('sha256').update(text).digest('hex');

function fields(n: number, overrides: Partial<ChainEntryFields> = {}): ChainEntryFields {
  return {
    documentSha256: sha(`pdf ${n}`),
    kind: n % 2 === 0 ? 'decision' : 'certificate',
    decisionNumber: `${String(n).padStart(2, '0')}/QĐ-UBND`,
    issuedAt: new Date(Date.UTC(2026, 10, 26, 2, n)),
    recipients: ['Nguyễn Thị Hồng Nhung', 'Tổ dân phố số 3'],
    workflowId: `campaign-2026-${n}`,
    runId: `run-${n}`,
    ...overrides,
  };
}

function chainOf(count: number): ChainEntry[] {
  const entries: ChainEntry[] = [];
  for (let n = 0; n < count; n++) entries.push(appendEntry(entries.at(-1) ?? null, fields(n)));
  return entries;
}

describe('canonicalEntry', () => {
  it('serialises the fields in a fixed order with UTC dates', () => {
    expect(canonicalEntry(fields(1))).toBe(
      JSON.stringify([sha('pdf 1'), 'certificate', '01/QĐ-UBND', '2026-11-26T02:01:00.000Z', ['Nguyễn Thị Hồng Nhung', 'Tổ dân phố số 3'], 'campaign-2026-1', 'run-1']),
    );
  });

  it('hashes a name typed with combining marks like its precomposed form (NFC)', () => {
    const decomposed = 'Nguyễn Thị Hồng Nhung'.normalize('NFD');
    expect(decomposed).not.toBe('Nguyễn Thị Hồng Nhung');
    expect(canonicalEntry(fields(1, { recipients: [decomposed, 'Tổ dân phố số 3'] }))).toBe(canonicalEntry(fields(1)));
  });

  it('rejects a document hash that is not lower-case SHA-256 hex', () => {
    expect(() => canonicalEntry(fields(1, { documentSha256: sha('x').toUpperCase() }))).toThrow('not lower-case hex SHA-256');
  });
});

describe('chainHash', () => {
  it('is SHA-256 over a domain tag, the previous hash and the canonical entry', () => {
    const previous = sha('previous');
    expect(chainHash(previous, fields(2))).toBe(sha(`khenthuong/archive-chain/v1\n${previous}\n${canonicalEntry(fields(2))}`));
    expect(chainHash(null, fields(2))).toBe(sha(`khenthuong/archive-chain/v1\ngenesis\n${canonicalEntry(fields(2))}`));
  });

  it('changes with every field and with the previous hash', () => {
    const base = chainHash(null, fields(3));
    const variants: Array<Partial<ChainEntryFields>> = [
      { documentSha256: sha('other pdf') },
      { kind: 'council-minutes' },
      { decisionNumber: null },
      { issuedAt: new Date(Date.UTC(2026, 10, 26, 2, 3, 0, 1)) },
      { recipients: ['Tổ dân phố số 3', 'Nguyễn Thị Hồng Nhung'] },
      { workflowId: 'campaign-other' },
      { runId: null },
    ];
    for (const variant of variants) expect(chainHash(null, fields(3, variant))).not.toBe(base);
    expect(chainHash(sha('x'), fields(3))).not.toBe(base);
  });
});

describe('verifyChain', () => {
  it('accepts an intact chain and an empty one', () => {
    expect(verifyChain(chainOf(5))).toBeNull();
    expect(verifyChain([])).toBeNull();
  });

  it('finds an entry whose fields were edited after the fact (its recomputed hash differs)', () => {
    const chain = chainOf(5);
    chain[2] = { ...chain[2]!, recipients: ['Người khác'] };
    expect(verifyChain(chain)).toBe(2);
  });

  it('finds a tampered document hash even when the forger recomputed that entry hash (the next link breaks)', () => {
    const chain = chainOf(5);
    const forged = { ...chain[1]!, documentSha256: sha('forged pdf') };
    chain[1] = { ...forged, entryHash: chainHash(forged.previousHash, forged) };
    expect(verifyChain(chain)).toBe(2);
  });

  it('finds a removed entry and a reordered pair', () => {
    const removed = chainOf(5);
    removed.splice(3, 1);
    expect(verifyChain(removed)).toBe(3);
    const swapped = chainOf(5);
    [swapped[1], swapped[2]] = [swapped[2]!, swapped[1]!];
    expect(verifyChain(swapped)).toBe(1);
  });

  it('finds a chain that does not start at the genesis', () => {
    expect(verifyChain(chainOf(4).slice(1))).toBe(0);
  });
});
