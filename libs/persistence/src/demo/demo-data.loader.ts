import * as argon2 from 'argon2';
import type { DataSource, EntityManager } from 'typeorm';
import { DEMO_BODY, DEMO_PASSWORD, DEMO_UNITS, DEMO_USERS } from './ngo-quyen.data';
import { loadDemoPlan2024 } from './plan-2024.data';

export interface DemoLoadOptions {
  /** Loads the same ward under another code and username prefix, so tests stay isolated. */
  bodyCode?: string;
  usernamePrefix?: string;
  /** Another ward's names in place of phường Ngô Quyền's (units, council and plan named after it too). */
  ward?: WardIdentity;
  /** An argon2 hash of the demo password made once by the caller (a province loads many wards). */
  passwordHash?: string;
}

/** How a ward is named: in sentences, in the uppercase header line of its papers, and by its place. */
export interface WardIdentity {
  name: string;
  headerName: string;
  placeName: string;
}

export interface LoadedDemo {
  bodyId: string;
  unitIds: Record<string, string>;
  personIds: Record<string, string>;
  userIds: Record<string, string>;
  planId: string;
}

/** Loads the demo ward idempotently: running it again changes nothing and returns the same ids. */
export async function loadDemoData(dataSource: DataSource, options: DemoLoadOptions = {}): Promise<LoadedDemo> {
  const code = options.bodyCode ?? DEMO_BODY.code;
  const prefix = options.usernamePrefix ?? '';
  const ward = options.ward ?? DEMO_BODY;
  const local = (text: string): string => text.replaceAll(DEMO_BODY.placeName, ward.placeName);
  const passwordHash = options.passwordHash ?? (await hashDemoPassword());
  return dataSource.transaction(async (tx) => {
    const bodyId = await upsertId(
      tx,
      `INSERT INTO issuing_body (code, name, header_name, place_name) VALUES ($1, $2, $3, $4)
       ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name RETURNING id`,
      [code, ward.name, ward.headerName, ward.placeName],
    );
    const unitIds: Record<string, string> = {};
    const personIds: Record<string, string> = {};
    for (const unit of DEMO_UNITS) {
      unitIds[unit.code] = await upsertId(
        tx,
        `INSERT INTO unit (body_id, code, name, kind) VALUES ($1, $2, $3, $4)
         ON CONFLICT (body_id, code) DO UPDATE SET name = EXCLUDED.name RETURNING id`,
        [bodyId, unit.code, local(unit.name), unit.kind],
      );
      for (const [fullName, gender, position] of unit.staff) {
        const [found] = await tx.query(`SELECT id FROM person WHERE body_id = $1 AND unit_id = $2 AND full_name = $3`, [bodyId, unitIds[unit.code], fullName]);
        personIds[fullName] =
          found?.id ??
          (await upsertId(tx, `INSERT INTO person (body_id, unit_id, full_name, gender, position) VALUES ($1, $2, $3, $4, $5) RETURNING id`, [
            bodyId,
            unitIds[unit.code],
            fullName,
            gender,
            position,
          ]));
      }
    }
    const userIds: Record<string, string> = {};
    for (const user of DEMO_USERS) {
      userIds[user.username] = await upsertId(
        tx,
        `INSERT INTO app_user (body_id, username, password_hash, roles, person_id, unit_id, display_name) VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (username) DO UPDATE SET roles = EXCLUDED.roles RETURNING id`,
        [bodyId, prefix + user.username, passwordHash, user.roles, personIds[user.person], user.headOf ? unitIds[user.headOf] : null, user.person],
      );
    }
    const [council] = await tx.query(`SELECT id FROM council WHERE body_id = $1 AND active`, [bodyId]);
    const councilId =
      council?.id ??
      (await upsertId(tx, `INSERT INTO council (body_id, name, term, active) VALUES ($1, $2, $3, true) RETURNING id`, [
        bodyId,
        local('Hội đồng Thi đua - Khen thưởng phường Ngô Quyền'),
        '2025-2030',
      ]));
    for (const user of DEMO_USERS.filter((u) => u.council)) {
      await tx.query(
        `INSERT INTO council_member (council_id, user_id, council_role) VALUES ($1, $2, $3)
         ON CONFLICT (council_id, user_id) DO UPDATE SET council_role = EXCLUDED.council_role`,
        [councilId, userIds[user.username], user.council],
      );
    }
    const planId = await loadDemoPlan2024(tx, bodyId, unitIds, userIds['canbo.vp']!, ward.placeName);
    return { bodyId, unitIds, personIds, userIds, planId };
  });
}

/** The demo password's hash (argon2id: slow by design, so a province makes it once). */
export function hashDemoPassword(): Promise<string> {
  return argon2.hash(DEMO_PASSWORD, { type: argon2.argon2id });
}

async function upsertId(tx: EntityManager, sql: string, params: unknown[]): Promise<string> {
  const [row] = await tx.query(sql, params);
  return row.id as string;
}
