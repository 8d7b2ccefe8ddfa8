import type { Provider } from '@nestjs/common';
import { FileArchiveStore } from '@khenthuong/documents';
import { AppConfig } from '@khenthuong/platform';

/** The api's one archive of issued papers and uploaded dossier files (ARCHIVE_DIR); inject as ArchiveStore. */
export const ARCHIVE_STORE = Symbol('ARCHIVE_STORE');

export const archiveStoreProvider: Provider = {
  provide: ARCHIVE_STORE,
  inject: [AppConfig],
  useFactory: (config: AppConfig) => new FileArchiveStore(config.ARCHIVE_DIR),
};
