import { navFor, safeNextPath, startPageFor } from './navigation';

describe('startPageFor', () => {
  it.each([
    [['OFFICER', 'COUNCIL_MEMBER'], '/can-bo/ho-so'],
    [['CHAIRMAN', 'COUNCIL_MEMBER'], '/ky-duyet'],
    [['UNIT_HEAD'], '/don-vi/ho-so'],
    [['COUNCIL_MEMBER'], '/hoi-dong'],
    [['ADMIN'], '/quan-tri/nguoi-dung'],
  ] as const)('%j → %s', (roles, page) => {
    expect(startPageFor(roles)).toBe(page);
  });
});

describe('navFor', () => {
  it('lists each held role’s pages once and marks the current one', () => {
    expect(navFor(['CHAIRMAN', 'COUNCIL_MEMBER'], '/hoi-dong')).toEqual([
      { href: '/ky-duyet', label: 'Hồ sơ chờ ký', current: false },
      { href: '/hoi-dong', label: 'Phiếu biểu quyết Hội đồng', current: true },
      { href: '/dot', label: 'Đợt khen thưởng', current: false },
      { href: '/so-khen-thuong', label: 'Sổ theo dõi khen thưởng', current: false },
    ]);
  });
});

describe('safeNextPath', () => {
  it.each([
    ['/ho-so/1?done=SUBMIT', '/ho-so/1?done=SUBMIT'],
    ['//evil.example', null],
    ['/\\evil.example', null],
    ['https://evil.example', null],
    ['/a b', null],
    [undefined, null],
  ])('%s → %s', (next, expected) => {
    expect(safeNextPath(next)).toBe(expected);
  });
});
