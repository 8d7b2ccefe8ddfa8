import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AppUserEntity } from './app-user.entity';
import { CouncilEntity } from './council.entity';

export type CouncilRole = 'CHAIR' | 'VICE_CHAIR' | 'SECRETARY' | 'MEMBER';

@Entity({ name: 'council_member' })
@Index('ux_council_member', ['councilId', 'userId'], { unique: true })
export class CouncilMemberEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'council_id', type: 'uuid' }) councilId!: string;
  @ManyToOne(() => CouncilEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'council_id' })
  council?: CouncilEntity;
  @Column({ name: 'user_id', type: 'uuid' }) userId!: string;
  @ManyToOne(() => AppUserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id' })
  user?: AppUserEntity;
  @Column({ name: 'council_role', type: 'text' }) councilRole!: CouncilRole;
}
