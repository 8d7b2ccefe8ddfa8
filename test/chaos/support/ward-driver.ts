import { randomUUID } from 'node:crypto';
import { paperPdf, requiredPapersOf } from '../../support/dossier-papers';
import { eventually } from '../../support/stack';
import type { RunningStack } from './chaos-stack';
import { RetryingClient, type Answer } from './retrying-client';

export const UNIT_HEADS = ['tdp1', 'truong.tieuhoc', 'truong.mamnon', 'tram.yte'];
/** Five of the six council members vote: a quorum, and every list passes unanimously. */
export const VOTERS = ['chutich', 'phochutich', 'canbo.vp', 'hoidong.mttq', 'hoidong.congan'];
export const FINAL_STATUSES = ['CLOSED', 'REJECTED', 'REJECTED_BY_COUNCIL', 'WITHDRAWN'];

export interface Nomination {
  clientKey: string;
  unitHead: string;
  body: Record<string, unknown>;
}

/**
 * Drives the commendation process of one isolated demo ward through the REST API, as its users
 * would; phases are read from the read model (never waited for by the clock).
 */
export class WardDriver {
  private readonly clients = new Map<string, Promise<RetryingClient>>();

  constructor(
    readonly stack: RunningStack,
    readonly ward: { bodyId: string; prefix: string },
  ) {}

  as(user: string): Promise<RetryingClient> {
    let client = this.clients.get(user);
    if (!client) {
      client = RetryingClient.login(this.stack.baseUrl, this.ward.prefix + user);
      this.clients.set(user, client);
    }
    return client;
  }

  /** Request errors users saw so far, by kind (a 5xx status, a refused connection, a timeout). */
  async failuresSeen(): Promise<Record<string, number>> {
    const all = await Promise.all([...this.clients.values()]);
    const seen: Record<string, number> = {};
    for (const failure of all.flatMap((c) => c.failures)) seen[String(failure)] = (seen[String(failure)] ?? 0) + 1;
    return seen;
  }

  /**
   * A human step, retried through an outage. A 409 after a failed attempt means the earlier
   * attempt went through (the step is no longer allowed), which the caller checks by the outcome.
   */
  async act(user: string, path: string, body?: unknown): Promise<Answer> {
    const client = await this.as(user);
    const before = client.failures.length;
    const answer = await client.send('POST', path, body);
    const retried = client.failures.length > before;
    if (answer.status < 300 || (retried && answer.status === 409)) return answer;
    throw new Error(`${user} POST ${path}: ${answer.status} ${JSON.stringify(answer.body)}`);
  }

  nominations(count: number, roundId: string | null): Nomination[] {
    const tag = randomUUID().slice(0, 8);
    return [...Array(count).keys()].map((i) => ({
      clientKey: `chaos-${tag}-${i}`,
      unitHead: UNIT_HEADS[i % UNIT_HEADS.length],
      body: {
        title: 'GIAY_KHEN_TAP_THE',
        year: 2026,
        nomineeName: `Tổ công tác số ${i + 1}`,
        achievement: 'Thành tích xuất sắc trong phong trào thi đua năm 2026',
        achievementRef: `Phong trào thi đua ${tag} số ${i + 1}`,
        ...(roundId ? { roundId } : {}),
      },
    }));
  }

  /** Submits the nomination and attaches the papers its title requires (the officer's check asks for them). */
  async submit(n: Nomination): Promise<string> {
    const client = await this.as(n.unitHead);
    const answer = await client.send('POST', '/api/v1/proposals', { ...n.body, clientKey: n.clientKey });
    if (answer.status !== 201 && answer.status !== 200) throw new Error(`submit ${n.clientKey}: ${answer.status} ${JSON.stringify(answer.body)}`);
    const id = answer.body.id as string;
    for (const kind of requiredPapersOf(n.body.title as string)) {
      const form = new FormData();
      form.append('kind', kind);
      const paper = paperPdf(`${id}-${kind.toLowerCase()}`);
      form.append('file', new Blob([new Uint8Array(paper.bytes)], { type: paper.type }), paper.name);
      const attached = await client.send('POST', `/api/v1/proposals/${id}/documents`, form);
      if (attached.status !== 201 && attached.status !== 200) throw new Error(`paper ${kind} of ${id}: ${attached.status} ${JSON.stringify(attached.body)}`);
    }
    return id;
  }

