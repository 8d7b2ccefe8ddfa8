import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROPOSAL_STEPS, ROUND_STEPS, type StepDescription } from '@khenthuong/temporal';
import { ApiError, ApiErrorCode } from '../common/api-error';
import { PROPOSAL_STEP_ROUTES } from '../proposals/proposal.step-inputs';
import { ROUND_STEP_ROUTES } from '../rounds/round.step-inputs';
import { pageStepInput, restStepInput } from './step-body';
import { NoStepInput } from './step-forms';
import { StepCatalogue, type RoutedStep } from './step-input';

const catalogues: [string, StepCatalogue, Readonly<Record<string, StepDescription>>, string][] = [
  ['proposal', PROPOSAL_STEP_ROUTES, PROPOSAL_STEPS, '/ho-so/{{id}}/buoc/'],
  ['round', ROUND_STEP_ROUTES, ROUND_STEPS, '/dot/{{id}}/buoc/'],
];
const template = (kind: string) => readFileSync(join(__dirname, '..', 'web', 'views', 'pages', `${kind}.hbs`), 'utf8');

function refusal(run: () => unknown): ApiError | undefined {
  try {
    run();
  } catch (error) {
    return error as ApiError;
  }
  return undefined;
}

describe.each(catalogues)('the %s steps by address', (kind, catalogue, descriptions, pageAddress) => {
  it('gives every described step an address and an input DTO', () => {
    const addressed = new Set(catalogue.all().map((step) => step.key));
    expect(Object.keys(descriptions).filter((key) => !addressed.has(key))).toEqual([]);
    for (const step of catalogue.all()) {
      expect(step.input.slug).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(step.input.input).toBeInstanceOf(Function);
      expect(step.description.updates).toContain(step.update);
    }
  });

  it('uses each address and each Update once', () => {
    const slugs = catalogue.all().map((step) => step.input.slug);
    const updates = catalogue.all().map((step) => step.update.name);
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(new Set(updates).size).toBe(updates.length);
  });

  it('has a form on its page posting to the generic address for every step the page route performs', () => {
    const page = template(kind);
    const onPage = catalogue.all().filter((step) => !step.input.ownRoute && !step.input.ownPage);
    expect(onPage.filter((step) => !page.includes(`action="${pageAddress}${step.input.slug}"`)).map((step) => step.key)).toEqual([]);
  });

  it('finds no step at an unknown address, nor one that has routes of its own', () => {
    expect(refusal(() => catalogue.generic('no-such-step'))?.code).toBe(ApiErrorCode.NOT_FOUND);
    for (const step of catalogue.all().filter((s) => s.input.ownRoute)) {
      expect(refusal(() => catalogue.generic(step.input.slug))?.code).toBe(ApiErrorCode.NOT_FOUND);
    }
  });
});

describe('a catalogue', () => {
  it('refuses two steps at one address', () => {
    const step = PROPOSAL_STEPS.WITHDRAW;
    expect(() => new StepCatalogue('proposal', { A: step, B: step }, { A: { slug: 'same', input: NoStepInput }, B: { slug: 'same', input: NoStepInput } })).toThrow(
      /same is used twice/,
    );
  });

  it('performs the round decision by REST only: its page form is a page of its own', () => {
    expect(ROUND_STEP_ROUTES.generic('decide', 'rest').key).toBe('DECIDE');
    expect(refusal(() => ROUND_STEP_ROUTES.generic('decide', 'page'))?.code).toBe(ApiErrorCode.NOT_FOUND);
  });
});

describe('a step input', () => {
  const decide: RoutedStep = PROPOSAL_STEP_ROUTES.generic('decide');

  it('refuses a REST body with the DTO’s Vietnamese message per field, and an unknown field', async () => {
    const error = await restStepInput(decide, { approve: 'có', extra: 1 }).catch((e: ApiError) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).fields).toEqual(
      expect.arrayContaining([
        { field: 'approve', messages: ['Trường approve phải là true hoặc false.'] },
        { field: 'extra', messages: ['Trường này không được phép gửi lên.'] },
      ]),
    );
  });

  it('refuses a REST body that is not an object', async () => {
    const error = await restStepInput(decide, ['APPROVE']).catch((e: ApiError) => e);
    expect((error as ApiError).code).toBe(ApiErrorCode.VALIDATION_FAILED);
  });

  it('takes no field for a step without input, on the REST api and the page', async () => {
    const close = PROPOSAL_STEP_ROUTES.generic('resend-signature-request');
    expect(await restStepInput(close, {})).toEqual({});
    expect(await restStepInput(close, undefined)).toEqual({});
    expect(((await restStepInput(close, { attempt: 2 }).catch((e: ApiError) => e)) as ApiError).fields).toEqual([
      { field: 'attempt', messages: ['Trường này không được phép gửi lên.'] },
    ]);
    expect(await pageStepInput(close, { _csrf: 't' })).toEqual({ ok: true, value: {} });
    expect(await pageStepInput(close, { _csrf: 't', attempt: '2' })).toEqual({ ok: false, problems: [{ field: 'attempt', messages: ['Trường này không được phép gửi lên.'] }] });
  });

  it('makes a page form the step’s input', async () => {
    expect(await pageStepInput(decide, { _csrf: 't', decision: 'REJECT', reason: 'Chưa đủ thành tích' })).toEqual({
      ok: true,
      value: { approve: false, reason: 'Chưa đủ thành tích' },
    });
    const missing = await pageStepInput(decide, { decision: 'REJECT' });
    expect(missing).toEqual({ ok: false, problems: [{ field: 'reason', messages: ['Vui lòng nêu lý do không khen thưởng.'] }] });
  });

  it('gathers the numbered rows of the return form into its list', async () => {
    const form = await pageStepInput(PROPOSAL_STEP_ROUTES.generic('return-for-papers', 'page'), { paper1: 'Báo cáo thành tích', reason1: 'Thiếu chữ ký', paper2: '', reason2: '' });
    expect(form.ok && JSON.parse(JSON.stringify(form.value))).toEqual({ items: [{ paper: 'Báo cáo thành tích', reason: 'Thiếu chữ ký' }] });
  });
});
