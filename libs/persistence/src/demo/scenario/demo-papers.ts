import { PDFDocument, PageSizes } from 'pdf-lib';
import { DOSSIER_PAPER_NAMES_VI, type DossierPaper } from '@khenthuong/domain';

export interface DemoFile {
  bytes: Uint8Array;
  name: string;
  type: string;
}

/**
 * A file as a unit uploads it: a one-page PDF whose title says what it is (a scan in real life; the
 * page is left blank, as the api checks only the file's kind).
 */
export async function demoPdf(title: string, name: string): Promise<DemoFile> {
  const pdf = await PDFDocument.create();
  pdf.addPage(PageSizes.A4);
  pdf.setTitle(`${title} (bản mẫu)`);
  pdf.setAuthor('Dữ liệu mẫu phường Ngô Quyền');
  // Fixed dates keep the bytes, and so the stored file, the same on a rerun.
  pdf.setCreationDate(new Date('2026-01-01T00:00:00Z'));
  pdf.setModificationDate(new Date('2026-01-01T00:00:00Z'));
  return { bytes: await pdf.save(), name, type: 'application/pdf' };
}

/** The dossier paper of this kind for the nominee. */
export const demoPaperFile = (kind: DossierPaper, nominee: string): Promise<DemoFile> =>
  demoPdf(`${DOSSIER_PAPER_NAMES_VI[kind]} – ${nominee}`, `${kind.toLowerCase().replace(/_/g, '-')}.pdf`);
