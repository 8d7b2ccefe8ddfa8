import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** The emulation–commendation council (Hội đồng TĐKT) of a body for a term. */
@Entity({ name: 'council' })
@Index('ix_council_body_active', ['bodyId', 'active'])
export class CouncilEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'body_id', type: 'uuid' }) bodyId!: string;
  @Column({ type: 'text' }) name!: string;
  @Column({ type: 'text' }) term!: string;
  @Column({ type: 'boolean', default: true }) active!: boolean;
}
