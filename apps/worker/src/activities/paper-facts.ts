import type { DataSource } from 'typeorm';
import { compareVietnamese, compareVietnameseNames, type AwardTitle, type NomineeTally } from '@khenthuong/domain';
import type { DecisionSigner } from '@khenthuong/documents';
import { missingData } from './activity-failure';

/** What every paper builder reads from the read model (PostgreSQL); loaded by paper.activities. */
export interface BodyFacts {
  id: string;
  /** 'Ủy ban nhân dân phường Ngô Quyền' */
  name: string;
  /** 'PHƯỜNG NGÔ QUYỀN' */
  headerName: string;
  placeName: string;
  /** 'phường Ngô Quyền' */
  shortName: string;
}

export interface AwardeeFacts {
  proposalId: string;
  title: AwardTitle;
  year: number;
  nomineeName: string;
  nomineeKind: string;
  unitName: string;
  achievement: string;
  gender: string | null;
  position: string | null;
  tally: NomineeTally | null;
  roundId: string | null;
}

export interface DecisionFacts {
  id: string;
  numberText: string;
  decisionDate: string;
  createdAt: Date;
  signer: { displayName: string; roles: string[] };
}

export interface CouncilFacts {
  members: { userId: string; name: string; councilRole: string; position: string | null }[];
}

export async function loadBody(db: DataSource, bodyId: string): Promise<BodyFacts> {
  const [row] = await db.query(`SELECT id, name, header_name, place_name FROM issuing_body WHERE id = $1`, [bodyId]);
  if (!row) throw missingData(`body ${bodyId} not found`);
  return { id: row.id, name: row.name, headerName: row.header_name, placeName: row.place_name, shortName: row.name.replace(/^Ủy ban nhân dân\s+/i, '') };
}

export async function loadDecision(db: DataSource, bodyId: string, decisionId: string): Promise<DecisionFacts> {
  const [row] = await db.query(
    `SELECT d.id, d.number_text, d.decision_date::text AS decision_date, d.created_at, s.display_name, s.roles
       FROM decision d JOIN app_user s ON s.id = d.signer_user_id WHERE d.id = $1 AND d.body_id = $2`,
    [decisionId, bodyId],
  );
  if (!row) throw missingData(`decision ${decisionId} not found in body ${bodyId}`);
  return { id: row.id, numberText: row.number_text, decisionDate: row.decision_date, createdAt: new Date(row.created_at), signer: { displayName: row.display_name, roles: row.roles } };
}

/** The awardees in list order: by unit, then name, in Vietnamese alphabetical order (not the database's collation). */
export async function loadAwardees(db: DataSource, bodyId: string, proposalIds: string[]): Promise<AwardeeFacts[]> {
  const rows: Record<string, any>[] = await db.query(
    `SELECT p.id, p.title, p.year, p.nominee_name, p.nominee_kind, p.achievement, p.tally, p.round_id, u.name AS unit_name, pe.gender, pe.position
       FROM proposal p JOIN unit u ON u.id = p.unit_id LEFT JOIN person pe ON pe.id = p.nominee_person_id
      WHERE p.id = ANY($1::uuid[]) AND p.body_id = $2`,
    [proposalIds, bodyId],
  );
  if (rows.length !== new Set(proposalIds).size) throw missingData(`${new Set(proposalIds).size - rows.length} of the proposals not found in body ${bodyId}`);
  const awardees = rows.map((r) => ({
    proposalId: r.id, title: r.title as AwardTitle, year: r.year, nomineeName: r.nominee_name, nomineeKind: r.nominee_kind, unitName: r.unit_name,
    achievement: r.achievement, gender: r.gender, position: r.position, tally: (r.tally as NomineeTally | null) ?? null, roundId: r.round_id,
  }));
  return awardees.sort((a, b) => compareVietnamese(a.unitName, b.unitName) || compareVietnameseNames(a.nomineeName, b.nomineeName));
}

const COUNCIL_ORDER = ['CHAIR', 'VICE_CHAIR', 'SECRETARY', 'MEMBER'];

export async function loadCouncil(db: DataSource, bodyId: string): Promise<CouncilFacts> {
  const rows: { user_id: string; display_name: string; council_role: string; position: string | null }[] = await db.query(
    `SELECT m.user_id, u.display_name, m.council_role, pe.position
       FROM council c JOIN council_member m ON m.council_id = c.id JOIN app_user u ON u.id = m.user_id LEFT JOIN person pe ON pe.id = u.person_id
      WHERE c.body_id = $1 AND c.active`,
    [bodyId],
  );
  rows.sort((a, b) => COUNCIL_ORDER.indexOf(a.council_role) - COUNCIL_ORDER.indexOf(b.council_role) || compareVietnameseNames(a.display_name, b.display_name));
  return { members: rows.map((r) => ({ userId: r.user_id, name: r.display_name, councilRole: r.council_role, position: r.position })) };
}

/** The first active user of the body holding `role` (the officer, the chairman), by name. */
export async function loadUserWithRole(db: DataSource, bodyId: string, role: string): Promise<{ displayName: string; roles: string[] } | null> {
  const [row] = await db.query(`SELECT display_name, roles FROM app_user WHERE body_id = $1 AND $2 = ANY(roles) ORDER BY display_name LIMIT 1`, [bodyId, role]);
  return row ? { displayName: row.display_name, roles: row.roles } : null;
}

/** 'KT. CHỦ TỊCH / PHÓ CHỦ TỊCH' when a vice-chairman signs (Nghị định 30/2020, Phụ lục I). */
export function signerBlock(signer: { displayName: string; roles: string[] }): DecisionSigner {
  const isVice = !signer.roles.includes('CHAIRMAN') && signer.roles.includes('VICE_CHAIRMAN');
  return isVice ? { authorityLine: 'KT. CHỦ TỊCH', positionLine: 'PHÓ CHỦ TỊCH', name: signer.displayName } : { positionLine: 'CHỦ TỊCH', name: signer.displayName };
}

export function honorificOf(gender: string | null): string | null {
  return gender === 'NAM' ? 'Ông' : gender === 'NU' ? 'Bà' : null;
}

/** As listed in tables: a person by position and unit, a collective or household by the ward. */
export function positionAndUnitOf(a: AwardeeFacts, body: BodyFacts): string {
  if (a.nomineeKind !== 'INDIVIDUAL') return capitalize(body.shortName);
  return a.position ? `${a.position}, ${a.unitName}` : a.unitName;
}

export const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

export function verificationUrlOf(publicBaseUrl: string, id: string): string {
  return `${publicBaseUrl.replace(/\/$/, '')}/xac-thuc/${id}`;
}

/** '14 giờ 05 phút, ngày 20 tháng 11 năm 2026' in Vietnam time (UTC+7, no daylight saving). */
export function vietnamTimeOfDay(instant: Date): { hour: string; minute: string } {
  const local = new Date(instant.getTime() + 7 * 3_600_000);
  return { hour: String(local.getUTCHours()).padStart(2, '0'), minute: String(local.getUTCMinutes()).padStart(2, '0') };
}
