import type { DataSource } from 'typeorm';
import { compareVietnamese, compareVietnameseNames, type AwardTitle, type NomineeTally } from '@khenthuong/domain';
import type { DecisionSigner } from '@khenthuong/documents';
import { DecisionRepository, PaperFactsRepository } from '@khenthuong/persistence';
import { missingData } from './activity-failure';

/** What every paper builder reads from the read model (PostgreSQL); loaded by paper.activities. */
export interface BodyFacts {
  id: string;
  /** Whose signing keys sign its papers. */
  code: string;
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
  const row = await new PaperFactsRepository(db).body(bodyId);
  if (!row) throw missingData(`body ${bodyId} not found`);
  return { ...row, shortName: row.name.replace(/^Ủy ban nhân dân\s+/i, '') };
}

export async function loadDecision(db: DataSource, bodyId: string, decisionId: string): Promise<DecisionFacts> {
  const row = await new DecisionRepository(db).withSigner(bodyId, decisionId);
  if (!row) throw missingData(`decision ${decisionId} not found in body ${bodyId}`);
  return row;
}

/** The awardees in list order: by unit, then name, in Vietnamese alphabetical order (not the database's collation). */
export async function loadAwardees(db: DataSource, bodyId: string, proposalIds: string[]): Promise<AwardeeFacts[]> {
  const rows = await new PaperFactsRepository(db).awardees(bodyId, proposalIds);
  if (rows.length !== new Set(proposalIds).size) throw missingData(`${new Set(proposalIds).size - rows.length} of the proposals not found in body ${bodyId}`);
  const awardees = rows.map((r) => ({ ...r, title: r.title as AwardTitle, tally: (r.tally as unknown as NomineeTally | null) ?? null }));
  return awardees.sort((a, b) => compareVietnamese(a.unitName, b.unitName) || compareVietnameseNames(a.nomineeName, b.nomineeName));
}

const COUNCIL_ORDER = ['CHAIR', 'VICE_CHAIR', 'SECRETARY', 'MEMBER'];

export async function loadCouncil(db: DataSource, bodyId: string): Promise<CouncilFacts> {
  const rows = await new PaperFactsRepository(db).councilMembers(bodyId);
  rows.sort((a, b) => COUNCIL_ORDER.indexOf(a.councilRole) - COUNCIL_ORDER.indexOf(b.councilRole) || compareVietnameseNames(a.displayName, b.displayName));
  return { members: rows.map((r) => ({ userId: r.userId, name: r.displayName, councilRole: r.councilRole, position: r.position })) };
}

/** The first active user of the body holding `role` (the officer, the chairman), by name. */
export async function loadUserWithRole(db: DataSource, bodyId: string, role: string): Promise<{ displayName: string; roles: string[] } | null> {
  const row = await new PaperFactsRepository(db).firstUserWithRole(bodyId, role);
  return row ? { displayName: row.displayName, roles: row.roles } : null;
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
