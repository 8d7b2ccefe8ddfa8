import type { EntityManager } from 'typeorm';
import { PersonEntity } from '../../entities/person.entity';
import { PlanNotificationEntity } from '../../entities/plan-notification.entity';
import { PlanRegistrationEntity, type OwnTarget } from '../../entities/plan-registration.entity';
import { UnitEntity } from '../../entities/unit.entity';
import type { Db } from '../db';

/** A registration with the names of its registrant and unit. */
export interface PlanRegistrationRow {
  id: string;
  registrant_kind: 'UNIT' | 'PERSON';
  registrant_id: string;
  registrant_name: string;
  unit_id: string;
  unit_name: string;
  titles: string[];
  own_targets: OwnTarget[];
  registered_at: Date;
  updated_at: Date;
}

export interface PlanRegistrationInput {
  bodyId: string;
  planId: string;
  registrantKind: string;
  registrantId: string;
  unitId: string;
  titles: string[];
  ownTargets: OwnTarget[];
  registeredBy: string;
  now: Date;
}

/** A reminder sent to a unit, with the unit's name. */
export interface PlanNotificationRow {
  id: string;
  unit_id: string;
  unit_name: string;
  kind: string;
  message: string;
  sent_at: Date;
}

export interface NewPlanNotification {
  bodyId: string;
  planId: string;
  unitId: string;
  kind: string;
  message: string;
  sentBy: string;
  sentAt: Date;
}

/** Who registered for a plan (đăng ký thi đua), and the reminders sent to the units that did not. */
export class PlanRegistrationRepository {
  constructor(private readonly db: Db) {}

  /** The same methods inside a caller's transaction. */
  static in(manager: EntityManager): PlanRegistrationRepository {
    return new PlanRegistrationRepository(manager);
  }

  /**
   * One registration per registrant and plan; registering again replaces titles and own targets, keeps
   * the first date. Hand-written: the builder cannot return whether the row was inserted or updated.
   */
  async upsertRegistration(r: PlanRegistrationInput): Promise<{ id: string; created: boolean }> {
    const rows: Array<{ id: string; created: boolean }> = await this.db.query(
      `INSERT INTO plan_registration (body_id, plan_id, registrant_kind, registrant_id, unit_id, titles, own_targets, registered_by, registered_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9)
       ON CONFLICT (plan_id, registrant_kind, registrant_id)
       DO UPDATE SET titles = EXCLUDED.titles, own_targets = EXCLUDED.own_targets, registered_by = EXCLUDED.registered_by, updated_at = EXCLUDED.updated_at
       RETURNING id, (xmax = 0) AS created`,
      [r.bodyId, r.planId, r.registrantKind, r.registrantId, r.unitId, r.titles, JSON.stringify(r.ownTargets), r.registeredBy, r.now],
    );
    const row = rows[0]!;
    return { id: row.id, created: row.created };
  }

  /** The plan's registrations by unit code, units before their people; only `unitId`'s when given. */
  listRegistrations(bodyId: string, planId: string, unitId: string | null): Promise<PlanRegistrationRow[]> {
    const query = this.db
      .getRepository(PlanRegistrationEntity)
      .createQueryBuilder('r')
      .innerJoin(UnitEntity, 'u', 'u.id = r.unitId')
      .leftJoin(PersonEntity, 'p', `r.registrantKind = 'PERSON' AND p.id = r.registrantId`)
      .select(['r.id AS id', 'r.registrantKind AS registrant_kind', 'r.registrantId AS registrant_id', 'COALESCE(p.fullName, u.name) AS registrant_name'])
      .addSelect(['r.unitId AS unit_id', 'u.name AS unit_name', 'r.titles AS titles', 'r.ownTargets AS own_targets', 'r.registeredAt AS registered_at', 'r.updatedAt AS updated_at'])
      .where('r.bodyId = :bodyId AND r.planId = :planId', { bodyId, planId });
    if (unitId !== null) query.andWhere('r.unitId = :unitId', { unitId });
    return query.orderBy('u.code').addOrderBy('r.registrantKind', 'DESC').addOrderBy('registrant_name').getRawMany<PlanRegistrationRow>();
  }

  /** Records the reminders; returns their ids in the order given. */
  async insertNotifications(rows: NewPlanNotification[]): Promise<string[]> {
    if (rows.length === 0) return [];
    const result = await this.db.getRepository(PlanNotificationEntity).insert(rows);
    return result.identifiers.map((i) => (i as { id: string }).id);
  }

  /** The plan's reminders, latest first; only `unitId`'s when given. */
  listNotifications(bodyId: string, planId: string, unitId: string | null): Promise<PlanNotificationRow[]> {
    const query = this.db
      .getRepository(PlanNotificationEntity)
      .createQueryBuilder('n')
      .innerJoin(UnitEntity, 'u', 'u.id = n.unitId')
      .select(['n.id AS id', 'n.unitId AS unit_id', 'u.name AS unit_name', 'n.kind AS kind', 'n.message AS message', 'n.sentAt AS sent_at'])
      .where('n.bodyId = :bodyId AND n.planId = :planId', { bodyId, planId });
    if (unitId !== null) query.andWhere('n.unitId = :unitId', { unitId });
    return query.orderBy('n.sentAt', 'DESC').getRawMany<PlanNotificationRow>();
  }
}
