import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Every login attempt (page or API); failures within a window throttle further attempts. */
@Entity({ name: 'login_attempt' })
@Index('ix_login_attempt_username_at', ['usernameKey', 'at'])
@Index('ix_login_attempt_address_at', ['clientAddress', 'at'])
export class LoginAttemptEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' }) id!: string;
  /** The username as typed, lower-cased: unknown names are throttled too. */
  @Column({ name: 'username_key', type: 'text' }) usernameKey!: string;
  @Column({ name: 'client_address', type: 'text' }) clientAddress!: string;
  @Column({ type: 'boolean' }) succeeded!: boolean;
  @Column({ type: 'timestamptz', default: () => 'now()' }) at!: Date;
}
