import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { UnitEntity } from './unit.entity';

/** A person who may be nominated or who acts in the process (staff, council member, signer). */
@Entity({ name: 'person' })
@Index('ix_person_body_unit', ['bodyId', 'unitId'])
// GIN trigram index on khenthuong_search_key(full_name) for the register's name lookup (migration 1765200000000).
@Index('ix_person_search_trgm', { synchronize: false })
export class PersonEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'body_id', type: 'uuid' }) bodyId!: string;
  @Column({ name: 'unit_id', type: 'uuid', nullable: true }) unitId!: string | null;
  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'unit_id' })
  unit?: UnitEntity | null;
  @Column({ name: 'full_name', type: 'text' }) fullName!: string;
  @Column({ type: 'text', nullable: true }) gender!: 'NAM' | 'NU' | null;
  /** 'Chủ tịch UBND phường', 'Giáo viên', … */
  @Column({ type: 'text', nullable: true }) position!: string | null;
  /** Where known; printed on the higher level's forms. */
  @Column({ name: 'date_of_birth', type: 'date', nullable: true }) dateOfBirth!: string | null;
  /** A person who left is deactivated, never deleted: awards and proposals point to them. */
  @Column({ type: 'boolean', default: true }) active!: boolean;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
