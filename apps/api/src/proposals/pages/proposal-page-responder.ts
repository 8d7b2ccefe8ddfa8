import { Injectable } from '@nestjs/common';
import type { Response } from 'express';
import type { WebRequest } from '../../auth/web-session';
import type { FieldProblem } from '../../common/api-error';
import type { FormResult } from '../../web/form';
import { answerForm, refuseForm, type FormPage } from '../../web/form-refusal';
import { GlobalExceptionFilter } from '../../common/global-exception.filter';
import type { DONE_NOTICES_VI } from '../../web/page-query.dto';
import { PageRenderer } from '../../web/page-renderer';
import { ProposalView } from './proposal-view';

export type ActionKey = keyof typeof DONE_NOTICES_VI;

export interface PageMessages {
  notice?: string;
  error?: string;
  errorList?: string[];
  errorAction?: ActionKey;
}

/**
 * How every form of the proposal page answers: post/redirect/get on success; on a refusal the page
 * again, with the status and Vietnamese message the API would give.
 */
@Injectable()
export class ProposalPageResponder {
  constructor(
    private readonly view: ProposalView,
    private readonly pages: PageRenderer,
    private readonly errors: GlobalExceptionFilter,
  ) {}

  act(req: WebRequest, res: Response, id: string, action: ActionKey, run: () => Promise<unknown>): Promise<void> {
    return answerForm(this.errors, req, res, this.formPage(req, res, id, action), run);
  }

  /** A parsed form: refused with one message per field, or acted on with its value. */
  submit<T>(req: WebRequest, res: Response, id: string, action: ActionKey, form: FormResult<T>, run: (value: T) => Promise<unknown>): Promise<void> {
    if (!form.ok) return this.refuse(req, res, id, action, form.problems);
    return this.act(req, res, id, action, () => run(form.value));
  }

  refuse(req: WebRequest, res: Response, id: string, action: ActionKey, problems: FieldProblem[]): Promise<void> {
    return refuseForm(this.formPage(req, res, id, action), problems);
  }

  async render(req: WebRequest, res: Response, id: string, messages: PageMessages, status: number): Promise<void> {
    const model = await this.view.build(req.actor!, id);
    await this.pages.send(req, res, 'proposal', model.heading, { ...model, ...messages }, status);
  }

  private formPage(req: WebRequest, res: Response, id: string, action: ActionKey): FormPage {
    return {
      doneUrl: `/ho-so/${id}?done=${action}`,
      showRefusal: ({ error, errorList, status }) => this.render(req, res, id, { error, errorList, errorAction: action }, status),
    };
  }
}
