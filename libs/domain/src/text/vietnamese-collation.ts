import { normalizeName } from './vietnamese-text';

/**
 * Vietnamese alphabetical order without Intl: a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư
 * v x y (f j w z from loanwords in Latin order). Three levels, as in dictionaries and CLDR `vi`:
 * 1. letters (with ă â đ ê ô ơ ư as letters of their own), 2. tones, compared only when the letters
 * are equal — không dấu, huyền, hỏi, ngã, sắc, nặng, 3. lower case before upper case.
 */
const ALPHABET = 'aăâbcdđeêfghijklmnoôơpqrstuưvwxyz';
const LETTER_WEIGHT = new Map([...ALPHABET].map((ch, i) => [ch, 100 + i]));

// Base letter + vowel modifier (NFD combining mark) that make a letter of their own.
const MODIFIED_LETTERS = new Map([
  ['a\u0306', 'ă'], // breve
  ['a\u0302', 'â'], // circumflex
  ['e\u0302', 'ê'],
  ['o\u0302', 'ô'],
  ['o\u031b', 'ơ'], // horn
  ['u\u031b', 'ư'],
]);
const MODIFIERS = new Set(['\u0306', '\u0302', '\u031b']);
// Tone marks, in collation order (none = 0).
const TONE_WEIGHT = new Map([
  ['\u0300', 1], // huyền
  ['\u0309', 2], // hỏi
  ['\u0303', 3], // ngã
  ['\u0301', 4], // sắc
  ['\u0323', 5], // nặng
]);

interface CollationKey {
  primary: number[];
  tones: number[];
  cases: number[];
}

function collationKey(text: string): CollationKey {
  const key: CollationKey = { primary: [], tones: [], cases: [] };
  for (const ch of normalizeName(text).normalize('NFD')) {
    if (TONE_WEIGHT.has(ch)) {
      if (key.tones.length > 0) key.tones[key.tones.length - 1] = TONE_WEIGHT.get(ch) ?? 0;
      continue;
    }
    if (MODIFIERS.has(ch)) {
      const last = key.primary.length - 1;
      const letter = MODIFIED_LETTERS.get(`${ALPHABET[key.primary[last] - 100]}${ch}`);
      if (letter !== undefined) key.primary[last] = LETTER_WEIGHT.get(letter) ?? key.primary[last];
      continue;
    }
    const lower = ch.toLowerCase();
    let weight: number;
    if (LETTER_WEIGHT.has(lower)) weight = LETTER_WEIGHT.get(lower) ?? 0;
    else if (ch === ' ') weight = 1;
    else if (ch >= '0' && ch <= '9') weight = 10 + Number(ch);
    else if (/\p{M}/u.test(ch)) continue; // other combining marks: ignore
    else weight = 1000 + (ch.codePointAt(0) ?? 0);
    key.primary.push(weight);
    key.tones.push(0);
    key.cases.push(ch !== lower ? 1 : 0);
  }
  return key;
}

function compareArrays(a: number[], b: number[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  return a.length === b.length ? 0 : a.length < b.length ? -1 : 1;
}

/** Vietnamese alphabetical order (-1, 0, 1); usable as an Array.prototype.sort comparator. */
export function compareVietnamese(a: string, b: string): number {
  const ka = collationKey(a);
  const kb = collationKey(b);
  const byLevel = compareArrays(ka.primary, kb.primary) || compareArrays(ka.tones, kb.tones) || compareArrays(ka.cases, kb.cases);
  if (byLevel !== 0) return byLevel;
  const na = a.normalize('NFC');
  const nb = b.normalize('NFC');
  return na === nb ? 0 : na < nb ? -1 : 1;
}

/**
 * Order of personal names in Vietnamese lists: by given name (the last word), then by the full name
 * from the family name on — 'Trần Văn An' before 'Nguyễn Thị Bình'.
 */
export function compareVietnameseNames(a: string, b: string): number {
  const given = (name: string): string => normalizeName(name).split(' ').pop() ?? '';
  return compareVietnamese(given(a), given(b)) || compareVietnamese(a, b);
}
