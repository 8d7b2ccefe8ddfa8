import type { EntityManager } from 'typeorm';
import { PersonEntity } from '../../entities/person.entity';
import { StaffRatingEntity, StaffRatingImportEntity } from '../../entities/plan-staff-rating.entity';
import { UnitEntity } from '../../entities/unit.entity';
import type { Db } from '../db';

export interface NewStaffRatingImport {
  bodyId: string;
  year: number;
  contentSha256: string;
  fileName: string;
  rowCount: number;
  importedBy: string;
}

export interface StaffRatingInput {
  personId: string;
  rating: string;
  monthsWorked: number;
  initiativeRecognised: boolean;
  disciplined: boolean;
}

/** A person's rating of the year with their unit. */
export interface StaffRatingRow extends StaffRatingInput {
  fullName: string;
  gender: string | null;
  unitId: string;
  unitName: string;
}

/** Staff's yearly performance ratings (đánh giá, xếp loại), imported from the unit's spreadsheet. */
export class StaffRatingRepository {
  constructor(private readonly db: Db) {}

  /** The same methods inside a caller's transaction. */
  static in(manager: EntityManager): StaffRatingRepository {
    return new StaffRatingRepository(manager);
  }

  /** The import of the same file content, if there was one. */
  async findImport(bodyId: string, contentSha256: string): Promise<{ id: string } | null> {
    const row = await this.db.getRepository(StaffRatingImportEntity).findOne({ select: { id: true }, where: { bodyId, contentSha256 } });
    return row ? { id: row.id } : null;
  }

  /**
   * Records the import once per file content; null when the same content was recorded first (a
   * concurrent upload). Hand-written: ON CONFLICT DO NOTHING with RETURNING.
   */
  async insertImportOnce(i: NewStaffRatingImport): Promise<string | null> {
    const rows: Array<{ id: string }> = await this.db.query(
      `INSERT INTO staff_rating_import (body_id, year, content_sha256, file_name, row_count, imported_by, imported_at)
       VALUES ($1, $2, $3, $4, $5, $6, now()) ON CONFLICT (body_id, content_sha256) DO NOTHING RETURNING id`,
      [i.bodyId, i.year, i.contentSha256, i.fileName, i.rowCount, i.importedBy],
    );
    return rows[0]?.id ?? null;
  }

  /** A person's rating of the year; a later import replaces it. */
  async upsertRating(bodyId: string, year: number, importId: string, r: StaffRatingInput): Promise<void> {
    await this.db
      .getRepository(StaffRatingEntity)
      .createQueryBuilder()
      .insert()
      .values({ bodyId, year, personId: r.personId, rating: r.rating, monthsWorked: r.monthsWorked, initiativeRecognised: r.initiativeRecognised, disciplined: r.disciplined, importId })
      .orUpdate(['rating', 'months_worked', 'initiative_recognised', 'disciplined', 'import_id'], ['body_id', 'year', 'person_id'])
      .updateEntity(false)
      .execute();
  }

  /** The year's ratings by unit code and name. */
  async ratingsOfYear(bodyId: string, year: number): Promise<StaffRatingRow[]> {
    const rows = await this.db
      .getRepository(StaffRatingEntity)
      .createQueryBuilder('r')
      .innerJoin(PersonEntity, 'p', 'p.id = r.personId')
      .innerJoin(UnitEntity, 'u', 'u.id = p.unitId')
      .select(['r.personId AS person_id', 'p.fullName AS full_name', 'p.gender AS gender', 'p.unitId AS unit_id', 'u.name AS unit_name'])
      .addSelect(['r.rating AS rating', 'r.monthsWorked AS months_worked', 'r.initiativeRecognised AS initiative_recognised', 'r.disciplined AS disciplined'])
      .where('r.bodyId = :bodyId AND r.year = :year', { bodyId, year })
      .orderBy('u.code')
      .addOrderBy('p.fullName')
      .getRawMany<{
        person_id: string; full_name: string; gender: string | null; unit_id: string; unit_name: string;
        rating: string; months_worked: number; initiative_recognised: boolean; disciplined: boolean;
      }>();
    return rows.map((r) => ({
      personId: r.person_id, fullName: r.full_name, gender: r.gender, unitId: r.unit_id, unitName: r.unit_name,
      rating: r.rating, monthsWorked: r.months_worked, initiativeRecognised: r.initiative_recognised, disciplined: r.disciplined,
    }));
  }
}
