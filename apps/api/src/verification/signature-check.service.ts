import { Inject, Injectable } from '@nestjs/common';
import { loadRevocationChecker, loadTrustedRoots, verifyPdfSignatures, verifyPdfSignaturesWithRevocation, type ArchiveStore, type RevocationChecker } from '@khenthuong/documents';
import { AppConfig } from '@khenthuong/platform';
import { describeSignatures, type SignaturesView } from './signature.view';
import { ARCHIVE_STORE } from '../core/archive-store';

/** Checks the digital signatures of an archived paper or of an uploaded copy, against the configured roots and revocation sources. */
@Injectable()
export class SignatureCheckService {
  private roots?: Buffer[];
  private revocation?: RevocationChecker | null;

  constructor(
    @Inject(AppConfig) private readonly config: AppConfig,
    @Inject(ARCHIVE_STORE) private readonly archive: ArchiveStore,
  ) {}

  async ofArchived(sha256: string | undefined): Promise<SignaturesView | null> {
    const bytes = sha256 ? await this.archive.get(sha256) : null;
    return bytes ? this.ofBytes(bytes) : null;
  }

  async ofBytes(pdf: Buffer): Promise<SignaturesView> {
    this.roots ??= loadTrustedRoots(this.config.SIGNING_KEYS_DIR);
    if (this.revocation === undefined) {
      this.revocation = loadRevocationChecker({
        crlDir: this.config.SIGNATURE_CRL_DIR, crlDirTtlMs: this.config.SIGNATURE_CRL_RECHECK_SECONDS * 1000, online: this.config.SIGNATURE_REVOCATION_ONLINE === 'true',
      });
    }
    return describeSignatures(this.revocation ? await verifyPdfSignaturesWithRevocation(pdf, this.roots, this.revocation) : verifyPdfSignatures(pdf, this.roots));
  }
}
