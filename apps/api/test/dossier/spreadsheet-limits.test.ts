import yauzl, { type Entry } from 'yauzl';
import { loadDemoData } from '@khenthuong/persistence';
import { NOMINATION_COLUMNS } from '../../src/dossier/nomination-sheet';
import { RATINGS_COLUMNS } from '../../src/plan/plan-ratings.service';
import { SPREADSHEET_LIMITS } from '../../src/common/bounded-spreadsheet';
import { type ApiStack, type IsolatedWard, useStack } from '../../../../test/support/stack';
import { peakHeapGrowth, repeatedRowsWorkbook } from '../../../../test/support/spreadsheet-bomb';
import { PlanClient, XLSX_TYPE } from '../plan/plan-test.helpers';
import { csrfTokenIn, textOf, WebClient } from '../web/web-client';

const MB = 1024 * 1024;

/** Sum of the uncompressed sizes the zip's central directory declares. */
function declaredUnpackedBytes(zip: Buffer): Promise<number> {
  return new Promise((resolve, reject) =>
    yauzl.fromBuffer(zip, (error, file) => {
      if (error) return reject(error);
      let total = 0;
      file.on('entry', (entry: Entry) => (total += entry.uncompressedSize));
      file.on('end', () => resolve(total));
    }),
  );
}
// Far below what loading such a workbook whole takes (gigabytes; the 2,000,000-row one ran the api out
// of heap), above one request's own needs plus the garbage a collector may not have reclaimed yet.
const HEAP_BOUND = 400 * MB;
const NOMINATION_ROW = ['Lao động tiên tiến', '2026', 'Kiều Thị Yến', '', 'Hoàn thành tốt nhiệm vụ năm học 2025 - 2026', '', '12', 'HTTNV', '', '', '', ''];
const RATING_ROW = ['Vũ Đức Thắng', 'tram-y-te', 'HTTNV', '12', 'Không', 'Không'];

/**
 * Decompression bombs against every import: a workbook of 2,000,000 rows (a few MB packed, well over
 * 100 MB unpacked) and one just past the row limit are refused with 413 and the limits in Vietnamese,
 * nothing is imported, the heap stays bounded, and /health still answers.
 */
describe('spreadsheet imports are bounded', () => {
  let stack: ApiStack;
  let ward: IsolatedWard;
  let bomb: { nominations: Buffer; ratings: Buffer };
  let overRowLimit: { nominations: Buffer; ratings: Buffer };

  useStack({ worker: false, timeoutMs: 300_000 }, async (started) => {
    ({ stack, ward } = started);
    // 2,000,000 full rows: hundreds of MB of sheet in well under a MB of zip.
    bomb = {
      nominations: await repeatedRowsWorkbook(NOMINATION_COLUMNS, NOMINATION_ROW, 2_000_000, { references: false }),
      ratings: await repeatedRowsWorkbook(RATINGS_COLUMNS, RATING_ROW, 2_000_000, { references: false }),
    };
    overRowLimit = {
      nominations: await repeatedRowsWorkbook(NOMINATION_COLUMNS, NOMINATION_ROW, SPREADSHEET_LIMITS.maxDataRows + 1),
      ratings: await repeatedRowsWorkbook(RATINGS_COLUMNS, RATING_ROW, SPREADSHEET_LIMITS.maxDataRows + 1),
    };
  });

  // No worker runs here, so /health reports the browser as absent; the api itself must still answer it.
  const health = async () => ((await (await fetch(`${stack.baseUrl}/health`)).json()) as { checks: { database: { ok: boolean }; temporal: { ok: boolean } } }).checks;

  async function postNominationList(bytes: Buffer): Promise<{ status: number; text: string }> {
    const web = await WebClient.login(stack.baseUrl, `${ward.prefix}truong.mamnon`);
    const form = new FormData();
    form.append('_csrf', csrfTokenIn((await web.get('/don-vi/nhap-danh-sach')).html));
    form.append('file', new Blob([new Uint8Array(bytes)], { type: XLSX_TYPE }), 'danh-sach.xlsx');
    const res = await fetch(`${stack.baseUrl}/don-vi/nhap-danh-sach`, {
      method: 'POST',
      redirect: 'manual',
      headers: { cookie: [...web.cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
      body: form,
    });
    return { status: res.status, text: textOf(await res.text()) };
  }

  let demoPlan: string | undefined;
  async function demoPlanId(officer: PlanClient): Promise<string> {
    if (!demoPlan) {
      await loadDemoData(stack.dataSource, { bodyCode: `test-${ward.prefix}`, usernamePrefix: ward.prefix });
      demoPlan = ((await officer.request('GET', '/api/v1/plans?year=2024')).body as Array<{ id: string }>)[0]!.id;
    }
    return demoPlan;
  }

  const proposals = async () => Number((await stack.dataSource.query(`SELECT count(*) FROM proposal WHERE body_id = $1`, [ward.bodyId]))[0].count);

  it('builds genuine bombs: a few MB packed, over 100 MB unpacked', async () => {
    for (const file of [bomb.nominations, bomb.ratings]) {
      expect(file.length).toBeLessThan(10 * MB);
      expect(await declaredUnpackedBytes(file)).toBeGreaterThan(100 * MB);
    }
  });

  it.each([
    ['2,000,000 rows', () => bomb.nominations],
    ['one row past the limit', () => overRowLimit.nominations],
  ])('refuses a nomination list of %s with 413 and the limits, in bounded memory', async (_label, file) => {
    const { result, peakBytes } = await peakHeapGrowth(() => postNominationList(file()));
    expect(result.status).toBe(413);
    expect(result.text).toContain('Tệp quá lớn: tối đa 10.000 dòng dữ liệu');
    expect(peakBytes).toBeLessThan(HEAP_BOUND);
    expect(await proposals()).toBe(0);
    expect(await health()).toMatchObject({ database: { ok: true }, temporal: { ok: true } });
  });

  it.each([
    ['2,000,000 rows', () => bomb.ratings],
    ['one row past the limit', () => overRowLimit.ratings],
  ])('refuses a ratings file of %s with 413 and the limits, in bounded memory', async (_label, file) => {
    const officer = await PlanClient.as(stack.baseUrl, `${ward.prefix}canbo.vp`);
    const planId = await demoPlanId(officer);
    const { result, peakBytes } = await peakHeapGrowth(() => officer.upload(`/api/v1/plans/${planId}/ratings/import`, 'file', { bytes: file(), name: 'xep-loai.xlsx', type: XLSX_TYPE }));
    expect(result.status).toBe(413);
    expect(result.body).toMatchObject({ code: 'SPREADSHEET_TOO_LARGE' });
    expect(result.body.message).toContain('Tệp quá lớn: tối đa 10.000 dòng dữ liệu');
    expect(peakBytes).toBeLessThan(HEAP_BOUND);
    const [{ n }] = await stack.dataSource.query(`SELECT count(*)::int AS n FROM staff_rating WHERE body_id = $1`, [ward.bodyId]);
    expect(n).toBe(0);
    expect(await health()).toMatchObject({ database: { ok: true }, temporal: { ok: true } });
  });
});
