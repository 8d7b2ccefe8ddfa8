import { Column } from 'typeorm';

/** The columns a proposal's papers and a draft's share: a draft's papers become the proposal's as they are. */
export abstract class AttachedPaperColumns {
  /** DossierPaper of libs/domain */
  @Column({ type: 'text' }) kind!: string;
  @Column({ name: 'file_name', type: 'text' }) fileName!: string;
  /** Judged from the bytes, never from the upload's declared type. */
  @Column({ type: 'text' }) mime!: string;
  @Column({ type: 'text' }) sha256!: string;
  @Column({ name: 'size_bytes', type: 'int' }) sizeBytes!: number;
  @Column({ name: 'uploaded_by', type: 'uuid' }) uploadedBy!: string;
  @Column({ name: 'uploaded_at', type: 'timestamptz' }) uploadedAt!: Date;
}
