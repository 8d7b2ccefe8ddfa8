import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { CouncilRepository, UserRepository, type CouncilMemberRow, type CouncilRow } from '@khenthuong/persistence';
import { holdsStepRole, PROPOSAL_STEPS } from '@khenthuong/temporal';
import type { RequestActor } from '../auth/actor';
import { ApiError, ApiErrorCode } from '../common/api-error';
import { auditAdmin, isUniqueViolation } from './admin-audit';
import type { AddCouncilMemberForm, CreateCouncilForm } from './admin.forms';

export interface CouncilView extends CouncilRow {
  members: CouncilMemberRow[];
}

/**
 * Councils (Hội đồng TĐKT) per term of the administrator's body. Exactly one is active: the one whose
 * members vote (ballots and recusal read `council.active`).
 */
@Injectable()
export class AdminCouncilsService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    private readonly councils: CouncilRepository,
  ) {}

  async list(actor: RequestActor): Promise<CouncilView[]> {
    const [councils, members] = await Promise.all([this.councils.list(actor.bodyId), this.councils.members(actor.bodyId)]);
    return councils.map((c) => ({ ...c, members: members.filter((m) => m.councilId === c.id) }));
  }

  /** A new council starts inactive: the sitting one keeps voting until the administrator switches. */
  async create(actor: RequestActor, form: CreateCouncilForm): Promise<string> {
    if (form.toYear < form.fromYear) {
      throw new ApiError(ApiErrorCode.VALIDATION_FAILED, 'term ends before it starts', [{ field: 'toYear', messages: ['Năm kết thúc nhiệm kỳ không được trước năm bắt đầu.'] }]);
    }
    return this.dataSource.transaction(async (tx) => {
      const term = `${form.fromYear}-${form.toYear}`;
      const id = await CouncilRepository.in(tx).create({ bodyId: actor.bodyId, name: form.name, term });
      await auditAdmin(tx, actor, 'ADMIN_COUNCIL_CREATED', `council ${id} term ${term}`);
      return id;
    });
  }

  async addMember(actor: RequestActor, councilId: string, form: AddCouncilMemberForm): Promise<void> {
    try {
      await this.dataSource.transaction(async (tx) => {
        const councils = await this.lockCouncil(tx, actor, councilId);
        const user = await UserRepository.in(tx).getForAdmin(actor.bodyId, form.userId);
        if (!user?.active) throw new ApiError(ApiErrorCode.VALIDATION_FAILED, 'member not a user of body', [{ field: 'userId', messages: ['Người dùng không thuộc phường hoặc đã bị khóa.'] }]);
        refuseSeatTheRolesCannotFill(user.roles, form.councilRole);
        const username = user.username;
        if (form.councilRole === 'CHAIR') {
          // The council row lock above serialises two concurrent "add a chair".
          if (await councils.hasChair(councilId)) throw new ApiError(ApiErrorCode.COUNCIL_CHAIR_TAKEN, `council ${councilId} has a chair`);
        }
        await councils.addMember(councilId, form.userId, form.councilRole);
        await auditAdmin(tx, actor, 'ADMIN_COUNCIL_MEMBER_ADDED', `council ${councilId} user ${username} as ${form.councilRole}`);
      });
    } catch (error) {
      if (isUniqueViolation(error, 'ux_council_member')) throw new ApiError(ApiErrorCode.ALREADY_COUNCIL_MEMBER, `user ${form.userId} already in council`);
      throw error;
    }
  }

  async removeMember(actor: RequestActor, councilId: string, memberId: string): Promise<void> {
    await this.dataSource.transaction(async (tx) => {
      const councils = await this.lockCouncil(tx, actor, councilId);
      const removed = await councils.removeMember(councilId, memberId);
      if (!removed) throw new ApiError(ApiErrorCode.NOT_FOUND, `member ${memberId} not in council ${councilId}`);
      await auditAdmin(tx, actor, 'ADMIN_COUNCIL_MEMBER_REMOVED', `council ${councilId} user ${removed.username} as ${removed.councilRole}`);
    });
  }

  /** One statement flips every council of the body, so there is never a moment with two active. */
  async activate(actor: RequestActor, councilId: string): Promise<void> {
    await this.dataSource.transaction(async (tx) => {
      const councils = await this.lockCouncil(tx, actor, councilId);
      await councils.activate(actor.bodyId, councilId);
      await auditAdmin(tx, actor, 'ADMIN_COUNCIL_ACTIVATED', `council ${councilId}`);
    });
  }

  /** Locks the council for the transaction and returns the repository working inside it. */
  private async lockCouncil(tx: EntityManager, actor: RequestActor, councilId: string): Promise<CouncilRepository> {
    const councils = CouncilRepository.in(tx);
    if (!(await councils.lock(actor.bodyId, councilId))) throw new ApiError(ApiErrorCode.NOT_FOUND, `council ${councilId} not in body`);
    return councils;
  }
}

/**
 * A member whose roles may not vote, or a chair whose roles may not close the session, would hold a
 * seat the workflow never lets them use: the session could not be closed, so the seat is refused here.
 */
function refuseSeatTheRolesCannotFill(roles: readonly string[], councilRole: string): void {
  if (!holdsStepRole(roles, PROPOSAL_STEPS.CAST_VOTE)) {
    throw new ApiError(ApiErrorCode.VALIDATION_FAILED, 'member cannot vote', [
      { field: 'userId', messages: ['Người dùng này không có vai trò biểu quyết (Chủ tịch, Phó Chủ tịch hoặc thành viên Hội đồng); hãy cấp vai trò trước khi thêm vào Hội đồng.'] },
    ]);
  }
  if (councilRole === 'CHAIR' && !holdsStepRole(roles, PROPOSAL_STEPS.CLOSE_COUNCIL_SESSION)) {
    throw new ApiError(ApiErrorCode.VALIDATION_FAILED, 'chair cannot close a session', [
      { field: 'councilRole', messages: ['Người dùng này không có vai trò để điều hành và kết thúc phiên họp của Hội đồng.'] },
    ]);
  }
}
