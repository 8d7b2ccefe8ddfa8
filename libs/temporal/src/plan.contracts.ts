import type { IsoDate } from '@khenthuong/domain';

/** Business id of the one workflow that issues a plan's document: a second start finds it. */
export const planDocumentWorkflowId = (planId: string): string => `plan-document-${planId}`;

export interface IssuePlanDocumentInput {
  planId: string;
  bodyId: string;
  /** Who asked for it (the officer or the chairman), for the log. */
  requestedBy: string;
}

export interface AssignedPlanNumber {
  numberText: string;
  issuedOn: IsoDate;
  year: number;
}

export interface IssuedPlanDocument {
  sha256: string;
  sizeBytes: number;
}

export interface PlanDocumentResult extends AssignedPlanNumber, IssuedPlanDocument {
  planId: string;
}

/** Database activities of the plan, on the proposals task queue (idempotent: a retry numbers nothing twice). */
export interface PlanActivities {
  assignPlanNumber(input: { bodyId: string; planId: string }): Promise<AssignedPlanNumber>;
}

/** Rendering of the plan on DOCUMENTS_TASK_QUEUE; a retry finds the stored document and renders nothing again. */
export interface PlanDocumentActivities {
  issuePlanDocument(input: { bodyId: string; planId: string }): Promise<IssuedPlanDocument>;
}
