import { controlCharacterMessageVi, findControlCharacterDeep, forbiddenControlCharacter, removeInvisibleFormatting } from './input-hygiene';
import { normalizeName } from './vietnamese-text';

describe('forbiddenControlCharacter', () => {
  it.each([
    ['Nguyễn Văn An', false, null],
    ['a\u0000b', true, 0],
    ['a\u0007b', false, 7],
    ['a\u007fb', true, 0x7f],
    ['a\u0085b', true, 0x85],
    ['dòng 1\ndòng 2\tcột', true, null],
    ['dòng 1\r\ndòng 2', false, 0x0d],
    ['tab\there', false, 9],
  ])('%j (multi-line %s) → %s', (text, multiLine, expected) => {
    expect(forbiddenControlCharacter(text, multiLine)).toBe(expected);
  });
});

describe('findControlCharacterDeep', () => {
  it('names the path of the first control character, in keys and nested values', () => {
    expect(findControlCharacterDeep({ a: 'ok', b: [{ c: 'x\u0000' }] })).toEqual({ path: 'b[0].c', code: 0 });
    expect(findControlCharacterDeep({ ['k\u0001']: 'v' })).toEqual({ path: 'k\u0001', code: 1 });
    expect(findControlCharacterDeep({ a: 'line\nbreak', n: 3, z: null })).toBeNull();
  });
});

describe('controlCharacterMessageVi', () => {
  it('names the field and the character', () => {
    expect(controlCharacterMessageVi('comment', 0)).toBe('Trường "comment" chứa ký tự điều khiển không được phép (U+0000); vui lòng xóa ký tự đó và gửi lại.');
  });
});

describe('removeInvisibleFormatting', () => {
  it.each([
    ['Nguyễn\u202eVăn An', 'NguyễnVăn An'],
    ['\u2066Trần\u2069 Thị', 'Trần Thị'],
    ['Lê\u200bThị\u200c\u200d\ufeff\u2060Hoa', 'LêThịHoa'],
  ])('%j → %j', (text, expected) => {
    expect(removeInvisibleFormatting(text)).toBe(expected);
  });

  it('is part of normalizeName', () => {
    expect(normalizeName(' \u202eNguyễn  Văn\u200b An\u202c ')).toBe('Nguyễn Văn An');
  });
});
