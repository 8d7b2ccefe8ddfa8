import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The last number issued per body, year and symbol. Locked with SELECT … FOR UPDATE so numbers are
 * gapless across processes (Nghị định 30/2020: numbers run from 01 each year, unique per body).
 */
@Entity({ name: 'document_counter' })
export class DocumentCounterEntity {
  @PrimaryColumn({ name: 'body_id', type: 'uuid' }) bodyId!: string;
  @PrimaryColumn({ type: 'int' }) year!: number;
  @PrimaryColumn({ type: 'text' }) symbol!: string;
  @Column({ name: 'last_number', type: 'int' }) lastNumber!: number;
}
