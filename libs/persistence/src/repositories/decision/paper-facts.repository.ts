import type { DataSource, EntityManager } from 'typeorm';
import { AppUserEntity } from '../../entities/app-user.entity';
import { CouncilMemberEntity } from '../../entities/council-member.entity';
import { CouncilEntity } from '../../entities/council.entity';
import { DecisionEntity } from '../../entities/decision.entity';
import { IssuingBodyEntity } from '../../entities/issuing-body.entity';
import { PersonEntity } from '../../entities/person.entity';
import { ProposalEntity } from '../../entities/proposal.entity';
import { RoundEntity } from '../../entities/round.entity';
import { UnitEntity } from '../../entities/unit.entity';

export interface PaperBodyRow {
  id: string;
  /** Whose signing keys sign its papers. */
  code: string;
  name: string;
  headerName: string;
  placeName: string;
}

/** An awarded proposal as the papers print it, in no particular order. */
export interface AwardeeRow {
  proposalId: string;
  title: string;
  year: number;
  nomineeName: string;
  nomineeKind: string;
  achievement: string;
  tally: Record<string, unknown> | null;
  roundId: string | null;
  unitName: string;
  gender: string | null;
  position: string | null;
}

/** A council member as the minutes name them. */
export interface MinutesMemberRow {
  userId: string;
  displayName: string;
  councilRole: string;
  position: string | null;
}

export interface SignerRow {
  displayName: string;
  roles: string[];
}

/** A user holding a role, with the gender the papers address them by. */
export interface UserWithRoleRow extends SignerRow {
  gender: string | null;
}

/** A ballot cast over the session's proposals: per proposal, or a round ballot (proposalId null). */
export interface SessionBallotRow {
  memberUserId: string;
  written: boolean;
  castAt: Date;
  proposalId: string | null;
}

/** A comment given with an open vote on one of the session's proposals. */
export interface SessionOpinionRow {
  memberUserId: string;
  proposalId: string;
  choice: string;
  comment: string;
}

/** The decision of a round as its paper heads it. */
export interface RoundDecisionHeadRow {
  decisionId: string;
  numberText: string;
  decisionDate: string;
  createdAt: Date;
  roundName: string;
  year: number;
  signer: SignerRow;
}

/** What the issued papers read from the read model: the body, the awardees, the council, the signers. */
export class PaperFactsRepository {
  constructor(private readonly db: DataSource | EntityManager) {}

  /** The same methods inside a caller's transaction. */
  static in(manager: EntityManager): PaperFactsRepository {
    return new PaperFactsRepository(manager);
  }

  async body(bodyId: string): Promise<PaperBodyRow | null> {
    const row = await this.db.getRepository(IssuingBodyEntity).findOne({ select: { id: true, code: true, name: true, headerName: true, placeName: true }, where: { id: bodyId } });
    return row ? { id: row.id, code: row.code, name: row.name, headerName: row.headerName, placeName: row.placeName } : null;
  }

  async awardees(bodyId: string, proposalIds: string[]): Promise<AwardeeRow[]> {
    const rows = await this.db
      .getRepository(ProposalEntity)
      .createQueryBuilder('p')
      .innerJoin(UnitEntity, 'u', 'u.id = p.unitId')
      .leftJoin(PersonEntity, 'pe', 'pe.id = p.nomineePersonId')
      .select(['p.id AS id', 'p.title AS title', 'p.year AS year', 'p.nomineeName AS nominee_name', 'p.nomineeKind AS nominee_kind', 'p.achievement AS achievement'])
      .addSelect(['p.tally AS tally', 'p.roundId AS round_id', 'u.name AS unit_name', 'pe.gender AS gender', 'pe.position AS position'])
      .where('p.id = ANY(:proposalIds) AND p.bodyId = :bodyId', { proposalIds, bodyId })
      .getRawMany<{
        id: string; title: string; year: number; nominee_name: string; nominee_kind: string; achievement: string; tally: Record<string, unknown> | null;
        round_id: string | null; unit_name: string; gender: string | null; position: string | null;
      }>();
    return rows.map((r) => ({
      proposalId: r.id, title: r.title, year: r.year, nomineeName: r.nominee_name, nomineeKind: r.nominee_kind, achievement: r.achievement,
      tally: r.tally, roundId: r.round_id, unitName: r.unit_name, gender: r.gender, position: r.position,
    }));
  }

