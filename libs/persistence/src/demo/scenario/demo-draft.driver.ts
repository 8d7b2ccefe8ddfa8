import { AwardTitle } from '@khenthuong/domain';
import type { DemoContext } from './demo-context';

/** The client key of the kindergarten's draft, for the walks that look for it. */
export const DEMO_DRAFT_KEY = 'draft-mn-ldtt-yen';

/**
 * The kindergarten's nomination begun but not sent: a draft for this year's round, saved once (by its
 * client key) as the unit head saves one from the form; only the unit and the officer see it.
 */
export async function ensureDraft(ctx: DemoContext, currentRoundId: string): Promise<void> {
  const unit = await ctx.as('truong.mamnon');
  await unit.must('POST', '/api/v1/proposal-drafts', {
    clientKey: ctx.clientKey(DEMO_DRAFT_KEY),
    title: AwardTitle.LAO_DONG_TIEN_TIEN,
    year: ctx.year,
    nomineePersonId: await ctx.personId('Kiều Thị Yến'),
    roundId: currentRoundId,
    achievement: `Hoàn thành tốt nhiệm vụ chăm sóc, giáo dục trẻ năm học ${ctx.year - 1} - ${ctx.year}`,
  });
}
