import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface ProposalDocumentRow {
  id: string;
  proposal_id: string;
  kind: string;
  file_name: string;
  mime: string;
  sha256: string;
  size_bytes: number;
  uploader_name: string | null;
  uploaded_at: Date;
}

const SELECT = `SELECT d.id, d.proposal_id, d.kind, d.file_name, d.mime, d.sha256, d.size_bytes, u.display_name AS uploader_name, d.uploaded_at
                  FROM proposal_document d LEFT JOIN app_user u ON u.id = d.uploaded_by`;

/** Papers attached to proposals; callers check first that the proposal is visible to the user. */
@Injectable()
export class DossierRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /** Once per (proposal, content): the same bytes attached again answer the first row and `created: false`. */
  async insertOnce(row: { bodyId: string; proposalId: string; kind: string; fileName: string; mime: string; sha256: string; sizeBytes: number; uploadedBy: string }): Promise<{ id: string; created: boolean }> {
    const [inserted] = await this.dataSource.query(
      `INSERT INTO proposal_document (body_id, proposal_id, kind, file_name, mime, sha256, size_bytes, uploaded_by, uploaded_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, now()) ON CONFLICT (proposal_id, sha256) DO NOTHING RETURNING id`,
      [row.bodyId, row.proposalId, row.kind, row.fileName, row.mime, row.sha256, row.sizeBytes, row.uploadedBy],
    );
    if (inserted) return { id: inserted.id, created: true };
    const [existing] = await this.dataSource.query(`SELECT id FROM proposal_document WHERE proposal_id = $1 AND sha256 = $2`, [row.proposalId, row.sha256]);
    return { id: existing.id, created: false };
  }

  listOf(bodyId: string, proposalId: string): Promise<ProposalDocumentRow[]> {
    return this.dataSource.query(`${SELECT} WHERE d.body_id = $1 AND d.proposal_id = $2 ORDER BY d.uploaded_at, d.id`, [bodyId, proposalId]);
  }

  async find(bodyId: string, proposalId: string, id: string): Promise<ProposalDocumentRow | null> {
    const rows = await this.dataSource.query(`${SELECT} WHERE d.body_id = $1 AND d.proposal_id = $2 AND d.id = $3`, [bodyId, proposalId, id]);
    return rows[0] ?? null;
  }
}
