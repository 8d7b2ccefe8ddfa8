/**
 * Vietnamese text helpers without Intl/ICU (the Temporal workflow sandbox may lack full ICU):
 * String.prototype.normalize only.
 */

import { removeInvisibleFormatting } from './input-hygiene';

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const WHITESPACE = /[\s\u00a0\u2000-\u200b\u3000]+/g;

/** NFC, without invisible formatting (bidi overrides, zero-width), trimmed, single spaces: the stored form of a name. */
export function normalizeName(name: string): string {
  return removeInvisibleFormatting(name.normalize('NFC')).replace(WHITESPACE, ' ').trim();
}

/** Lower case, diacritics stripped, đ→d, single spaces: 'Nguyễn Văn Đức' → 'nguyen van duc'. */
export function searchKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(WHITESPACE, ' ')
    .trim();
}

/** Whether `query` occurs in `text` ignoring case and diacritics ('duc' finds 'Nguyễn Văn Đức'). */
export function matchesSearch(text: string, query: string): boolean {
  return searchKey(text).includes(searchKey(query));
}
