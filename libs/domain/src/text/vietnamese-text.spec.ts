import { matchesSearch, normalizeName, searchKey } from './vietnamese-text';

const nfd = (s: string): string => s.normalize('NFD');

describe('normalizeName', () => {
  it.each([
    ['  Nguyễn   Văn  An ', 'Nguyễn Văn An'],
    [nfd('Trần Thị Ngọc Ánh'), 'Trần Thị Ngọc Ánh'],
    ['Lê\u00a0Thị\tHoa', 'Lê Thị Hoa'],
  ])('%j → %j (NFC, trimmed, single spaces)', (input, expected) => {
    const out = normalizeName(input);
    expect(out).toBe(expected);
    expect(out).toBe(out.normalize('NFC'));
  });
});

describe('searchKey', () => {
  it.each([
    ['Nguyễn Văn Đức', 'nguyen van duc'],
    [nfd('Trần Thị Ngọc Ánh'), 'tran thi ngoc anh'],
    ['ĐOÀN  THỊ  HƯỜNG', 'doan thi huong'],
    ['Tổ dân phố số 5', 'to dan pho so 5'],
  ])('%j → %j', (input, expected) => {
    expect(searchKey(input)).toBe(expected);
  });
});

describe('matchesSearch', () => {
  it.each([
    ['Nguyễn Văn Đức', 'duc', true],
    ['Nguyễn Văn Đức', 'VĂN ĐỨC', true],
    ['Nguyễn Văn Đức', 'dung', false],
  ])('%j contains %j: %s', (text, query, expected) => {
    expect(matchesSearch(text, query)).toBe(expected);
  });
});
