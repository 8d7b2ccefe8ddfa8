import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The number of a paper other than a decision (Tờ trình 'TTr-UBND', Thông báo 'TB-UBND', Biên bản
 * 'BB-HĐTĐKT'): gapless per body, year and symbol through `document_counter`, and keyed by its
 * subject so a retried activity gets the number it was given the first time.
 */
@Entity({ name: 'paper_number' })
@Index('ux_paper_number_subject', ['bodyId', 'symbol', 'subjectKey'], { unique: true })
@Index('ux_paper_number_sequence', ['bodyId', 'year', 'symbol', 'sequence'], { unique: true })
export class PaperNumberEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'body_id', type: 'uuid' }) bodyId!: string;
  @Column({ name: 'subject_key', type: 'text' }) subjectKey!: string;
  @Column({ type: 'text' }) symbol!: string;
  @Column({ type: 'int' }) year!: number;
  @Column({ type: 'int' }) sequence!: number;
  /** '03/TB-UBND' */
  @Column({ name: 'number_text', type: 'text' }) numberText!: string;
  /** Fixed at numbering: the paper's date and its PDF's creation date, so a retry prints the same bytes. */
  @Column({ name: 'issued_at', type: 'timestamptz' }) issuedAt!: Date;
}
