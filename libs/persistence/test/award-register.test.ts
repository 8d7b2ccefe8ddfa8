import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { BACKFILL_HIGHER_LEVEL_DECISIONS } from '../src/migrations/1765400000000-HigherLevelDecision';
import { useTestDatabase } from './test-database';
import { seedIsolatedWard } from '../../../test/support/stack';

async function insertProposal(db: DataSource, ward: { bodyId: string; unitIds: Record<string, string>; userIds: Record<string, string> }, row: { personId: string; title: string; year: number; status: string; route?: string; decisionId?: string | null }): Promise<string> {
  const id = randomUUID();
  await db.query(
    `INSERT INTO proposal (id, body_id, client_key, workflow_id, title, year, rule_set_id, unit_id, nominee_kind, nominee_name, nominee_person_id,
                           achievement, status, submitted_by, route, decision_id, achievement_key)
     VALUES ($1::uuid, $2, $1::text, 'proposal-' || $1::text, $3, $4, 'test', $5, 'INDIVIDUAL', 'Hoàng Thị Mai', $6::uuid, 'Thành tích', $7, $8, $9, $10, $11)`,
    [id, ward.bodyId, row.title, row.year, ward.unitIds['mn-ngo-quyen'], row.personId, row.status, Object.values(ward.userIds)[0], row.route ?? 'WARD_DECISION', row.decisionId ?? null, `${row.personId}|${row.title}|${row.year}`],
  );
  return id;
}

