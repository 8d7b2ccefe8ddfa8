import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PersonEntity } from './person.entity';

/** A person's yearly performance rating (HTXSNV/HTTNV/HTNV/KHTNV) and what LĐTT/CSTĐCS need beside it. */
@Entity({ name: 'staff_rating' })
@Index('ux_staff_rating_body_year_person', ['bodyId', 'year', 'personId'], { unique: true })
export class StaffRatingEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'body_id', type: 'uuid' }) bodyId!: string;
  @Column({ type: 'int' }) year!: number;
  @Column({ name: 'person_id', type: 'uuid' }) personId!: string;
  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id' })
  person?: PersonEntity;
  /** PerformanceRating of libs/domain */
  @Column({ type: 'text' }) rating!: string;
  @Column({ name: 'months_worked', type: 'int' }) monthsWorked!: number;
  @Column({ name: 'initiative_recognised', type: 'boolean' }) initiativeRecognised!: boolean;
  @Column({ type: 'boolean' }) disciplined!: boolean;
  /** The import that last wrote this row. */
  @Column({ name: 'import_id', type: 'uuid' }) importId!: string;
}

/** One imported ratings file; its content hash makes a second upload of the same file a no-op. */
@Entity({ name: 'staff_rating_import' })
@Index('ux_staff_rating_import_hash', ['bodyId', 'contentSha256'], { unique: true })
@Index('ix_staff_rating_import_body_year', ['bodyId', 'year'])
export class StaffRatingImportEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'body_id', type: 'uuid' }) bodyId!: string;
  @Column({ type: 'int' }) year!: number;
  @Column({ name: 'content_sha256', type: 'text' }) contentSha256!: string;
  @Column({ name: 'file_name', type: 'text' }) fileName!: string;
  @Column({ name: 'row_count', type: 'int' }) rowCount!: number;
  @Column({ name: 'imported_by', type: 'uuid' }) importedBy!: string;
  @Column({ name: 'imported_at', type: 'timestamptz' }) importedAt!: Date;
}
