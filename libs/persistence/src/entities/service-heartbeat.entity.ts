import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Last health report of a background process (the worker and its browser), read by /health. */
@Entity({ name: 'service_heartbeat' })
export class ServiceHeartbeatEntity {
  @PrimaryColumn({ type: 'text' }) name!: string;
  @Column({ type: 'boolean' }) ok!: boolean;
  @Column({ type: 'jsonb' }) details!: Record<string, unknown>;
  @Column({ name: 'reported_at', type: 'timestamptz' }) reportedAt!: Date;
}
