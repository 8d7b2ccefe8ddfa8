import { skippedInBackup, walSegmentsBetween } from './pg-base-backup.mjs';

const MB16 = 16 * 1024 * 1024;

describe('walSegmentsBetween', () => {
  it('lists every segment from the start file to the stop file, both included', () => {
    expect(walSegmentsBetween('000000010000000000000002', '000000010000000000000004', MB16)).toEqual([
      '000000010000000000000002',
      '000000010000000000000003',
      '000000010000000000000004',
    ]);
  });

  it('carries over into the next log id after the last segment of one (0xFF for 16 MB segments)', () => {
    expect(walSegmentsBetween('0000000100000000000000FE', '000000010000000100000000', MB16)).toEqual([
      '0000000100000000000000FE',
      '0000000100000000000000FF',
      '000000010000000100000000',
    ]);
  });

  it('refuses a backup whose timeline changed under it', () => {
    expect(() => walSegmentsBetween('000000010000000000000002', '000000020000000000000003', MB16)).toThrow(/timeline/);
  });
});

describe('skippedInBackup', () => {
  it.each([
    ['postmaster.pid', 'postmaster.pid'],
    ['postmaster.opts', 'postmaster.opts'],
    ['base/5/pgsql_tmp', 'pgsql_tmp'],
    ['base/16384/pg_internal.init', 'pg_internal.init'],
    ['global/pg_control', 'pg_control'],
  ])('leaves %s out of the tree copy', (relative, name) => {
    expect(skippedInBackup(relative, name)).toBe(true);
  });

  it.each([
    ['base/16384/2619', '2619'],
    ['PG_VERSION', 'PG_VERSION'],
    ['postgresql.conf', 'postgresql.conf'],
  ])('copies %s', (relative, name) => {
    expect(skippedInBackup(relative, name)).toBe(false);
  });
});
