import type { EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { AppUserEntity } from '../../entities/app-user.entity';
import { ProposalDocumentEntity } from '../../entities/proposal-document.entity';
import { ProposalDraftDocumentEntity } from '../../entities/proposal-draft.entity';
import type { Db } from '../db';

/** A paper attached to a proposal or to a draft, as the pages list it (columns as stored). */
export interface AttachedPaperRow {
  id: string;
  kind: string;
  file_name: string;
  mime: string;
  sha256: string;
  size_bytes: number;
  uploader_name: string | null;
  uploaded_at: Date;
}

/** What an upload attaches; the owner (proposal or draft) is given beside it. */
export interface NewAttachedPaper {
  bodyId: string;
  kind: string;
  fileName: string;
  mime: string;
  sha256: string;
  sizeBytes: number;
  uploadedBy: string;
}

/** Where one owner's papers are kept: a proposal's and a draft's have the same columns and rules. */
export interface PaperTable {
  entity: EntityTarget<ObjectLiteral>;
  table: string;
  ownerColumn: string;
  ownerProperty: string;
}

export const PROPOSAL_PAPERS: PaperTable = { entity: ProposalDocumentEntity, table: 'proposal_document', ownerColumn: 'proposal_id', ownerProperty: 'proposalId' };
export const DRAFT_PAPERS: PaperTable = { entity: ProposalDraftDocumentEntity, table: 'proposal_draft_document', ownerColumn: 'draft_id', ownerProperty: 'draftId' };

const PAPER_COLUMNS: [string, string][] = [
  ['p.id', 'id'], ['p.kind', 'kind'], ['p.fileName', 'file_name'], ['p.mime', 'mime'], ['p.sha256', 'sha256'], ['p.sizeBytes', 'size_bytes'],
  ['u.displayName', 'uploader_name'], ['p.uploadedAt', 'uploaded_at'],
];

/**
 * Once per (owner, content): the same bytes attached again answer the first row and `created: false`.
 * Hand-written: ON CONFLICT … RETURNING tells a first insert from a repeat in one statement.
 */
export async function insertPaperOnce(db: Db, papers: PaperTable, ownerId: string, paper: NewAttachedPaper): Promise<{ id: string; created: boolean }> {
  const [inserted]: { id: string }[] = await db.query(
    `INSERT INTO ${papers.table} (body_id, ${papers.ownerColumn}, kind, file_name, mime, sha256, size_bytes, uploaded_by, uploaded_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, now()) ON CONFLICT (${papers.ownerColumn}, sha256) DO NOTHING RETURNING id`,
    [paper.bodyId, ownerId, paper.kind, paper.fileName, paper.mime, paper.sha256, paper.sizeBytes, paper.uploadedBy],
  );
  if (inserted) return { id: inserted.id, created: true };
  const existing = await db
    .getRepository(papers.entity)
    .createQueryBuilder('p')
    .select('p.id', 'id')
    .where(`p.${papers.ownerProperty} = :ownerId AND p.sha256 = :sha256`, { ownerId, sha256: paper.sha256 })
    .getRawOne<{ id: string }>();
  if (!existing) throw new Error(`${papers.table} of ${ownerId} with sha256 ${paper.sha256} neither inserted nor found`);
  return { id: existing.id, created: false };
}

/** The owner's papers in the order they were attached, with who attached them (and `extra` columns). */
export function listPapers<R extends AttachedPaperRow>(db: Db, papers: PaperTable, bodyId: string, ownerId: string, extra: [string, string][] = []): Promise<R[]> {
  return selectPapers(db, papers, bodyId, ownerId, extra).orderBy('p.uploadedAt').addOrderBy('p.id').getRawMany<R>();
}

/** One of the owner's papers; null when it is not theirs (or not in the body). */
export async function findPaper<R extends AttachedPaperRow>(db: Db, papers: PaperTable, bodyId: string, ownerId: string, id: string, extra: [string, string][] = []): Promise<R | null> {
  return (await selectPapers(db, papers, bodyId, ownerId, extra).andWhere('p.id = :id', { id }).getRawOne<R>()) ?? null;
}

function selectPapers(db: Db, papers: PaperTable, bodyId: string, ownerId: string, extra: [string, string][]): SelectQueryBuilder<ObjectLiteral> {
  const query = db.getRepository(papers.entity).createQueryBuilder('p').leftJoin(AppUserEntity, 'u', 'u.id = p.uploadedBy').select([]);
  for (const [expression, alias] of [...PAPER_COLUMNS, ...extra]) query.addSelect(expression, alias);
  return query.where(`p.bodyId = :bodyId AND p.${papers.ownerProperty} = :ownerId`, { bodyId, ownerId });
}
