import type { DataSource, EntityManager } from 'typeorm';
import { NotificationEntity } from '../entities/notification.entity';
import { ProposalEntity } from '../entities/proposal.entity';
import { RoundEntity } from '../entities/round.entity';

/** Who gets a notice: users by id, holders of roles, and the heads of units; all within the body. */
export interface NewNotice {
  bodyId: string;
  eventKey: string;
  kind: string;
  proposalId: string | null;
  roundId: string | null;
  message: string;
  userIds: string[];
  roles: string[];
  unitIds: string[];
}

/** A notice as the user's notices page lists it (field names are the page's). */
export interface NotificationRow {
  id: string;
  kind: string;
  message: string;
  proposal_id: string | null;
  round_id: string | null;
  read_at: Date | null;
  created_at: Date;
}

/** A notice waiting to be e-mailed, with what the message needs. */
export interface PendingEmailRow {
  id: string;
  message: string;
  proposal_id: string | null;
  round_id: string | null;
  email: string;
  display_name: string;
  body_name: string;
}

/** Notices shown to users, and their e-mail outbox. */
export class NotificationRepository {
  constructor(private readonly db: DataSource | EntityManager) {}

  /** The same methods inside a caller's transaction. */
  static in(manager: EntityManager): NotificationRepository {
    return new NotificationRepository(manager);
  }

  /**
   * One row per recipient, how many were new: the (event, user) key makes a retried activity insert
   * nothing twice. Raw SQL: an INSERT … SELECT over the recipients, which the builder cannot write.
   */
  async notify(notice: NewNotice): Promise<number> {
    const rows = (await this.db.query(
      `INSERT INTO notification (body_id, user_id, event_key, kind, proposal_id, round_id, message)
       SELECT $1, u.id, $2, $3, $4, $5, $6
         FROM app_user u
        WHERE u.body_id = $1
          AND (u.id = ANY($7::uuid[]) OR u.roles && $8::text[] OR (u.unit_id = ANY($9::uuid[]) AND 'UNIT_HEAD' = ANY(u.roles)))
       ON CONFLICT (event_key, user_id) DO NOTHING RETURNING id`,
      [notice.bodyId, notice.eventKey, notice.kind, notice.proposalId, notice.roundId, notice.message, notice.userIds, notice.roles, notice.unitIds],
    )) as { id: string }[];
    return rows.length;
  }

  /** What a proposal's hand-off notice says and whom it reaches. */
  async proposalFacts(proposalId: string): Promise<Pick<ProposalEntity, 'nomineeName' | 'title' | 'year' | 'unitId' | 'roundId'> | null> {
    return this.db.getRepository(ProposalEntity).findOne({ select: { id: true, nomineeName: true, title: true, year: true, unitId: true, roundId: true }, where: { id: proposalId } });
  }

  /** What a round's hand-off notice says and whose body it is. */
  async roundFacts(roundId: string): Promise<Pick<RoundEntity, 'bodyId' | 'name' | 'nominationDeadline'> | null> {
    return this.db.getRepository(RoundEntity).findOne({ select: { id: true, bodyId: true, name: true, nominationDeadline: true }, where: { id: roundId } });
  }

  /** Served by ix_notification_user_unread; runs on every page for the header's count. */
  unreadCount(userId: string, bodyId: string): Promise<number> {
    return this.db.getRepository(NotificationEntity).createQueryBuilder('n').where('n.userId = :userId AND n.bodyId = :bodyId AND n.readAt IS NULL', { userId, bodyId }).getCount();
  }

  /** The user's notices, unread first, then newest. */
  pageOf(userId: string, bodyId: string, limit: number, offset: number): Promise<NotificationRow[]> {
    return this.db
      .getRepository(NotificationEntity)
      .createQueryBuilder('n')
      .select(['n.id AS id', 'n.kind AS kind', 'n.message AS message', 'n.proposalId AS proposal_id', 'n.roundId AS round_id', 'n.readAt AS read_at', 'n.createdAt AS created_at'])
      .where('n.userId = :userId AND n.bodyId = :bodyId', { userId, bodyId })
      .orderBy('(n.readAt IS NULL)', 'DESC')
      .addOrderBy('n.createdAt', 'DESC')
      .addOrderBy('n.id', 'DESC')
      .limit(limit)
      .offset(offset)
      .getRawMany<NotificationRow>();
  }

  /** Marks one of the user's own notices read; false when it is not theirs (or does not exist). */
  async markRead(id: string, userId: string, bodyId: string): Promise<boolean> {
    const result = await this.db
      .getRepository(NotificationEntity)
      .createQueryBuilder()
      .update()
      .set({ readAt: () => 'coalesce(read_at, now())' })
      .where('id = :id AND user_id = :userId AND body_id = :bodyId', { id, userId, bodyId })
      .execute();
    return (result.affected ?? 0) > 0;
  }

  /** Marks every unread notice of the user read; how many were. */
  async markAllRead(userId: string, bodyId: string): Promise<number> {
    const result = await this.db
      .getRepository(NotificationEntity)
      .createQueryBuilder()
      .update()
      .set({ readAt: () => 'now()' })
      .where('user_id = :userId AND body_id = :bodyId AND read_at IS NULL', { userId, bodyId })
      .execute();
    return result.affected ?? 0;
  }

  /** Gives up e-mailing notices whose user has no address (or is inactive) and notices older than `maxAgeSeconds`. */
  async skipUnmailable(maxAgeSeconds: number): Promise<void> {
    // Raw SQL: an UPDATE … FROM app_user, which the builder cannot write.
    await this.db.query(
      `UPDATE notification n SET email_skipped_reason = CASE WHEN n.created_at < now() - make_interval(secs => $1) THEN 'too old' ELSE 'no address' END
         FROM app_user u
        WHERE u.id = n.user_id AND n.email_sent_at IS NULL AND n.email_skipped_reason IS NULL
          AND (u.email IS NULL OR NOT u.active OR n.created_at < now() - make_interval(secs => $1))`,
      [maxAgeSeconds],
    );
  }

  /**
   * The oldest notices to e-mail, locked until the transaction ends; rows other workers hold are
   * skipped (SKIP LOCKED), so several workers share the outbox. Call inside a transaction.
   */
  pendingEmails(maxAgeSeconds: number, limit: number): Promise<PendingEmailRow[]> {
    return this.db.query(
      `SELECT n.id, n.message, n.proposal_id, n.round_id, u.email, u.display_name, b.name AS body_name
         FROM notification n JOIN app_user u ON u.id = n.user_id JOIN issuing_body b ON b.id = n.body_id
        WHERE n.email_sent_at IS NULL AND n.email_skipped_reason IS NULL AND u.email IS NOT NULL AND u.active
          AND n.created_at >= now() - make_interval(secs => $1)
        ORDER BY n.created_at LIMIT $2 FOR UPDATE OF n SKIP LOCKED`,
      [maxAgeSeconds, limit],
    ) as Promise<PendingEmailRow[]>;
  }

  async markEmailed(id: string): Promise<void> {
    await this.db.getRepository(NotificationEntity).update({ id }, { emailSentAt: () => 'now()' });
  }

  async markEmailRefused(id: string, reason: string): Promise<void> {
    await this.db.getRepository(NotificationEntity).update({ id }, { emailSkippedReason: reason });
  }
}
