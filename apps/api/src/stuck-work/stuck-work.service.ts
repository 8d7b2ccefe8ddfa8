import { Injectable } from '@nestjs/common';
import { vietnamDateOf } from '@khenthuong/domain';
import type { RequestActor } from '../auth/actor';
import { TemporalClientHolder } from '../temporal/temporal-client.provider';
import { StuckWorkRepository, type StuckKind, type StuckReason } from '@khenthuong/persistence';

/** An activity retried more than this many times counts as stuck (it may still succeed on its own). */
export const RETRY_ATTEMPTS_STUCK = 3;
/** Workflows described per sample, the sample's lifetime and each describe's deadline: /health never waits on them. */
const SAMPLE_SIZE = 20;
const SAMPLE_TTL_MS = 30_000;
const DESCRIBE_TIMEOUT_MS = 2_000;

export interface StuckItem {
  kind: StuckKind;
  id: string;
  name: string;
  status: string;
  reason: StuckReason | 'RETRYING';
  /** Plain Vietnamese for the officer. */
  reasonVi: string | null;
  since: Date;
  attempts: number | null;
}

interface Retrying {
  kind: StuckKind;
  id: string;
  bodyId: string;
  name: string;
  attempts: number;
  since: Date;
}

const withTimeout = <T>(promise: Promise<T>, ms: number): Promise<T> =>
  Promise.race([promise, new Promise<T>((_, reject) => setTimeout(() => reject(new Error('timed out')), ms).unref())]);

/**
 * The stuck-work detector: proposals, rounds and revocations that need a person ("cần xử lý"), have not moved for
 * longer than their stage allows (read model), or whose pending activity has failed more than
 * RETRY_ATTEMPTS_STUCK times (Temporal's describe(), sampled over the oldest in system stages and cached).
 */
@Injectable()
export class StuckWorkService {
  private sample: { at: number; retrying: Retrying[] } | null = null;
  private sampling: Promise<void> | null = null;

  constructor(
    private readonly repository: StuckWorkRepository,
    private readonly temporal: TemporalClientHolder,
  ) {}

  /** The officer's "Việc bị kẹt / cần xử lý" list for the body. */
  async forBody(actor: RequestActor): Promise<StuckItem[]> {
    const [rows] = await Promise.all([this.repository.list(actor.bodyId, vietnamDateOf(new Date())), this.refresh(true)]);
    const listed = new Set(rows.map((r) => r.id));
    const items: StuckItem[] = rows.map((r) => ({
      kind: r.kind, id: r.id, name: r.name, status: r.status, reason: r.reason, reasonVi: r.needs_attention_reason, since: new Date(r.since), attempts: null,
    }));
    for (const r of this.sample?.retrying ?? []) {
      if (r.bodyId === actor.bodyId && !listed.has(r.id)) items.push({ kind: r.kind, id: r.id, name: r.name, status: '', reason: 'RETRYING', reasonVi: null, since: r.since, attempts: r.attempts });
    }
    return items;
  }

  /** Counts for /health: bounded queries and the last cached sample (a stale one is refreshed in the background). */
  async counts(): Promise<{ needsAttention: number; stalled: number; retrying: number; sampledAt: string | null }> {
    void this.refresh(false);
    const rows = await this.repository.list(null, vietnamDateOf(new Date()));
    return {
      needsAttention: rows.filter((r) => r.reason === 'NEEDS_ATTENTION').length,
      stalled: rows.filter((r) => r.reason !== 'NEEDS_ATTENTION').length,
      retrying: this.sample?.retrying.length ?? 0,
      sampledAt: this.sample ? new Date(this.sample.at).toISOString() : null,
    };
  }

  private refresh(wait: boolean): Promise<void> {
    if (this.sample && Date.now() - this.sample.at < SAMPLE_TTL_MS) return Promise.resolve();
    this.sampling ??= this.takeSample().finally(() => {
      this.sampling = null;
    });
    return wait ? withTimeout(this.sampling, DESCRIBE_TIMEOUT_MS + 1_000).catch(() => undefined) : Promise.resolve();
  }

  private async takeSample(): Promise<void> {
    const candidates = await this.repository.inSystemStages(SAMPLE_SIZE).catch(() => []);
    const described = await Promise.all(
      candidates.map(async (c) => {
        try {
          const description = await withTimeout(this.temporal.client.workflow.getHandle(c.workflow_id).describe(), DESCRIBE_TIMEOUT_MS);
          const pending = description.raw.pendingActivities ?? [];
          const attempts = Math.max(0, ...pending.map((a) => a.attempt ?? 0));
          return attempts > RETRY_ATTEMPTS_STUCK ? { kind: c.kind, id: c.id, bodyId: c.body_id, name: c.name, attempts, since: new Date() } : null;
        } catch {
          return null;
        }
      }),
    );
    this.sample = { at: Date.now(), retrying: described.filter((d): d is Retrying => d !== null) };
  }
}
