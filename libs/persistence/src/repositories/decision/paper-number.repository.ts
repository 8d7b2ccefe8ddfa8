import type { DataSource, EntityManager } from 'typeorm';
import { PaperNumberEntity } from '../../entities/paper-number.entity';

export interface NumberedPaper {
  numberText: string;
  /** The paper's date and its PDF's creation time, fixed at numbering. */
  issuedAt: Date;
}

export interface NewPaperNumber extends NumberedPaper {
  bodyId: string;
  subjectKey: string;
  symbol: string;
  year: number;
  sequence: number;
}

/** The numbers of papers other than decisions, one per (body, symbol, subject), numbered through CounterRepository. */
export class PaperNumberRepository {
  constructor(private readonly db: DataSource | EntityManager) {}

  /** The same methods inside a caller's transaction. */
  static in(manager: EntityManager): PaperNumberRepository {
    return new PaperNumberRepository(manager);
  }

  async findBySubject(bodyId: string, symbol: string, subjectKey: string): Promise<NumberedPaper | null> {
    const row = await this.db.getRepository(PaperNumberEntity).findOne({ select: { numberText: true, issuedAt: true }, where: { bodyId, symbol, subjectKey } });
    return row ? { numberText: row.numberText, issuedAt: new Date(row.issuedAt) } : null;
  }

  async insert(paper: NewPaperNumber): Promise<void> {
    await this.db.getRepository(PaperNumberEntity).insert(paper);
  }
}
