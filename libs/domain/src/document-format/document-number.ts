import { DomainError, DomainErrorCode } from '../shared/domain-error';
import { IsoDate, parseIsoDate } from '../shared/iso-date';

/** Abbreviations of document kinds used by the ward (Nghị định 30/2020, Phụ lục III). */
export const DOCUMENT_KIND_CODES = {
  QUYET_DINH: 'QĐ',
  TO_TRINH: 'TTr',
  THONG_BAO: 'TB',
  KE_HOACH: 'KH',
  BIEN_BAN: 'BB',
  // Báo cáo (e.g. the year-end summary of the emulation movement), Nghị định 30/2020, Phụ lục III.
  BAO_CAO: 'BC',
} as const;

export type DocumentKind = keyof typeof DOCUMENT_KIND_CODES;

/** 'QĐ' + 'UBND' → 'QĐ-UBND'; groups joined by '-' without spaces (Nghị định 30/2020, Phụ lục I). */
export function documentSymbol(kind: DocumentKind, issuerCode: string): string {
  return `${DOCUMENT_KIND_CODES[kind]}-${issuerCode.normalize('NFC').trim()}`;
}

/**
 * (1, 'QĐ-UBND') → '01/QĐ-UBND': numbers below 10 take a leading 0, then '/', then the symbol
 * (Nghị định 30/2020, Phụ lục I). Numbers restart at 01 on 1 January (see documentSeriesKey).
 */
export function formatDocumentNumber(sequence: number, symbol: string): string {
  if (!Number.isSafeInteger(sequence) || sequence < 1) {
    throw new DomainError(DomainErrorCode.INVALID_ARGUMENT, `Số văn bản không hợp lệ: ${sequence}`);
  }
  const s = symbol.normalize('NFC').trim();
  if (!/^[^\s/-]+(-[^\s/-]+)*$/u.test(s)) {
    throw new DomainError(DomainErrorCode.INVALID_ARGUMENT, `Ký hiệu văn bản không hợp lệ: "${symbol}" (các nhóm chữ nối bằng "-", không có khoảng trắng)`);
  }
  return `${String(sequence).padStart(2, '0')}/${s}`;
}

/** 'Số: 01/QĐ-UBND' (Nghị định 30/2020, Phụ lục I). */
export function formatDocumentNumberLine(sequence: number, symbol: string): string {
  return `Số: ${formatDocumentNumber(sequence, symbol)}`;
}

/**
 * The counter a number is drawn from: unique per issuing body, series and calendar year, since
 * numbers run from 01 on 1 January to 31 December (Nghị định 30/2020, Phụ lục I). The council, an
 * advisory body using the committee's seal, keeps its own series.
 */
export function documentSeriesKey(input: { issuingBodyId: string; series: string; date: IsoDate }): string {
  return `${input.issuingBodyId}|${input.series}|${parseIsoDate(input.date).year}`;
}