describe('award register view', () => {
  const db = useTestDatabase();

  it('lists awards decided here, higher levels’ results and imported rows, and nothing still in the process', async () => {
    const ward = await seedIsolatedWard(db);
    const personId = ward.personIds['Hoàng Thị Mai']!;
    const userId = Object.values(ward.userIds)[0]!;
    const [decision] = await db.query(
      `INSERT INTO decision (body_id, subject_key, year, symbol, sequence, number_text, decision_date, signer_user_id)
       VALUES ($1, $2, 2026, 'QĐ-UBND', 7, '07/QĐ-UBND', '2026-12-20', $3) RETURNING id`,
      [ward.bodyId, randomUUID(), userId],
    );
    await insertProposal(db, ward, { personId, title: 'LAO_DONG_TIEN_TIEN', year: 2026, status: 'DOCUMENTS_ISSUED', decisionId: decision.id });
    await insertProposal(db, ward, { personId, title: 'CHIEN_SI_THI_DUA_CAP_TINH', year: 2026, status: 'CLOSED', route: 'ESCALATE' });
    await insertProposal(db, ward, { personId, title: 'CHIEN_SI_THI_DUA_CO_SO', year: 2026, status: 'AWAITING_COUNCIL' });
    await insertProposal(db, ward, { personId, title: 'TAP_THE_LAO_DONG_XUAT_SAC', year: 2026, status: 'ESCALATED', route: 'ESCALATE' });
    await db.query(
      `INSERT INTO award_record (body_id, source, recipient_kind, person_id, recipient_name, title, year, level, decision_number, decision_date, issuer, dedupe_key, recorded_by)
       VALUES ($1, 'IMPORTED', 'INDIVIDUAL', $2, 'Hoàng Thị Mai', 'CHIEN_SI_THI_DUA_CO_SO', 2024, 'PHUONG', '12/QĐ-UBND', '2024-12-25', 'UBND phường', $3, $4)`,
      [ward.bodyId, personId, `${personId}|CHIEN_SI_THI_DUA_CO_SO|2024`, userId],
    );

    const rows: Array<{ source: string; title: string; year: number; level: string; decision_number: string | null; issuer: string | null }> = await db.query(
      `SELECT source, title, year, level, decision_number, issuer FROM award_register WHERE body_id = $1 AND person_id = $2 ORDER BY year, title`,
      [ward.bodyId, personId],
    );
    expect(rows).toEqual([
      { source: 'IMPORTED', title: 'CHIEN_SI_THI_DUA_CO_SO', year: 2024, level: 'PHUONG', decision_number: '12/QĐ-UBND', issuer: 'UBND phường' },
      { source: 'HIGHER_LEVEL', title: 'CHIEN_SI_THI_DUA_CAP_TINH', year: 2026, level: 'TINH', decision_number: null, issuer: null },
      { source: 'DECIDED_HERE', title: 'LAO_DONG_TIEN_TIEN', year: 2026, level: 'PHUONG', decision_number: '07/QĐ-UBND', issuer: expect.stringContaining('phường') },
    ]);
  });

  it('shows an escalated award with the higher level’s decision, and takes results recorded before from their audit entry', async () => {
    const ward = await seedIsolatedWard(db);
    const personId = ward.personIds['Hoàng Thị Mai']!;
    const id = await insertProposal(db, ward, { personId, title: 'CHIEN_SI_THI_DUA_CAP_TINH', year: 2026, status: 'CLOSED', route: 'ESCALATE' });
    await db.query(
      `INSERT INTO audit_log (body_id, proposal_id, event_key, actor_user_id, actor_role, action, from_state, to_state, reason, at)
       VALUES ($1, $2, $3, NULL, 'OFFICER', 'RECORD_HIGHER_LEVEL_RESULT', 'ESCALATED', 'CLOSED', 'Ủy ban nhân dân thành phố Hải Phòng khen thưởng theo Quyết định số 88/QĐ-UBND ngày 2026-11-30', now())`,
      [ward.bodyId, id, `${id}:9`],
    );
    await db.query(BACKFILL_HIGHER_LEVEL_DECISIONS);
    const [row] = await db.query(`SELECT source, decision_number, to_char(decision_date, 'YYYY-MM-DD') AS decision_date, issuer FROM award_register WHERE proposal_id = $1`, [id]);
    expect(row).toEqual({ source: 'HIGHER_LEVEL', decision_number: '88/QĐ-UBND', decision_date: '2026-11-30', issuer: 'Ủy ban nhân dân thành phố Hải Phòng' });
  });

  it('files an entry under the holder’s unit as of the award, whoever writes it; a later move does not carry it along', async () => {
    const ward = await seedIsolatedWard(db);
    const personId = ward.personIds['Hoàng Thị Mai']!;
    const [mamNon, tieuHoc] = [ward.unitIds['mn-ngo-quyen']!, ward.unitIds['th-ngo-quyen']!];
    await db.query(
      `INSERT INTO award_record (body_id, source, recipient_kind, person_id, recipient_name, title, year, level, dedupe_key, recorded_by)
       VALUES ($1, 'IMPORTED', 'INDIVIDUAL', $2, 'Hoàng Thị Mai', 'LAO_DONG_TIEN_TIEN', 2021, 'PHUONG', $3, $4)`,
      [ward.bodyId, personId, `${personId}|LAO_DONG_TIEN_TIEN|2021`, Object.values(ward.userIds)[0]],
    );
    await insertProposal(db, ward, { personId, title: 'CHIEN_SI_THI_DUA_CAP_TINH', year: 2022, status: 'CLOSED', route: 'ESCALATE' });
    await db.query(`UPDATE person SET unit_id = $2 WHERE id = $1`, [personId, tieuHoc]);
    const titlesOf = async (unitId: string) =>
      (await db.query(`SELECT title FROM award_register WHERE body_id = $1 AND holder_unit_id = $2 AND person_id = $3 ORDER BY year`, [ward.bodyId, unitId, personId])).map(
        (r: { title: string }) => r.title,
      );
    expect(await titlesOf(mamNon)).toEqual(['LAO_DONG_TIEN_TIEN', 'CHIEN_SI_THI_DUA_CAP_TINH']);
    expect(await titlesOf(tieuHoc)).toEqual([]);
  });

  it('files a household’s award decided here under the household, and in its residential group', async () => {
    const ward = await seedIsolatedWard(db);
    const group = ward.unitIds['tdp-1']!;
    const [household] = await db.query(`INSERT INTO household (body_id, head_name, address, residential_group_id) VALUES ($1, 'Lò Văn Sáu', 'Số 8 phố Lê Lợi', $2) RETURNING id`, [ward.bodyId, group]);
    const id = randomUUID();
    await db.query(
      `INSERT INTO proposal (id, body_id, client_key, workflow_id, title, year, rule_set_id, unit_id, nominee_kind, nominee_name, nominee_household_id,
                             achievement, status, submitted_by, route, achievement_key)
       VALUES ($1::uuid, $2, $1::text, 'proposal-' || $1::text, 'GIA_DINH_VAN_HOA', 2026, 'test', $3, 'HOUSEHOLD', 'Hộ ông Lò Văn Sáu', $4, 'Thành tích', 'CLOSED', $5, 'WARD_DECISION', $6)`,
      [id, ward.bodyId, group, household.id, Object.values(ward.userIds)[0], `${household.id}|GIA_DINH_VAN_HOA|2026`],
    );
    const rows = await db.query(`SELECT recipient_kind, household_id, holder_unit_id, source FROM award_register WHERE proposal_id = $1`, [id]);
    expect(rows).toEqual([{ recipient_kind: 'HOUSEHOLD', household_id: household.id, holder_unit_id: group, source: 'DECIDED_HERE' }]);
  });

  it('keeps one row per achievement and never lets a row point at nobody or at two recipients', async () => {
    const ward = await seedIsolatedWard(db);
    const personId = ward.personIds['Kiều Thị Yến']!;
    const userId = Object.values(ward.userIds)[0]!;
    const insert = (person: string | null, unit: string | null) =>
      db.query(
        `INSERT INTO award_record (body_id, source, recipient_kind, person_id, unit_id, recipient_name, title, year, level, dedupe_key, recorded_by)
         VALUES ($1, 'IMPORTED', 'INDIVIDUAL', $2, $3, 'Kiều Thị Yến', 'LAO_DONG_TIEN_TIEN', 2023, 'PHUONG', $4, $5)`,
        [ward.bodyId, person, unit, `${personId}|LAO_DONG_TIEN_TIEN|2023`, userId],
      );
    await insert(personId, null);
    await expect(insert(personId, null)).rejects.toThrow(/ux_award_record_dedupe/);
    await expect(insert(null, null)).rejects.toThrow(/CHK_award_record_one_recipient/);
    await expect(insert(personId, ward.unitIds['mn-ngo-quyen']!)).rejects.toThrow(/CHK_award_record_one_recipient/);
    await expect(db.query(`DELETE FROM person WHERE id = $1`, [personId])).rejects.toThrow(/FK_award_record_person|violates foreign key/);
  });
});
