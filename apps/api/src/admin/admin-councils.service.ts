import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { RequestActor } from '../auth/actor';
import { ApiError, ApiErrorCode } from '../common/api-error';
import { auditAdmin, isUniqueViolation } from './admin-audit';
import type { AddCouncilMemberForm, CreateCouncilForm } from './admin.forms';

export interface CouncilView {
  id: string;
  name: string;
  term: string;
  active: boolean;
  members: { id: string; user_id: string; display_name: string; username: string; council_role: string }[];
}

/**
 * Councils (Hội đồng TĐKT) per term of the administrator's body. Exactly one is active: the one whose
 * members vote (ballots and recusal read `council.active`).
 */
@Injectable()
export class AdminCouncilsService {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async list(actor: RequestActor): Promise<CouncilView[]> {
    const councils: Omit<CouncilView, 'members'>[] = await this.dataSource.query(
      `SELECT id, name, term, active FROM council WHERE body_id = $1 ORDER BY active DESC, term DESC, name`,
      [actor.bodyId],
    );
    const members: (CouncilView['members'][number] & { council_id: string })[] = await this.dataSource.query(
      `SELECT cm.id, cm.council_id, cm.user_id, u.display_name, u.username, cm.council_role
         FROM council_member cm JOIN council c ON c.id = cm.council_id JOIN app_user u ON u.id = cm.user_id
        WHERE c.body_id = $1
        ORDER BY array_position(ARRAY['CHAIR','VICE_CHAIR','SECRETARY','MEMBER'], cm.council_role), u.display_name`,
      [actor.bodyId],
    );
    return councils.map((c) => ({ ...c, members: members.filter((m) => m.council_id === c.id) }));
  }

  /** A new council starts inactive: the sitting one keeps voting until the administrator switches. */
  async create(actor: RequestActor, form: CreateCouncilForm): Promise<string> {
    if (form.toYear < form.fromYear) {
      throw new ApiError(ApiErrorCode.VALIDATION_FAILED, 'term ends before it starts', [{ field: 'toYear', messages: ['Năm kết thúc nhiệm kỳ không được trước năm bắt đầu.'] }]);
    }
    return this.dataSource.transaction(async (tx) => {
      const term = `${form.fromYear}-${form.toYear}`;
      const [row] = await tx.query(`INSERT INTO council (body_id, name, term, active) VALUES ($1, $2, $3, false) RETURNING id`, [actor.bodyId, form.name, term]);
      await auditAdmin(tx, actor, 'ADMIN_COUNCIL_CREATED', `council ${row.id} term ${term}`);
      return row.id as string;
    });
  }

  async addMember(actor: RequestActor, councilId: string, form: AddCouncilMemberForm): Promise<void> {
    try {
      await this.dataSource.transaction(async (tx) => {
        await this.lockCouncil(tx, actor, councilId);
        const [user] = await tx.query(`SELECT username FROM app_user WHERE id = $1 AND body_id = $2 AND active`, [form.userId, actor.bodyId]);
        if (!user) throw new ApiError(ApiErrorCode.VALIDATION_FAILED, 'member not a user of body', [{ field: 'userId', messages: ['Người dùng không thuộc phường hoặc đã bị khóa.'] }]);
        if (form.councilRole === 'CHAIR') {
          // The council row lock above serialises two concurrent "add a chair".
          const [chair] = await tx.query(`SELECT 1 FROM council_member WHERE council_id = $1 AND council_role = 'CHAIR'`, [councilId]);
          if (chair) throw new ApiError(ApiErrorCode.COUNCIL_CHAIR_TAKEN, `council ${councilId} has a chair`);
        }
        await tx.query(`INSERT INTO council_member (council_id, user_id, council_role) VALUES ($1, $2, $3)`, [councilId, form.userId, form.councilRole]);
        await auditAdmin(tx, actor, 'ADMIN_COUNCIL_MEMBER_ADDED', `council ${councilId} user ${user.username} as ${form.councilRole}`);
      });
    } catch (error) {
      if (isUniqueViolation(error, 'ux_council_member')) throw new ApiError(ApiErrorCode.ALREADY_COUNCIL_MEMBER, `user ${form.userId} already in council`);
      throw error;
    }
  }

  async removeMember(actor: RequestActor, councilId: string, memberId: string): Promise<void> {
    await this.dataSource.transaction(async (tx) => {
      await this.lockCouncil(tx, actor, councilId);
      const [rows] = await tx.query(
        `DELETE FROM council_member cm USING app_user u WHERE cm.id = $1 AND cm.council_id = $2 AND u.id = cm.user_id RETURNING u.username, cm.council_role`,
        [memberId, councilId],
      );
      if (!rows?.length) throw new ApiError(ApiErrorCode.NOT_FOUND, `member ${memberId} not in council ${councilId}`);
      await auditAdmin(tx, actor, 'ADMIN_COUNCIL_MEMBER_REMOVED', `council ${councilId} user ${rows[0].username} as ${rows[0].council_role}`);
    });
  }

  /** One statement flips every council of the body, so there is never a moment with two active. */
  async activate(actor: RequestActor, councilId: string): Promise<void> {
    await this.dataSource.transaction(async (tx) => {
      await this.lockCouncil(tx, actor, councilId);
      await tx.query(`UPDATE council SET active = (id = $1) WHERE body_id = $2`, [councilId, actor.bodyId]);
      await auditAdmin(tx, actor, 'ADMIN_COUNCIL_ACTIVATED', `council ${councilId}`);
    });
  }

  private async lockCouncil(tx: EntityManager, actor: RequestActor, councilId: string): Promise<void> {
    const [council] = await tx.query(`SELECT id FROM council WHERE id = $1 AND body_id = $2 FOR UPDATE`, [councilId, actor.bodyId]);
    if (!council) throw new ApiError(ApiErrorCode.NOT_FOUND, `council ${councilId} not in body`);
  }
}
