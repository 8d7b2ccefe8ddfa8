import type { DataSource } from 'typeorm';
import { searchKey } from '@khenthuong/domain';
import { createDataSource, DEMO_UNITS } from '@khenthuong/persistence';

describe('khenthuong_search_key (SQL, migration 1764300000000) matches searchKey (libs/domain)', () => {
  let dataSource: DataSource;
  beforeAll(async () => {
    dataSource = await createDataSource({ url: process.env.DATABASE_URL!, poolSize: 1 }).initialize();
  });
  afterAll(() => dataSource?.destroy());

  const names = [
    ...DEMO_UNITS.flatMap((u) => [u.name, ...u.staff.map(([n]) => n)]),
    'ĐẶNG THỊ HỒNG NHUNG',
    'Nguyễn  Văn\u00a0Đức ',
    'Ỷ Lan Ữ Ợ ẵ Ằ Ẫ',
    'Tổ dân phố số 6 (khu Đông)',
  ];

  it.each(names)('%s', async (name) => {
    const [row] = await dataSource.query(`SELECT khenthuong_search_key($1) AS key`, [name]);
    expect(row.key).toBe(searchKey(name));
  });
});
