import { compareVietnamese, compareVietnameseNames } from './vietnamese-collation';

describe('compareVietnamese', () => {
  it('sorts the Vietnamese alphabet: a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y', () => {
    const letters = [...'yxvưutsrqpơôonmlkihgêeđdcbâăa'];
    expect(letters.sort(compareVietnamese).join('')).toBe('aăâbcdđeêghiklmnoôơpqrstuưvxy');
  });

  it('puts tones after the base letter: không dấu, huyền, hỏi, ngã, sắc, nặng', () => {
    expect(['ạ', 'á', 'ã', 'ả', 'à', 'a'].sort(compareVietnamese)).toEqual(['a', 'à', 'ả', 'ã', 'á', 'ạ']);
  });

  it.each([
    ['ba', 'bà', -1, 'tone is secondary'],
    ['bà', 'bác', -1, 'letters first: "ba" < "bac"'],
    ['bác', 'bạc', -1, 'same letters, sắc before nặng'],
    ['Đào', 'Dung', 1, 'đ after d'],
    ['Ân', 'Anh', 1, 'â after a'],
    ['Ăn', 'Âu', -1, 'ă before â'],
    ['Ơn', 'Ông', 1, 'ơ after ô'],
    ['Ưng', 'Uyên', 1, 'ư after u'],
    ['an', 'An', -1, 'lower case first'],
    ['Hoa', 'Hoa', 0, 'equal'],
    ['Hoa', 'Hoa Mai', -1, 'prefix first'],
    ['Tổ 2', 'Tổ 10', 1, 'digits compare as characters'],
  ])('%s vs %s → %i (%s)', (a, b, expected) => {
    expect(Math.sign(compareVietnamese(a, b))).toBe(expected);
    expect(Math.sign(compareVietnamese(b, a))).toBe(expected === 0 ? 0 : -expected);
  });

  it('compares NFD input like NFC input', () => {
    expect(compareVietnamese('Nguyễn'.normalize('NFD'), 'Nguyễn')).toBe(0);
  });

  it('uses no Intl / localeCompare (safe in the Temporal workflow sandbox)', () => {
    const spy = jest.spyOn(String.prototype, 'localeCompare');
    compareVietnamese('Ánh', 'Anh');
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
  });
});

describe('compareVietnameseNames', () => {
  it('orders by given name, then by the full name', () => {
    const names = ['Nguyễn Thị Bình', 'Trần Văn An', 'Lê Văn Ánh', 'Đỗ Thị An', 'Phạm Minh Đức', 'Hoàng Văn Dũng'];
    expect([...names].sort(compareVietnameseNames)).toEqual([
      'Đỗ Thị An',
      'Trần Văn An',
      'Lê Văn Ánh',
      'Nguyễn Thị Bình',
      'Hoàng Văn Dũng',
      'Phạm Minh Đức',
    ]);
  });
});
