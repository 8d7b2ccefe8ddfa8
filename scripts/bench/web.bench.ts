import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDataSource, DEMO_PASSWORD, loadDemoData } from '@khenthuong/persistence';
import { loadConfig } from '@khenthuong/platform';
import { createApiApp } from '../../apps/api/src/api.bootstrap';
import { startBenchServices } from './support/services';
import { measure, report } from './support/stats';

const PROPOSALS = 100_000;
const PEOPLE = 20_000;
/** Register rows in award_record, beside the proposals' awards the view adds (docs/register.md). */
const REGISTER_ROWS = 200_000;
const SAMPLES = 1_000;
const WARMUP = 50;

/**
 * The officer's dashboard and a council member's inbox, first page, over 100,000 proposals of one
 * ward, against /health as the floor of the same run (sequential requests over loopback).
 */
export async function main(): Promise<void> {
  const services = await startBenchServices();
  const dataSource = await createDataSource({ url: services.databaseUrl, poolSize: 2 }).initialize();
  const app = await createApiApp(
    loadConfig({
      DATABASE_URL: services.databaseUrl,
      TEMPORAL_ADDRESS: services.temporalAddress,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      ARCHIVE_DIR: mkdtempSync(join(tmpdir(), 'khenthuong-bench-archive-')),
    }),
  );
  try {
    const ward = await loadDemoData(dataSource, { bodyCode: 'bench-ngo-quyen', usernamePrefix: 'bench.' });
    const started = Date.now();
    await loadProposals(dataSource, ward.bodyId, Object.values(ward.unitIds), ward.userIds['truong.mamnon']);
    console.log(`loaded ${PROPOSALS} proposals in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    const personId = await loadRegister(dataSource, ward.bodyId, Object.values(ward.unitIds), ward.userIds['canbo.vp']);
    console.log(`loaded ${PEOPLE} people and ${REGISTER_ROWS} register rows in ${((Date.now() - started) / 1000).toFixed(1)} s`);

    await app.listen(0, '127.0.0.1');
    const baseUrl = (await app.getUrl()).replace('[::1]', '127.0.0.1');
    const officer = await sessionCookie(baseUrl, 'bench.canbo.vp');
    const member = await sessionCookie(baseUrl, 'bench.hoidong.mttq');
    const get = (path: string, cookie?: string) => async () => {
      // The REST API takes the session as a bearer token, the pages as a cookie.
      const headers: Record<string, string> = !cookie ? {} : path.startsWith('/api/') ? { authorization: `Bearer ${cookie.slice(cookie.indexOf('=') + 1)}` } : { cookie };
      const res = await fetch(baseUrl + path, { headers });
      await res.arrayBuffer();
      if (res.status !== 200 && !(path === '/health' && res.status === 503)) throw new Error(`${path}: ${res.status}`);
    };
    const cases: [string, () => Promise<void>][] = [
      ['GET /health (floor)', get('/health')],
      ['officer dashboard, page 1', get('/can-bo/ho-so', officer)],
      ['council inbox, page 1', get('/hoi-dong', member)],
      ['officer dashboard, state filter', get('/can-bo/ho-so?status=AWAITING_DECISION', officer)],
      ['officer dashboard, name search', get('/can-bo/ho-so?q=nguyen+van+duc', officer)],
      ['officer dashboard, rare name search', get('/can-bo/ho-so?q=duc+99999', officer)],
      ['officer dashboard, overdue first', get('/can-bo/ho-so?sort=DUE', officer)],
      ['officer dashboard, overdue only', get('/can-bo/ho-so?overdue=1', officer)],
      ['register, name search', get('/so-khen-thuong?q=tran+thi+huong', officer)],
      ['register, rare name search', get('/so-khen-thuong?q=duc+12345', officer)],
      ['register, name search (API)', get('/api/v1/register?q=duc+12345', officer)],
      ['register, person page', get(`/so-khen-thuong/ca-nhan/${personId}`, officer)],
      ['register, unit and years', get(`/so-khen-thuong?unitId=${ward.unitIds['mn-ngo-quyen']}&yearFrom=2020&yearTo=2021`, officer)],
    ];
    const samples = [];
    for (const [label, run] of cases) {
      for (let i = 0; i < WARMUP; i++) await run();
      samples.push(await measure(label, label.includes('search') ? SAMPLES / 5 : SAMPLES, run));
    }
    report(samples);
  } finally {
    await app.close();
    await dataSource.destroy();
    await services.stop();
  }
}

/** One INSERT … SELECT over generate_series: states, units, titles and names spread as in a busy year. */
async function loadProposals(dataSource: import('typeorm').DataSource, bodyId: string, unitIds: string[], submittedBy: string): Promise<void> {
  await dataSource.query(
    `INSERT INTO proposal (body_id, client_key, workflow_id, title, year, rule_set_id, unit_id, nominee_kind, nominee_name, achievement, status, submitted_by, created_at, updated_at)
     SELECT $1, 'bench-' || g, 'proposal-bench-' || g,
            (ARRAY['LAO_DONG_TIEN_TIEN','CHIEN_SI_THI_DUA_CO_SO','GIAY_KHEN_CA_NHAN','TAP_THE_LAO_DONG_TIEN_TIEN','GIAY_KHEN_TAP_THE'])[1 + g % 5],
            2024 + g % 3, 'TDKT-2022/ND152-2025', ($2::uuid[])[1 + g % array_length($2::uuid[], 1)], 'INDIVIDUAL',
            (ARRAY['Nguyễn','Trần','Lê','Phạm','Hoàng','Đặng'])[1 + g % 6] || ' ' || (ARRAY['Văn','Thị','Quang','Hồng'])[1 + g % 4] || ' ' || (ARRAY['Đức','An','Bình','Hương','Lan','Minh','Tuấn'])[1 + g % 7] || ' ' || g,
            'Hoàn thành xuất sắc nhiệm vụ được giao',
            (ARRAY['SUBMITTED','IN_COUNCIL_REVIEW','PUBLICLY_POSTED','AWAITING_DECISION','DOCUMENTS_ISSUED','DOCUMENTS_ISSUED','DOCUMENTS_ISSUED','REJECTED','WITHDRAWN','RETURNED'])[1 + g % 10],
            $3, now() - make_interval(mins => g), now() - make_interval(mins => g)
       FROM generate_series(1, ${PROPOSALS}) g`,
    [bodyId, unitIds, submittedBy],
  );
  // Open proposals get a decision time limit around today; one in twenty is past it.
  await dataSource.query(
    `UPDATE proposal SET decision_due_on = current_date + ((hashtext(id::text) % 40) - 2), overdue = (hashtext(id::text) % 20 = 0)
      WHERE body_id = $1 AND status IN ('IN_COUNCIL_REVIEW','PUBLICLY_POSTED','AWAITING_DECISION')`,
    [bodyId],
  );
  await dataSource.query('ANALYZE proposal');
}

/** People spread over the units, ten awards each over the years before the system (one INSERT … SELECT each); returns one person's id. */
async function loadRegister(dataSource: import('typeorm').DataSource, bodyId: string, unitIds: string[], recordedBy: string): Promise<string> {
  await dataSource.query(
    `INSERT INTO person (body_id, unit_id, full_name, gender)
     SELECT $1, ($2::uuid[])[1 + g % array_length($2::uuid[], 1)],
            (ARRAY['Nguyễn','Trần','Lê','Phạm','Hoàng','Đặng'])[1 + g % 6] || ' ' || (ARRAY['Văn','Thị','Quang','Hồng'])[1 + g % 4] || ' ' || (ARRAY['Đức','An','Bình','Hương','Lan','Minh','Tuấn'])[1 + g % 7] || ' ' || (10000 + g),
            (ARRAY['NAM','NU'])[1 + g % 2]
       FROM generate_series(1, ${PEOPLE}) g`,
    [bodyId, unitIds],
  );
  const perPerson = REGISTER_ROWS / PEOPLE;
  await dataSource.query(
    `INSERT INTO award_record (body_id, source, recipient_kind, person_id, recipient_name, title, year, level, decision_number, decision_date, issuer, dedupe_key, recorded_by)
     SELECT $1, 'IMPORTED', 'INDIVIDUAL', p.id, p.full_name, 'LAO_DONG_TIEN_TIEN', 2023 - y, 'PHUONG', y || '/QĐ-UBND', make_date(2023 - y, 12, 20), 'UBND phường',
            p.id || '|LAO_DONG_TIEN_TIEN|' || (2023 - y), $2
       FROM person p CROSS JOIN generate_series(0, ${perPerson - 1}) y
      WHERE p.body_id = $1 AND p.full_name ~ ' [0-9]{5}$'`,
    [bodyId, recordedBy],
  );
  await dataSource.query('ANALYZE person; ANALYZE award_record');
  const [one] = await dataSource.query(`SELECT id FROM person WHERE body_id = $1 AND full_name LIKE '% 12345'`, [bodyId]);
  return one.id as string;
}

/** A page session: the API login's token is the same session the cookie carries. */
async function sessionCookie(baseUrl: string, username: string): Promise<string> {
  const res = await fetch(`${baseUrl}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: DEMO_PASSWORD }) });
  if (res.status !== 200) throw new Error(`login ${username}: ${res.status}`);
  return `kt_session=${((await res.json()) as { token: string }).token}`;
}