  async createRound(): Promise<string> {
    const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
    const res = await this.act('canbo.vp', '/api/v1/rounds', { name: 'Đợt xét khen thưởng tổng kết năm 2026', kind: 'YEAR_END', year: 2026, nominationDeadline: today });
    return res.body.round.id as string;
  }

  async statuses(ids: string[]): Promise<Map<string, string>> {
    const rows: { id: string; status: string }[] = await this.stack.db.query(`SELECT id, status FROM proposal WHERE id = ANY($1)`, [ids]);
    return new Map(rows.map((r) => [r.id, r.status]));
  }

  /** Waits until every proposal is in one of the statuses; the message lists the stragglers. */
  async reach(ids: string[], statuses: string[], timeoutMs = 180_000): Promise<void> {
    let lagging: string[] = [];
    try {
      await eventually(async () => {
        const now = await this.statuses(ids);
        lagging = ids.filter((id) => !statuses.includes(now.get(id) ?? 'MISSING')).map((id) => `${id}:${now.get(id) ?? 'MISSING'}`);
        return lagging.length === 0 ? true : undefined;
      }, `proposals to reach ${statuses.join('/')}`, timeoutMs);
    } catch (error) {
      throw new Error(`${(error as Error).message}; still elsewhere: ${lagging.join(', ')}`, { cause: error });
    }
  }

  async roundStatus(roundId: string): Promise<string> {
    const [row] = await this.stack.db.query(`SELECT status FROM round WHERE id = $1`, [roundId]);
    return row?.status as string;
  }

  reachRound(roundId: string, status: string, timeoutMs = 180_000): Promise<true> {
    return eventually(async () => ((await this.roundStatus(roundId)) === status ? true : undefined), `round ${status}`, timeoutMs);
  }

  async completeAll(ids: string[]): Promise<void> {
    for (const id of ids) await this.act('canbo.vp', `/api/v1/proposals/${id}/complete`);
  }

  async castRoundBallots(roundId: string): Promise<void> {
    for (const user of VOTERS) await this.act(user, `/api/v1/rounds/${roundId}/ballots`, { defaultChoice: 'AGREE', exceptions: [] });
  }

  async vote(id: string): Promise<void> {
    for (const user of VOTERS) await this.act(user, `/api/v1/proposals/${id}/votes`, { choice: 'AGREE' });
  }

  /** An ad-hoc proposal from its submission to the chairman's decision (its papers follow). */
  async toDecision(id: string, options: { vote?: boolean } = {}): Promise<void> {
    if (options.vote !== false) {
      await this.reach([id], ['SUBMITTED']);
      await this.act('canbo.vp', `/api/v1/proposals/${id}/complete`);
      await this.vote(id);
    }
    await this.act('chutich', `/api/v1/proposals/${id}/council/close`);
    await this.reach([id], ['AWAITING_DECISION']);
    await this.act('chutich', `/api/v1/proposals/${id}/decision`, { approve: true });
  }

  /** A round from nominations to the council session, with every ballot cast (not closed). */
  async roundToBallots(count: number): Promise<{ roundId: string; ids: string[] }> {
    const roundId = await this.createRound();
    const ids: string[] = [];
    for (const n of this.nominations(count, roundId)) ids.push(await this.submit(n));
    await this.reach(ids, ['SUBMITTED']);
    await this.completeAll(ids);
    await this.reach(ids, ['AWAITING_COUNCIL']);
    await this.act('canbo.vp', `/api/v1/rounds/${roundId}/close-nominations`);
    await this.act('canbo.vp', `/api/v1/rounds/${roundId}/council/open`);
    await this.reach(ids, ['IN_COUNCIL_REVIEW']);
    await this.castRoundBallots(roundId);
    return { roundId, ids };
  }
}

/** Milliseconds since `from`, for the figures a scenario reports. */
export const since = (from: number) => Date.now() - from;
