import { Column, Entity, Index, ManyToOne, JoinColumn, PrimaryGeneratedColumn } from 'typeorm';
import { IssuingBodyEntity } from './issuing-body.entity';

export type UnitKind = 'BO_PHAN' | 'TO_DAN_PHO' | 'TRUONG_HOC' | 'TRAM_Y_TE' | 'CO_QUAN' | 'DOAN_THE';

/** A nominating unit (bộ phận, tổ dân phố, school, health station…). */
@Entity({ name: 'unit' })
@Index('ux_unit_body_code', ['bodyId', 'code'], { unique: true })
export class UnitEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'body_id', type: 'uuid' }) bodyId!: string;
  @ManyToOne(() => IssuingBodyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'body_id' })
  body?: IssuingBodyEntity;
  @Column({ type: 'text' }) code!: string;
  @Column({ type: 'text' }) name!: string;
  @Column({ type: 'text' }) kind!: UnitKind;
  /** A dissolved unit is deactivated, never deleted: awards and people point to it. */
  @Column({ type: 'boolean', default: true }) active!: boolean;
}
