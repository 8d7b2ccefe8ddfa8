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

/** Rendering of the plan on the documents queue; a retry finds the stored document and renders nothing again. */
export interface PlanDocumentActivities {
  issuePlanDocument(input: { bodyId: string; planId: string }): Promise<IssuedPlanDocument>;
}

/** Business id of the one workflow that issues a plan's year-end summary report (Số: nn/BC-UBND). */
export const planSummaryWorkflowId = (planId: string): string => `plan-summary-${planId}`;
/** Business id of the workflow printing a plan's registration list; a later start prints the list anew. */
export const planRegistrationListWorkflowId = (planId: string): string => `plan-registrations-${planId}`;

/**
 * What the summary report says, assembled by the api from the plan's progress and candidates at the
 * moment it is asked for (the workflow history keeps exactly what was printed). The worker adds the
 * number, the date, the header and the signer.
 */
export interface PlanSummaryContent {
  /** 'Tổng kết phong trào thi đua năm 2024' */
  subjectLine: string;
  introParagraphs: string[];
  targets: Array<{
    name: string;
    targetText: string;
    targetValue: number;
    actualText: string;
    percent: number | null;
    met: boolean | null;
    points: Array<{ label: string; value: number }>;
    forecast: number | null;
  }>;
  evaluationParagraphs: string[];
}

export interface IssuePlanSummaryInput {
  planId: string;
  bodyId: string;
  requestedBy: string;
  content: PlanSummaryContent;
}

export interface PlanSummaryResult extends AssignedPlanNumber, IssuedPlanDocument {
  planId: string;
}

/** The registration list as printed: every registration and the units that have not registered. */
export interface RegistrationListContent {
  rows: Array<{ registrantName: string; kindName: string; unitName: string; titles: string; ownTargets: string; registeredOn: string; late: boolean }>;
  missingUnits: string[];
  /** 'Đã đăng ký: 2/16 đơn vị.' */
  completenessText: string;
}

export interface RenderRegistrationListInput {
  planId: string;
  bodyId: string;
  requestedBy: string;
  content: RegistrationListContent;
}

/** Numbering of the summary report on the proposals queue (idempotent like assignPlanNumber). */
export interface PlanSummaryActivities {
  assignSummaryNumber(input: { bodyId: string; planId: string }): Promise<AssignedPlanNumber>;
}

/** Rendering of the plan's other papers on the documents queue. */
export interface PlanPaperActivities {
  /** Renders once: a retry or a later run finds the stored report. */
  issuePlanSummary(input: { bodyId: string; planId: string; content: PlanSummaryContent }): Promise<IssuedPlanDocument>;
  /** Renders every time it is asked (the list changes as units register); the plan keeps the latest. */
  renderRegistrationList(input: { bodyId: string; planId: string; content: RegistrationListContent }): Promise<IssuedPlanDocument>;
}
