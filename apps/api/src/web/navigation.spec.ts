import { navFor, safeNextPath, startPageFor } from './navigation';

describe('startPageFor', () => {
  it.each([
    [['OFFICER', 'COUNCIL_MEMBER']],
    [['CHAIRMAN', 'COUNCIL_MEMBER']],
    [['UNIT_HEAD']],
    [['COUNCIL_MEMBER']],
    [['ADMIN']],
  ] as const)('%j → the task list', (roles) => {
    expect(startPageFor(roles)).toBe('/viec-can-lam');
  });
});

describe('navFor', () => {
  it('lists each held role’s pages once, the task list first, and marks the current one', () => {
    expect(navFor(['CHAIRMAN', 'COUNCIL_MEMBER'], '/hoi-dong')).toEqual([
      { href: '/viec-can-lam', label: 'Việc cần làm', current: false },
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
