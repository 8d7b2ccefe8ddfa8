import type { Role } from '@khenthuong/domain';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PersonEntity } from './person.entity';
import { UnitEntity } from './unit.entity';


@Entity({ name: 'app_user' })
@Index('ux_app_user_username', ['username'], { unique: true })
export class AppUserEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'body_id', type: 'uuid' }) bodyId!: string;
  @Column({ type: 'text' }) username!: string;
  /** argon2id hash */
  @Column({ name: 'password_hash', type: 'text' }) passwordHash!: string;
  @Column({ type: 'text', array: true }) roles!: Role[];
  @Column({ name: 'person_id', type: 'uuid', nullable: true }) personId!: string | null;
  @ManyToOne(() => PersonEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id' })
  person?: PersonEntity | null;
  /** The unit a UNIT_HEAD acts for. */
  @Column({ name: 'unit_id', type: 'uuid', nullable: true }) unitId!: string | null;
  @ManyToOne(() => UnitEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id' })
  unit?: UnitEntity | null;
  @Column({ name: 'display_name', type: 'text' }) displayName!: string;
  /** Where notices are also e-mailed; none, none sent. */
  @Column({ type: 'text', nullable: true }) email!: string | null;
  /** An administrator deactivates instead of deleting (audit rows and votes keep pointing here); inactive users cannot sign in. */
  @Column({ type: 'boolean', default: true }) active!: boolean;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
