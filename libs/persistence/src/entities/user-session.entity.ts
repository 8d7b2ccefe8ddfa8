import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/** A login session; only the SHA-256 of the bearer token is stored. */
@Entity({ name: 'user_session' })
@Index('ix_user_session_user', ['userId'])
export class UserSessionEntity {
  @PrimaryColumn({ name: 'token_hash', type: 'text' }) tokenHash!: string;
  @Column({ name: 'user_id', type: 'uuid' }) userId!: string;
  @Column({ name: 'expires_at', type: 'timestamptz' }) expiresAt!: Date;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