  /** The members of the body's active council, unordered. */
  async councilMembers(bodyId: string): Promise<MinutesMemberRow[]> {
    const rows = await this.db
      .getRepository(CouncilEntity)
      .createQueryBuilder('c')
      .innerJoin(CouncilMemberEntity, 'm', 'm.councilId = c.id')
      .innerJoin(AppUserEntity, 'u', 'u.id = m.userId')
      .leftJoin(PersonEntity, 'pe', 'pe.id = u.personId')
      .select(['m.userId AS user_id', 'u.displayName AS display_name', 'm.councilRole AS council_role', 'pe.position AS position'])
      .where('c.bodyId = :bodyId AND c.active', { bodyId })
      .getRawMany<{ user_id: string; display_name: string; council_role: string; position: string | null }>();
    return rows.map((r) => ({ userId: r.user_id, displayName: r.display_name, councilRole: r.council_role, position: r.position }));
  }

  /** The first user of the body holding `role` (the officer, the chairman), by name. */
  async firstUserWithRole(bodyId: string, role: string): Promise<UserWithRoleRow | null> {
    const row = await this.db
      .getRepository(AppUserEntity)
      .createQueryBuilder('u')
      .leftJoin(PersonEntity, 'pe', 'pe.id = u.personId')
      .select(['u.displayName AS display_name', 'u.roles AS roles', 'pe.gender AS gender'])
      .where('u.bodyId = :bodyId AND :role = ANY(u.roles)', { bodyId, role })
      .orderBy('u.displayName')
      .limit(1)
      .getRawOne<{ display_name: string; roles: string[]; gender: string | null }>();
    return row ? { displayName: row.display_name, roles: row.roles, gender: row.gender } : null;
  }

  /** Ballots over the proposals: their own votes, and the ballots of the rounds they belong to (UNION ALL is beyond the builder). */
  async sessionBallots(proposalIds: string[]): Promise<SessionBallotRow[]> {
    const rows: { member_user_id: string; written: boolean; cast_at: Date; proposal_id: string | null }[] = await this.db.query(
      `SELECT member_user_id, written, cast_at, proposal_id::text FROM proposal_vote WHERE proposal_id = ANY($1::uuid[])
       UNION ALL
       SELECT member_user_id, written, cast_at, NULL FROM round_ballot WHERE round_id IN (SELECT round_id FROM proposal WHERE id = ANY($1::uuid[]) AND round_id IS NOT NULL)`,
      [proposalIds],
    );
    return rows.map((r) => ({ memberUserId: r.member_user_id, written: r.written, castAt: new Date(r.cast_at), proposalId: r.proposal_id }));
  }

  /** Comments given with open votes: per-proposal votes, and the exceptions of round ballots over these proposals (a JSON array). */
  async sessionOpinions(proposalIds: string[]): Promise<SessionOpinionRow[]> {
    const rows: { member_user_id: string; proposal_id: string; choice: string; comment: string }[] = await this.db.query(
      `SELECT member_user_id, proposal_id::text, choice, comment FROM proposal_vote
        WHERE proposal_id = ANY($1::uuid[]) AND choice IS NOT NULL AND coalesce(comment, '') <> ''
       UNION ALL
       SELECT b.member_user_id, e->>'proposalId', e->>'choice', e->>'comment'
         FROM round_ballot b CROSS JOIN LATERAL jsonb_array_elements(coalesce(b.exceptions, '[]'::jsonb)) e
        WHERE b.round_id IN (SELECT round_id FROM proposal WHERE id = ANY($1::uuid[]) AND round_id IS NOT NULL)
          AND e->>'proposalId' = ANY($1::text[]) AND coalesce(e->>'comment', '') <> ''`,
      [proposalIds],
    );
    return rows.map((r) => ({ memberUserId: r.member_user_id, proposalId: r.proposal_id, choice: r.choice, comment: r.comment }));
  }

  /** A round's decision with its round and signer; null when the decision, the round or the signer is not the body's. */
  async roundDecisionHead(bodyId: string, roundId: string, decisionId: string): Promise<RoundDecisionHeadRow | null> {
    const row = await this.db
      .getRepository(DecisionEntity)
      .createQueryBuilder('d')
      .innerJoin(RoundEntity, 'r', 'r.id = :roundId AND r.bodyId = d.bodyId', { roundId })
      .innerJoin(AppUserEntity, 's', 's.id = d.signerUserId')
      .select(['d.id AS decision_id', 'd.numberText AS number_text', 'CAST(d.decisionDate AS text) AS decision_date', 'd.createdAt AS created_at'])
      .addSelect(['r.name AS round_name', 'r.year AS year', 's.displayName AS signer_name', 's.roles AS signer_roles'])
      .where('d.id = :decisionId AND d.bodyId = :bodyId', { decisionId, bodyId })
      .getRawOne<{ decision_id: string; number_text: string; decision_date: string; created_at: Date; round_name: string; year: number; signer_name: string; signer_roles: string[] }>();
    if (!row) return null;
    return {
      decisionId: row.decision_id, numberText: row.number_text, decisionDate: row.decision_date, createdAt: new Date(row.created_at),
      roundName: row.round_name, year: row.year, signer: { displayName: row.signer_name, roles: row.signer_roles },
    };
  }
}
