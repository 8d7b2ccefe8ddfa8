import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

/**
 * The content of a secret ballot, sealed by the api before it reaches Temporal (AES-256-GCM).
 * Workflows carry it opaque; only the counting activity opens it. `keyId` names the key that
 * sealed it, so keys can rotate while older ballots still open (docs/secret-ballots.md).
 */
export interface SealedBallot {
  keyId: string;
  /** 12-byte GCM nonce, base64. */
  nonce: string;
  /** Ciphertext followed by the 16-byte GCM tag, base64. */
  sealed: string;
}

export interface BallotSealKey {
  id: string;
  key: Buffer;
}

export type BallotSealProblem = 'UNKNOWN_KEY' | 'NOT_AUTHENTIC' | 'MALFORMED';

/** A sealed ballot that cannot be opened: no retry helps, a person must look at the keys. */
export class BallotSealError extends Error {
  constructor(
    readonly problem: BallotSealProblem,
    message: string,
  ) {
    super(message);
    this.name = 'BallotSealError';
  }
}

export const BALLOT_SEAL_KEY_ID = /^[A-Za-z0-9_-]{1,32}$/;
const KEY_BYTES = 32;
const NONCE_BYTES = 12;
const TAG_BYTES = 16;
/**
 * Plaintexts are padded to a size class (at least 1 KiB, then powers of two), so the length of a
 * sealed ballot does not tell "agree" from "disagree" or a short comment from none.
 */
const MIN_PADDED_BYTES = 1024;

/** Only for development, tests and the demo: a key everyone can derive seals nothing in production. */
export const DEMO_BALLOT_SEAL_KEY: BallotSealKey = { id: 'demo', key: createHash('sha256').update('khenthuong demo ballot seal key').digest() };

/** `id:base64key,id:base64key` (the first one seals; every one opens). */
export function parseBallotSealKeys(text: string): BallotSealKey[] {
  const keys = text.split(',').map((entry) => {
    const [id, base64, ...rest] = entry.trim().split(':');
    if (!id || !BALLOT_SEAL_KEY_ID.test(id) || base64 === undefined || rest.length > 0) {
      throw new Error('BALLOT_SEAL_KEYS must be a comma-separated list of keyId:base64key');
    }
    const key = Buffer.from(base64, 'base64');
    if (key.length !== KEY_BYTES || key.toString('base64') !== base64) throw new Error(`BALLOT_SEAL_KEYS: key "${id}" must be 32 bytes in base64`);
    return { id, key };
  });
  if (new Set(keys.map((k) => k.id)).size !== keys.length) throw new Error('BALLOT_SEAL_KEYS: key ids must be unique');
  return keys;
}

function paddedLength(length: number): number {
  let size = MIN_PADDED_BYTES;
  while (size < length) size *= 2;
  return size;
}

/**
 * Seals and opens ballot contents. `context` (the session, e.g. `round:<id>`, and the member) is
 * authenticated with the content, so a sealed ballot opens only as the ballot it was cast as.
 */
export class BallotSealer {
  private readonly byId: Map<string, Buffer>;

  constructor(private readonly keys: readonly BallotSealKey[]) {
    if (keys.length === 0) throw new Error('at least one ballot seal key is needed');
    this.byId = new Map(keys.map((k) => [k.id, k.key]));
  }

  seal(content: unknown, context: string): SealedBallot {
    const { id, key } = this.keys[0];
    const json = Buffer.from(JSON.stringify(content), 'utf8');
    // Trailing spaces are JSON whitespace: the opened text parses to the same content.
    const plaintext = Buffer.alloc(paddedLength(json.length), 0x20);
    json.copy(plaintext);
    const nonce = randomBytes(NONCE_BYTES);
    const cipher = createCipheriv('aes-256-gcm', key, nonce);
    cipher.setAAD(Buffer.from(context, 'utf8'));
    const sealed = Buffer.concat([cipher.update(plaintext), cipher.final(), cipher.getAuthTag()]);
    return { keyId: id, nonce: nonce.toString('base64'), sealed: sealed.toString('base64') };
  }

  open(ballot: SealedBallot, context: string): unknown {
    if (!isSealedBallot(ballot)) throw new BallotSealError('MALFORMED', 'not a sealed ballot');
    const key = this.byId.get(ballot.keyId);
    if (!key) throw new BallotSealError('UNKNOWN_KEY', `no ballot seal key "${ballot.keyId}" is configured`);
    const nonce = Buffer.from(ballot.nonce, 'base64');
    const data = Buffer.from(ballot.sealed, 'base64');
    if (nonce.length !== NONCE_BYTES || data.length <= TAG_BYTES) throw new BallotSealError('MALFORMED', 'sealed ballot has a bad nonce or length');
    const decipher = createDecipheriv('aes-256-gcm', key, nonce);
    decipher.setAAD(Buffer.from(context, 'utf8'));
    decipher.setAuthTag(data.subarray(data.length - TAG_BYTES));
    let plaintext: Buffer;
    try {
      plaintext = Buffer.concat([decipher.update(data.subarray(0, data.length - TAG_BYTES)), decipher.final()]);
    } catch {
      throw new BallotSealError('NOT_AUTHENTIC', `sealed ballot does not open with key "${ballot.keyId}" (altered, or sealed for another ballot)`);
    }
    try {
      return JSON.parse(plaintext.toString('utf8')) as unknown;
    } catch {
      throw new BallotSealError('MALFORMED', 'sealed ballot content is not JSON');
    }
  }
}

export function isSealedBallot(value: unknown): value is SealedBallot {
  const v = value as Partial<SealedBallot> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof v.keyId === 'string' &&
    BALLOT_SEAL_KEY_ID.test(v.keyId) &&
    typeof v.nonce === 'string' &&
    typeof v.sealed === 'string'
  );
}
