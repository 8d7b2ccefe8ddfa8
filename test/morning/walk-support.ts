import { eventually } from '../support/stack';
import type { MorningStack, MorningWalk } from './page-checks';

/** A dossier row of a list page (the unit's dossiers, the council's inbox, the signing queue). */
export interface DossierRow {
  nominee: string;
  href: string;
  /** The status cell: the state, and the viewer's own note (e.g. where their ballot stands). */
  status: string;
}

/** The dossier rows of the page the walk is on. */
export function dossierRows(walk: MorningWalk): Promise<DossierRow[]> {
  return walk.page.$$eval('main table tbody tr', (rows) =>
    rows.map((tr) => {
      const link = tr.querySelector('td a');
      const status = tr.querySelector('td[data-label="Tình trạng"]');
      return { nominee: (link?.textContent ?? '').trim(), href: link?.getAttribute('href') ?? '', status: (status?.textContent ?? '').replace(/\s+/g, ' ').trim() };
    }),
  );
}

/** The dossier's id, from the scenario, by its key. */
export function dossier(stack: MorningStack, key: string): string {
  const id = stack.scenario.proposalIds[key];
  if (!id) throw new Error(`the demo scenario has no dossier ${key}`);
  return id;
}

/** Reloads the walk's page until `probe` holds: the read model follows a workflow step in its own time. */
export async function reloadUntil(walk: MorningWalk, what: string, probe: () => Promise<boolean>): Promise<void> {
  await eventually(async () => {
    await walk.page.reload();
    return (await probe()) ? true : undefined;
  }, what);
}

/** The dossier's status as the read model holds it. */
export async function statusOf(stack: MorningStack, id: string): Promise<string> {
  return (await stack.dataSource.query(`SELECT status FROM proposal WHERE id = $1`, [id]))[0].status as string;
}

/** Waits until the workflow has moved the dossier to `status` (read model), before a page shows it. */
export function reaches(stack: MorningStack, id: string, status: string): Promise<true> {
  return eventually(async () => ((await statusOf(stack, id)) === status ? true : undefined), `dossier ${id} to reach ${status}`, 120_000);
}

/** Waits until the read model holds the member's ballot on the dossier (the task list reads it there). */
export function ballotRecorded(stack: MorningStack, id: string, login: string): Promise<true> {
  return eventually(async () => {
    const rows = await stack.dataSource.query(`SELECT 1 FROM proposal_vote v JOIN app_user u ON u.id = v.member_user_id WHERE v.proposal_id = $1 AND u.username = $2`, [id, stack.prefix + login]);
    return rows.length ? true : undefined;
  }, `the ballot of ${login} on ${id}`);
}
