import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type RemoteSignatureStatus = 'PENDING' | 'APPROVED' | 'REJECTED' | 'EXPIRED';

/**
 * One request to a competent person to sign a decision on their own device (a remote hash-signing
 * service): the paper prepared with their empty signature field, the digest sent, and the answer.
 * One row per decision and attempt, so a retried activity finds the request it already made.
 */
@Entity({ name: 'remote_signature_request' })
@Index('ux_remote_signature_request_decision_attempt', ['decisionId', 'attempt'], { unique: true })
@Index('ix_remote_signature_request_signer_status', ['bodyId', 'signerUserId', 'status'])
@Index('ix_remote_signature_request_round', ['bodyId', 'roundId'])
export class RemoteSignatureRequestEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_remote_signature_request_id' }) id!: string;
  @Column({ name: 'body_id', type: 'uuid' }) bodyId!: string;
  @Column({ name: 'decision_id', type: 'uuid' }) decisionId!: string;
  @Column({ name: 'proposal_id', type: 'uuid', nullable: true }) proposalId!: string | null;
  /** Set for a round's decision of one title (then proposalId is null). */
  @Column({ name: 'round_id', type: 'uuid', nullable: true }) roundId!: string | null;
  @Column({ type: 'int' }) attempt!: number;
  @Column({ name: 'signer_user_id', type: 'uuid' }) signerUserId!: string;
  @Column({ name: 'credential_id', type: 'text' }) credentialId!: string;
  /** What the signer's device shows ("Quyết định số 12/QĐ-UBND"). */
  @Column({ name: 'document_label', type: 'text' }) documentLabel!: string;
  /** The paper with the person's empty field: what the signer approves and what is issued once signed. */
  @Column({ name: 'prepared_pdf', type: 'bytea' }) preparedPdf!: Buffer;
  /** Byte range of the empty field, page and seal rectangle (as the signer needs them to finish). */
  @Column({ type: 'jsonb' }) layout!: unknown;
  @Column({ type: 'bytea' }) digest!: Buffer;
  /** Set once the service has accepted the request. */
  @Column({ name: 'transaction_id', type: 'text', nullable: true }) transactionId!: string | null;
  @Column({ type: 'text', default: 'PENDING' }) status!: RemoteSignatureStatus;
  @Column({ type: 'bytea', nullable: true }) signature!: Buffer | null;
  @Column({ name: 'requested_at', type: 'timestamptz', default: () => 'now()' }) requestedAt!: Date;
  @Column({ name: 'expires_at', type: 'timestamptz', nullable: true }) expiresAt!: Date | null;
  @Column({ name: 'answered_at', type: 'timestamptz', nullable: true }) answeredAt!: Date | null;
}
