import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UnitEntity } from './unit.entity';

/** A person who may be nominated or who acts in the process (staff, council member, signer). */
@Entity({ name: 'person' })
@Index('ix_person_body_unit', ['bodyId', 'unitId'])
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
}
