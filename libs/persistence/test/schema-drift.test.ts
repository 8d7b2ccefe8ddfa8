import { createDataSource } from '@khenthuong/persistence';

describe('migrations', () => {
  it('leave no difference between the entities and the migrated schema', async () => {
    const dataSource = createDataSource({ url: process.env.DATABASE_URL!, poolSize: 1 });
    await dataSource.initialize();
    try {
      const pending = await dataSource.driver.createSchemaBuilder().log();
      expect(pending.upQueries.map((q) => q.query)).toEqual([]);
      expect(await dataSource.showMigrations()).toBe(false);
    } finally {
      await dataSource.destroy();
    }
  });
});
