import { EntityManager, type DataSource } from 'typeorm';

/** Where a repository runs its statements: the pool, or the EntityManager of a caller's transaction. */
export type Db = DataSource | EntityManager;

/** The manager a repository opens its own transaction from; inside a caller's, TypeORM nests it as a savepoint. */
export const managerOf = (db: Db): EntityManager => (db instanceof EntityManager ? db : db.manager);

/** Who reads proposals: their body, their roles, and the unit a unit head acts for. */
export interface ProposalViewer {
  bodyId: string;
  userId: string;
  unitId: string | null;
  roles: readonly string[];
}

/** A user whose only role is unit head sees their own unit alone; every other role sees the whole body. */
export const isOnlyUnitHead = (viewer: Pick<ProposalViewer, 'roles'>): boolean => viewer.roles.length === 1 && viewer.roles[0] === 'UNIT_HEAD';
