import type { DataSource, EntityManager } from 'typeorm';
import { AppUserEntity } from '../entities/app-user.entity';
import { CouncilMemberEntity, type CouncilRole } from '../entities/council-member.entity';
import { CouncilEntity } from '../entities/council.entity';

export interface CouncilRow {
  id: string;
  name: string;
  term: string;
  active: boolean;
}

export interface CouncilMemberRow {
  id: string;
  councilId: string;
  userId: string;
  displayName: string;
  username: string;
  councilRole: CouncilRole;
}

/** A seat of the body's active council, as the proposal workflow snapshots it. */
export interface ActiveCouncilMemberRow {
  councilId: string;
  userId: string;
  displayName: string;
  councilRole: CouncilRole;
}

/** Seats in the order a council lists them: chair, vice-chairs, secretary, members. */
const SEAT_ORDER: readonly CouncilRole[] = ['CHAIR', 'VICE_CHAIR', 'SECRETARY', 'MEMBER'];

/** The councils (Hội đồng TĐKT) of a body per term, and their members. */
export class CouncilRepository {
  constructor(private readonly db: DataSource | EntityManager) {}

  /** The same methods inside a caller's transaction. */
  static in(manager: EntityManager): CouncilRepository {
    return new CouncilRepository(manager);
  }

  /** The active council first, then the latest terms. */
  async list(bodyId: string): Promise<CouncilRow[]> {
    const councils = await this.councils().find({ where: { bodyId }, order: { active: 'DESC', term: 'DESC', name: 'ASC' } });
    return councils.map((c) => ({ id: c.id, name: c.name, term: c.term, active: c.active }));
  }

  /** The members of every council of the body, by seat and then name. */
  async members(bodyId: string): Promise<CouncilMemberRow[]> {
    const members = await this.db
      .getRepository(CouncilMemberEntity)
      .createQueryBuilder('cm')
      .innerJoin('cm.council', 'c')
      .innerJoinAndSelect('cm.user', 'u')
      .where('c.bodyId = :bodyId', { bodyId })
      .orderBy('u.displayName')
      .getMany();
    return members
      .map((m) => ({ id: m.id, councilId: m.councilId, userId: m.userId, displayName: m.user!.displayName, username: m.user!.username, councilRole: m.councilRole }))
      .sort((a, b) => seat(a.councilRole) - seat(b.councilRole));
  }

  /** The seats of the body's active council, by name; empty when no council is active. */
  async activeMembers(bodyId: string): Promise<ActiveCouncilMemberRow[]> {
    const members = await this.db
      .getRepository(CouncilMemberEntity)
      .createQueryBuilder('cm')
      .innerJoin('cm.council', 'c')
      .innerJoinAndSelect('cm.user', 'u')
      .where('c.bodyId = :bodyId AND c.active', { bodyId })
      .orderBy('u.displayName')
      .getMany();
    return members.map((m) => ({ councilId: m.councilId, userId: m.userId, displayName: m.user!.displayName, councilRole: m.councilRole }));
  }

  /** A new council starts inactive; returns its id. */
  async create(council: { bodyId: string; name: string; term: string }): Promise<string> {
    const result = await this.councils().insert({ ...council, active: false });
    return (result.identifiers[0] as { id: string }).id;
  }

  /**
   * Locks the body's council until the caller's transaction ends, so changes to its seats are
   * serialised; false when the body has no such council.
   */
  async lock(bodyId: string, councilId: string): Promise<boolean> {
    const council = await this.councils().createQueryBuilder('c').where('c.id = :councilId AND c.bodyId = :bodyId', { councilId, bodyId }).setLock('pessimistic_write').getOne();
    return council !== null;
  }

  async hasChair(councilId: string): Promise<boolean> {
    return this.db.getRepository(CouncilMemberEntity).existsBy({ councilId, councilRole: 'CHAIR' });
  }

  async addMember(councilId: string, userId: string, councilRole: CouncilRole): Promise<void> {
    await this.db.getRepository(CouncilMemberEntity).insert({ councilId, userId, councilRole });
  }

  /** Removes a seat; returns whose it was, or null when the council has no such member. */
  async removeMember(councilId: string, memberId: string): Promise<{ username: string; councilRole: CouncilRole } | null> {
    const members = this.db.getRepository(CouncilMemberEntity);
    const member = await members.findOne({ where: { id: memberId, councilId }, relations: { user: true } });
    if (!member) return null;
    await members.delete({ id: member.id });
    return { username: (member.user as AppUserEntity).username, councilRole: member.councilRole };
  }

  /** One statement flips every council of the body, so there is never a moment with two active. */
  async activate(bodyId: string, councilId: string): Promise<void> {
    await this.councils()
      .createQueryBuilder()
      .update()
      .set({ active: () => '(id = :councilId)' })
      .where('bodyId = :bodyId', { bodyId })
      .setParameters({ councilId })
      .execute();
  }

  private councils() {
    return this.db.getRepository(CouncilEntity);
  }
}

const seat = (role: CouncilRole): number => {
  const index = SEAT_ORDER.indexOf(role);
  return index < 0 ? SEAT_ORDER.length : index;
};
