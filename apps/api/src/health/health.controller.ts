import { Controller, Get, Res } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { HealthQueries } from '@khenthuong/persistence';
import { Public } from '../auth/auth.decorators';
import { StuckWorkService } from '../stuck-work/stuck-work.service';
import { TemporalClientHolder } from '../temporal/temporal-client.provider';

// The worker reports every 15 s; three missed reports mean it (or its browser) is gone.
const HEARTBEAT_STALE_MS = 45_000;

interface Check {
  ok: boolean;
  detail?: unknown;
}

/** Liveness of what a proposal needs: the database, Temporal, and the worker's browser. */
@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly queries: HealthQueries,
    private readonly temporal: TemporalClientHolder,
    private readonly stuckWork: StuckWorkService,
  ) {}

  @Public()
  @Get()
  @ApiOkResponse({ description: 'Cơ sở dữ liệu, Temporal và trình duyệt của worker đều sẵn sàng.' })
  @ApiServiceUnavailableResponse({ description: 'Có thành phần chưa sẵn sàng (xem checks).' })
  async health(@Res({ passthrough: true }) res: Response) {
    const [database, temporal, browser, stuckWork] = await Promise.all([this.database(), this.temporalCheck(), this.browser(), this.stuckWorkCheck()]);
    // Stuck work is for people to act on; the service itself still answers, so it does not make /health fail.
    const ok = database.ok && temporal.ok && browser.ok;
    res.status(ok ? 200 : 503);
    return { status: ok ? 'ok' : 'degraded', checks: { database, temporal, browser, stuckWork } };
  }

  private async database(): Promise<Check> {
    return this.queries.ping().then(
      () => ({ ok: true }),
      (e: Error) => ({ ok: false, detail: e.message }),
    );
  }

  private async temporalCheck(): Promise<Check> {
    return this.temporal.ping().then(
      () => ({ ok: true }),
      (e: Error) => ({ ok: false, detail: e.message }),
    );
  }

  /** Proposals and rounds that need a person or have not moved for longer than their stage allows. */
  private async stuckWorkCheck(): Promise<Check> {
    return this.stuckWork.counts().then(
      (counts) => ({ ok: counts.needsAttention + counts.stalled + counts.retrying === 0, detail: counts }),
      (e: Error) => ({ ok: false, detail: e.message }),
    );
  }

  private async browser(): Promise<Check> {
    try {
      const row = await this.queries.heartbeatOf('worker');
      if (!row) return { ok: false, detail: 'no worker has reported yet' };
      const ageMs = Date.now() - new Date(row.reported_at).getTime();
      return { ok: row.ok && ageMs < HEARTBEAT_STALE_MS, detail: { ...row.details, reportedAt: row.reported_at, ageMs } };
    } catch (e) {
      return { ok: false, detail: (e as Error).message };
    }
  }
}
