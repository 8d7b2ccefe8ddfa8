/** Result of storing a document's bytes. */
export interface ArchivePutResult {
  /** Lower-case hex SHA-256 of the bytes. */
  sha256: string;
  sizeBytes: number;
  /** Where the store keeps it; for content-addressed stores the hash itself. */
  key: string;
  /** False when identical bytes were already stored (put is idempotent). */
  created: boolean;
}

/**
 * Write-once, content-addressed storage for issued documents. Behind an interface because it is
 * the only local-disk state of the system: a province-wide installation may put it in object
 * storage instead (docs/architecture.md, Scale).
 */
export interface ArchiveStore {
  put(bytes: Buffer): Promise<ArchivePutResult>;
  /** The stored bytes, or null when absent or when `sha256` is not a SHA-256 hex string. */
  get(sha256: string): Promise<Buffer | null>;
  /** True when the bytes are present and still hash to `sha256` (detects corruption on disk). */
  verify(sha256: string): Promise<boolean>;
}

const SHA256_HEX = /^[0-9a-f]{64}$/;

/** Normalises a hash from the outside world (URL, QR code); null when it is not one. */
export function parseSha256(value: string): string | null {
  const normalized = value.trim().toLowerCase();
  return SHA256_HEX.test(normalized) ? normalized : null;
}
