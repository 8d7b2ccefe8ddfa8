import { attachRequiredPapers } from './dossier-papers';
import { ApiClient, eventually } from './stack';

/** The demo ward's users who take an ad-hoc proposal through its council session. */
export interface CouncilClients {
  unit: ApiClient;
  officer: ApiClient;
  chairman: ApiClient;
  /** The other voting members (vice-chairman and three members). */
  members: ApiClient[];
}

export async function councilClients(baseUrl: string, prefix: string): Promise<CouncilClients> {
  const as = (user: string) => ApiClient.login(baseUrl, prefix + user);
  const [unit, officer, chairman, ...members] = await Promise.all(['truong.mamnon', 'canbo.vp', 'chutich', 'phochutich', 'hoidong.mttq', 'hoidong.congan', 'hoidong.vhxh'].map(as));
  return { unit: unit!, officer: officer!, chairman: chairman!, members };
}

/** The kindergarten nominates itself as "Tập thể lao động tiên tiến" 2026 with the papers the title requires; returns the proposal id. */
export async function submitSchoolCollective(unit: ApiClient, clientKey: string): Promise<string> {
  const created = await unit.request('POST', '/api/v1/proposals', {
    clientKey,
    title: 'TAP_THE_LAO_DONG_TIEN_TIEN',
    facts: { planCompleted: true, memberCount: 24, ldttMemberCount: 18 },
    year: 2026,
    nomineeName: 'Trường Mầm non Ngô Quyền',
    achievement: 'Hoàn thành xuất sắc nhiệm vụ năm học 2025 - 2026',
  });
  if (created.status !== 201) throw new Error(`submission refused: ${created.status} ${JSON.stringify(created.body)}`);
  await attachRequiredPapers(unit, created.body.id as string, 'TAP_THE_LAO_DONG_TIEN_TIEN');
  return created.body.id as string;
}

/** The proposal's status as the officer reads it (undefined until the workflow answers). */
export async function statusOf(officer: ApiClient, id: string): Promise<string | undefined> {
  return (await officer.request('GET', `/api/v1/proposals/${id}`)).body.state?.status;
}

export const waitForStatus = (officer: ApiClient, id: string, status: string) =>
  eventually(async () => ((await statusOf(officer, id)) === status ? true : undefined), `proposal ${id} to reach ${status}`);

/** Everyone votes "đồng ý" and the chairman closes the session; the proposal must be before the council. */
export async function councilAgrees(c: CouncilClients, id: string): Promise<void> {
  for (const member of [c.chairman, c.officer, ...c.members]) {
    const vote = await member.request('POST', `/api/v1/proposals/${id}/votes`, { choice: 'AGREE' });
    if (vote.status !== 200) throw new Error(`vote refused: ${vote.status} ${JSON.stringify(vote.body)}`);
  }
  const closed = await c.chairman.request('POST', `/api/v1/proposals/${id}/council/close`);
  if (closed.status !== 200) throw new Error(`close refused: ${closed.status} ${JSON.stringify(closed.body)}`);
}

/** Submitted, confirmed complete, approved by the council and posted: returns once it awaits the decision. */
export async function toAwaitingDecision(c: CouncilClients, clientKey: string): Promise<string> {
  const id = await submitSchoolCollective(c.unit, clientKey);
  await waitForStatus(c.officer, id, 'SUBMITTED');
  const complete = await c.officer.request('POST', `/api/v1/proposals/${id}/complete`);
  if (complete.status !== 200) throw new Error(`completeness refused: ${complete.status}`);
  await councilAgrees(c, id);
  await waitForStatus(c.officer, id, 'AWAITING_DECISION');
  return id;
}
