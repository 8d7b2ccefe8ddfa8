import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { AwardRegisterRepository, createDataSource, type AwardRegisterFilter } from '../src';
import { seedIsolatedWard } from '../../../test/support/stack';

type Ward = Awaited<ReturnType<typeof seedIsolatedWard>>;

/**
 * The register's name lookup filters on a search key stored with the row, not on one computed per
 * row (docs/register.md): a common name matches thousands of rows.
 */
describe('award register name lookup', () => {
  let db: DataSource;
  beforeAll(async () => {
    db = createDataSource({ url: process.env.DATABASE_URL!, poolSize: 2 });
    await db.initialize();
  });
  afterAll(() => db.destroy());

  const record = (ward: Ward, name: string, year: number, unitId: string) =>
    db.query(
      `INSERT INTO award_record (body_id, source, recipient_kind, unit_id, recipient_name, title, year, level, dedupe_key, recorded_by)
       VALUES ($1, 'IMPORTED', 'COLLECTIVE', $2, $3, 'TAP_THE_LAO_DONG_TIEN_TIEN', $4, 'PHUONG', $5, $6) RETURNING id`,
      [ward.bodyId, unitId, name, year, randomUUID(), Object.values(ward.userIds)[0]],
    ) as Promise<Array<{ id: string }>>;
  const proposal = async (ward: Ward, name: string, year: number, status: string): Promise<string> => {
    const id = randomUUID();
    await db.query(
      `INSERT INTO proposal (id, body_id, client_key, workflow_id, title, year, rule_set_id, unit_id, nominee_kind, nominee_name, achievement, status, submitted_by)
       VALUES ($1::uuid, $2, $1::text, 'proposal-' || $1::text, 'LAO_DONG_TIEN_TIEN', $3, 'test', $4, 'INDIVIDUAL', $5, 'Thành tích', $6, $7)`,
      [id, ward.bodyId, year, ward.unitIds['mn-ngo-quyen'], name, status, Object.values(ward.userIds)[0]],
    );
    return id;
  };

  it('keeps each name’s search key with the row, also after the name is corrected', async () => {
    const ward = await seedIsolatedWard(db);
    const [row] = await record(ward, 'Tổ  Dân phố Số 1', 2020, ward.unitIds['tdp-1']!);
    const id = await proposal(ward, 'Nguyễn Thị Ánh', 2026, 'DOCUMENTS_ISSUED');
    const keys = async () => [
      (await db.query(`SELECT recipient_search_key AS key FROM award_record WHERE id = $1`, [row!.id]))[0].key,
      (await db.query(`SELECT nominee_search_key AS key FROM proposal WHERE id = $1`, [id]))[0].key,
    ];
    expect(await keys()).toEqual(['to dan pho so 1', 'nguyen thi anh']);
    await db.query(`UPDATE award_record SET recipient_name = 'Tổ dân phố Đông' WHERE id = $1`, [row!.id]);
    await db.query(`UPDATE proposal SET nominee_name = 'Nguyễn Thị Ngọc Ánh' WHERE id = $1`, [id]);
    expect(await keys()).toEqual(['to dan pho dong', 'nguyen thi ngoc anh']);
  });

  it('finds a name typed without diacritics in the lookup’s order, within the unit asked for', async () => {
    const ward = await seedIsolatedWard(db);
    const [tdp1, tdp2] = [ward.unitIds['tdp-1']!, ward.unitIds['tdp-2']!];
    await record(ward, 'Tổ dân phố Đống Đa', 2021, tdp1);
    await record(ward, 'Tổ dân phố Đông Hồ', 2024, tdp1);
    await record(ward, 'Tổ dân phố Đông Hải', 2024, tdp2);
    await record(ward, 'Tổ dân phố Bắc Sơn', 2024, tdp1);
    await proposal(ward, 'Đông Thị Hà', 2026, 'DOCUMENTS_ISSUED');
    await proposal(ward, 'Đông Văn Hải', 2026, 'AWAITING_DECISION');
    const repository = new AwardRegisterRepository(db);
    const names = async (filter: Partial<AwardRegisterFilter>) =>
      (await repository.find({ bodyId: ward.bodyId, holderUnitIds: [], ...filter }, { limit: 10 })).map((r) => `${r.year} ${r.recipientName}`);
    expect(await names({ nameQuery: 'DONG' })).toEqual(['2026 Đông Thị Hà', '2024 Tổ dân phố Đông Hải', '2024 Tổ dân phố Đông Hồ', '2021 Tổ dân phố Đống Đa']);
    expect(await names({ nameQuery: 'dong', holderUnitIds: [tdp1] })).toEqual(['2024 Tổ dân phố Đông Hồ', '2021 Tổ dân phố Đống Đa']);
    expect(await names({ nameQuery: 'dong_' })).toEqual([]);
  });

  it('filters on the stored key, served by its trigram indexes, and computes no key per row', async () => {
    const ward = await seedIsolatedWard(db);
    const runner = db.createQueryRunner();
    await runner.startTransaction();
    try {
      // A ward with thousands of other names (rolled back with the rest), so that the body's own
      // indexes are no cheaper than the name's; then only a bitmap of an index may serve the filter.
      const [userId, unitId] = [Object.values(ward.userIds)[0], ward.unitIds['tdp-1']];
      await runner.query(
        `INSERT INTO award_record (body_id, source, recipient_kind, unit_id, recipient_name, title, year, level, dedupe_key, recorded_by)
         SELECT $1, 'IMPORTED', 'COLLECTIVE', $2, 'Tổ dân phố số ' || g, 'TAP_THE_LAO_DONG_TIEN_TIEN', 2000 + g % 20, 'PHUONG', 'search-' || g, $3 FROM generate_series(1, 3000) g`,
        [ward.bodyId, unitId, userId],
      );
      await runner.query(
        `INSERT INTO proposal (body_id, client_key, workflow_id, title, year, rule_set_id, unit_id, nominee_kind, nominee_name, achievement, status, submitted_by)
         SELECT $1::uuid, 'search-' || g, 'proposal-search-' || $1::text || g, 'LAO_DONG_TIEN_TIEN', 2020 + g % 7, 'test', $2, 'INDIVIDUAL', 'Trần Văn ' || g, 'Thành tích',
                (ARRAY['DOCUMENTS_ISSUED', 'SUBMITTED'])[1 + g % 2], $3 FROM generate_series(1, 3000) g`,
        [ward.bodyId, unitId, userId],
      );
      await runner.query('ANALYZE award_record, proposal');
      await runner.query('SET LOCAL enable_seqscan = off');
      await runner.query('SET LOCAL enable_indexscan = off');
      const plans: string[] = [];
      // The repository's own statement, explained by the real database instead of run.
      const explaining = {
        query: async (sql: string, params: unknown[]) => {
          plans.push(JSON.stringify(await runner.query(`EXPLAIN (FORMAT JSON) ${sql}`, params)));
          return [];
        },
      } as unknown as EntityManager;
      await new AwardRegisterRepository(explaining).find({ bodyId: ward.bodyId, holderUnitIds: [], nameQuery: 'nguyen thi' }, { limit: 51 });
      expect(plans).toHaveLength(1);
      expect(plans[0]).not.toMatch(/translate\(|khenthuong_search_key/);
      expect(plans[0]).toContain('ix_award_record_search_trgm');
      // The proposals the register lists have their own index: the view's condition must keep matching its predicate.
      expect(plans[0]).toContain('ix_proposal_register_search_trgm');
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });
});
