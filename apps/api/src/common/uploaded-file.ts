import { removeInvisibleFormatting } from '@khenthuong/domain';
import { ApiError, ApiErrorCode } from './api-error';

/** The part of a multer file the api uses (no @types/multer in the workspace). */
export interface UploadedBinary {
  originalname: string;
  mimetype: string;
  size: number;
  buffer: Buffer;
}

/** Evidence and import files; multer stops reading past this and the api answers 413. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

export type EvidenceKind = 'PDF' | 'DOCX' | 'PNG' | 'JPEG';

const MIME: Readonly<Record<EvidenceKind | 'XLSX', string>> = {
  PDF: 'application/pdf',
  DOCX: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  PNG: 'image/png',
  JPEG: 'image/jpeg',
  XLSX: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

const startsWith = (bytes: Buffer, signature: number[]): boolean => signature.every((b, i) => bytes[i] === b);
const ZIP = [0x50, 0x4b, 0x03, 0x04];

/**
 * An Office Open XML package is a zip whose entry names sit in clear text in the local headers:
 * 'word/' marks a DOCX, 'xl/' an XLSX. The declared name and mime type are never trusted.
 */
function zipHasFolder(bytes: Buffer, folder: string): boolean {
  return startsWith(bytes, ZIP) && bytes.includes(Buffer.from(folder, 'latin1'));
}

/** What the bytes are, judged by their magic numbers; null for anything else. */
export function sniffEvidence(bytes: Buffer): EvidenceKind | null {
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') return 'PDF';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'PNG';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'JPEG';
  if (zipHasFolder(bytes, 'word/')) return 'DOCX';
  return null;
}

export function requireFile(file: UploadedBinary | undefined): UploadedBinary {
  if (!file || file.size === 0) throw new ApiError(ApiErrorCode.FILE_REQUIRED, 'no file uploaded');
  if (file.size > MAX_UPLOAD_BYTES) throw new ApiError(ApiErrorCode.FILE_TOO_LARGE, `file of ${file.size} bytes`);
  return file;
}

/** The evidence's kind and the mime type stored for it (from the content, not the upload). */
export function checkEvidence(file: UploadedBinary): { kind: EvidenceKind; mime: string } {
  const kind = sniffEvidence(file.buffer);
  if (!kind) throw new ApiError(ApiErrorCode.EVIDENCE_TYPE_NOT_ALLOWED, `evidence ${file.originalname} (${file.mimetype}) has no allowed signature`);
  return { kind, mime: MIME[kind] };
}

export function checkExcel(file: UploadedBinary): void {
  if (!zipHasFolder(file.buffer, 'xl/')) throw new ApiError(ApiErrorCode.NOT_AN_EXCEL_FILE, `import ${file.originalname} is not an xlsx package`);
}

/** Multer options of every plan upload. */
export const UPLOAD_OPTIONS = { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1 } };

/** A file name safe to store and show: no path, no control characters, bounded length. */
export function cleanFileName(name: string): string {
  // Multer decodes the multipart header as latin1; browsers send UTF-8.
  const decoded = Buffer.from(name, 'latin1').toString('utf8');
  const base = removeInvisibleFormatting(decoded.normalize('NFC')).split(/[\\/]/).pop() ?? 'tep';
  // eslint-disable-next-line no-control-regex
  return base.replace(/[\u0000-\u001f\u007f-\u009f]/g, '').slice(0, 200) || 'tep';
}
