import { randomUUID } from 'node:crypto';
import { WorkflowUpdateFailedError, type WorkflowHandle } from '@temporalio/client';
import { AwardTitle, ruleSetById } from '@khenthuong/domain';
import { PROPOSAL_TASK_QUEUE, proposalStateQuery, proposalWorkflowId, ruleSetSnapshotOf, type Actor, type ProposalInput, type ProposalState } from '@khenthuong/temporal';
import { proposalWorkflow } from '../../src';
import type { TimeSkippingRig } from './time-skipping';

export const officer: Actor = { userId: 'officer', displayName: 'Cán bộ VP', roles: ['OFFICER'], unitId: null };
export const unitHead: Actor = { userId: 'head', displayName: 'Trưởng đơn vị', roles: ['UNIT_HEAD'], unitId: 'unit-1' };
export const chairman: Actor = { userId: 'chairman', displayName: 'Chủ tịch', roles: ['CHAIRMAN'], unitId: null };
export const viceChairman: Actor = { userId: 'vice', displayName: 'Phó Chủ tịch', roles: ['VICE_CHAIRMAN'], unitId: null };
export const member = (userId: string): Actor => ({ userId, displayName: `Thành viên ${userId}`, roles: ['COUNCIL_MEMBER'], unitId: null });

/** As the api does at submission: the rule set resolved with the body's overrides, snapshotted into the input. */
export function proposalInput(overrides: Partial<ProposalInput> = {}): ProposalInput {
  const input: ProposalInput = {
    proposalId: randomUUID(),
    bodyId: 'body-1',
    title: AwardTitle.TAP_THE_LAO_DONG_TIEN_TIEN,
    year: 2026,
    ruleSetId: 'TDKT-2026/ND152-2025',
    referenceDate: '2026-12-07',
    nominatingUnitId: 'unit-1',
    nominee: { kind: 'COLLECTIVE', name: 'Trạm Y tế', unitId: 'unit-1', personId: null, recusedUserIds: ['m5'] },
    achievement: 'Hoàn thành xuất sắc nhiệm vụ năm 2026',
    submittedBy: unitHead,
    ...overrides,
  };
  return { ...input, ruleSetSnapshot: input.ruleSetSnapshot ?? ruleSetSnapshotOf(ruleSetById(input.ruleSetId, input.ruleSetOverrides ?? {})) };
}

export async function startProposal(rig: TimeSkippingRig, input: ProposalInput): Promise<WorkflowHandle<typeof proposalWorkflow>> {
  return rig.env.client.workflow.start(proposalWorkflow, { taskQueue: PROPOSAL_TASK_QUEUE, workflowId: proposalWorkflowId(input.proposalId), args: [input] });
}

/** Polls the Query (real time, short) until `accept` holds: activities after a timer run at real speed. */
export async function stateWhen(handle: WorkflowHandle, accept: (s: ProposalState) => boolean, what: string): Promise<ProposalState> {
  let last: ProposalState | undefined;
  for (const deadline = Date.now() + 20_000; Date.now() < deadline; ) {
    last = await handle.query(proposalStateQuery);
    if (accept(last)) return last;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what}; last status ${last?.status}`);
}

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

/** 'accepted', or the failure type of the Update's refusal (the validator's error code). */
export async function refusalType(p: Promise<unknown>): Promise<string | undefined> {
  try {
    await p;
    return 'accepted';
  } catch (error) {
    return error instanceof WorkflowUpdateFailedError ? (error.cause as { type?: string })?.type : String(error);
  }
}
