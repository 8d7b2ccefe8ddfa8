import { Inject, Injectable } from '@nestjs/common';
import { loadTrustedRoots, verifyPdfSignatures, type ArchiveStore } from '@khenthuong/documents';
import { AppConfig } from '@khenthuong/platform';
import { describeSignatures, type SignaturesView } from './signature.view';
import { ARCHIVE_STORE } from '../common/archive-store';

/** Checks the digital signatures of an archived paper or of an uploaded copy, against the configured roots. */
@Injectable()
export class SignatureCheckService {
  private roots?: Buffer[];

  constructor(
    @Inject(AppConfig) private readonly config: AppConfig,
    @Inject(ARCHIVE_STORE) private readonly archive: ArchiveStore,
  ) {}

  async ofArchived(sha256: string | undefined): Promise<SignaturesView | null> {
    const bytes = sha256 ? await this.archive.get(sha256) : null;
    return bytes ? this.ofBytes(bytes) : null;
  }

  ofBytes(pdf: Buffer): SignaturesView {
    this.roots ??= loadTrustedRoots(this.config.SIGNING_KEYS_DIR);
    return describeSignatures(verifyPdfSignatures(pdf, this.roots));
  }
}
