import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** An issuing body (a ward's People's Committee); every record is scoped by one. */
@Entity({ name: 'issuing_body' })
export class IssuingBodyEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  /** Stable business code, e.g. 'ngo-quyen'. */
  @Column({ type: 'text', unique: true }) code!: string;
  /** 'Ủy ban nhân dân phường Ngô Quyền' */
  @Column({ type: 'text' }) name!: string;
  /** Upper-case second header line: 'PHƯỜNG NGÔ QUYỀN' */
  @Column({ name: 'header_name', type: 'text' }) headerName!: string;
  /** Place name of the date line: 'Ngô Quyền' */
  @Column({ name: 'place_name', type: 'text' }) placeName!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
