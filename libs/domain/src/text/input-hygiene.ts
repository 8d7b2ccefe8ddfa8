/**
 * The input-hygiene policy every edge applies (api bodies, queries and paths, page forms, imports,
 * uploaded file names, workflow update validators): pure, so api, worker and workflows share it.
 *
 * - C0 and C1 control characters (and DEL) are refused: PostgreSQL cannot store NUL in text, and
 *   the others are invisible on pages and papers. Tab, line feed and carriage return are allowed
 *   only in multi-line fields (comments, reasons, achievements).
 * - Bidirectional embeddings, overrides and isolates and zero-width characters are removed from
 *   names: they make a printed name read differently from the stored one, or two equal-looking
 *   names differ.
 */

const LINE_CONTROLS = new Set([0x09, 0x0a, 0x0d]);
// U+200E/U+200F (directional marks) are as invisible as the overrides; removed with them.
const INVISIBLE_FORMATTING = /[\u202a-\u202e\u2066-\u2069\u200b-\u200f\u2060\ufeff]/g;

function isControl(code: number): boolean {
  return code < 0x20 || (code >= 0x7f && code <= 0x9f);
}

/** The first control character `text` may not hold (its code point), or null when clean. */
export function forbiddenControlCharacter(text: string, multiLine: boolean): number | null {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!isControl(code)) continue;
    if (multiLine && LINE_CONTROLS.has(code)) continue;
    return code;
  }
  return null;
}

/** Every string anywhere in `value` (keys included) free of controls other than tab and line breaks. */
export function findControlCharacterDeep(value: unknown, path = ''): { path: string; code: number } | null {
  if (typeof value === 'string') {
    const code = forbiddenControlCharacter(value, true);
    return code === null ? null : { path, code };
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findControlCharacterDeep(value[i], `${path}[${i}]`);
      if (found) return found;
    }
    return null;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      const field = path ? `${path}.${key}` : key;
      const keyCode = forbiddenControlCharacter(key, false);
      if (keyCode !== null) return { path: field, code: keyCode };
      const found = findControlCharacterDeep(inner, field);
      if (found) return found;
    }
  }
  return null;
}

/** `code` as Unicode writes it: 0 → 'U+0000'. */
export function codePointLabel(code: number): string {
  return 'U+' + code.toString(16).toUpperCase().padStart(4, '0');
}

/** The Vietnamese refusal for a control character in `field`. */
export function controlCharacterMessageVi(field: string, code: number): string {
  const where = field ? `Trường "${field}"` : 'Dữ liệu gửi lên';
  return `${where} chứa ký tự điều khiển không được phép (${codePointLabel(code)}); vui lòng xóa ký tự đó và gửi lại.`;
}

/** `text` without bidirectional overrides/isolates and zero-width characters. */
export function removeInvisibleFormatting(text: string): string {
  return text.replace(INVISIBLE_FORMATTING, '');
}
