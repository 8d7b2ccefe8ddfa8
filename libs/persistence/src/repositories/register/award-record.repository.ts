import type { DataSource, EntityManager } from 'typeorm';
import { AwardImportEntity, AwardRecordEntity, type AwardLevel, type AwardSource } from '../../entities/award-register.entity';

/** An award entered into the register, not decided here: imported from a list or a higher level's result. */
export interface NewAwardRecord {
  bodyId: string;
  source: Exclude<AwardSource, 'DECIDED_HERE'>;
  recipientKind: string;
  personId: string | null;
  householdId: string | null;
  unitId: string | null;
  recipientName: string;
  title: string;
  year: number;
  level: AwardLevel;
  decisionNumber: string;
  /** yyyy-mm-dd */
  decisionDate: string;
  issuer: string;
  dedupeKey: string;
  importId: string | null;
  recordedBy: string;
}

export interface NewAwardImport {
  bodyId: string;
  contentSha256: string;
  fileName: string;
  rowCount: number;
  importedBy: string;
}

/** Awards recorded by hand or imported (award_record), and the imported files (award_import). */
export class AwardRecordRepository {
  constructor(private readonly db: DataSource | EntityManager) {}

  /** The same methods inside a caller's transaction. */
  static in(manager: EntityManager): AwardRecordRepository {
    return new AwardRecordRepository(manager);
  }

  /** Stores the record unless the body already holds its achievement; returns its id, or null. */
  async insertIfNew(record: NewAwardRecord): Promise<string | null> {
    const result = await this.db.getRepository(AwardRecordEntity).createQueryBuilder().insert().values(record).orIgnore().returning(['id']).updateEntity(false).execute();
    return (result.raw as Array<{ id: string }>)[0]?.id ?? null;
  }

  /** The import of the same file by the body, if any. */
  async findImport(bodyId: string, contentSha256: string): Promise<string | null> {
    const found = await this.imports().findOne({ where: { bodyId, contentSha256 }, select: { id: true } });
    return found?.id ?? null;
  }

  /** Starts an import with nothing imported yet; null when the body has already imported the same file. */
  async startImport(upload: NewAwardImport): Promise<string | null> {
    const result = await this.imports().createQueryBuilder().insert().values({ ...upload, importedCount: 0 }).orIgnore().returning(['id']).updateEntity(false).execute();
    return (result.raw as Array<{ id: string }>)[0]?.id ?? null;
  }

  async finishImport(importId: string, importedCount: number): Promise<void> {
    await this.imports().update({ id: importId }, { importedCount });
  }

  private imports() {
    return this.db.getRepository(AwardImportEntity);
  }
}
