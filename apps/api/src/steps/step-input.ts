import type { UpdateDefinition } from '@temporalio/common';
import type { StepDescription } from '@khenthuong/temporal';
import { ApiError, ApiErrorCode } from '../common/api-error';

/** How a page form's posted fields become the step's input, where the form differs from the REST body. */
export interface StepPageForm<Form extends object = object, Input extends object = object> {
  /** The form's DTO (strings as a browser sends them, Vietnamese messages). */
  readonly form: new () => Form;
  /** The posted body as the form's DTO expects it (e.g. numbered rows gathered into a list). */
  read?(body: unknown): unknown;
  /** The valid form as the step's input; without it the form is the input. */
  toInput?(form: Form): Input;
}

/**
 * The part of a step's description the api needs beyond its roles: its address (`…/steps/<slug>` in
 * the REST api, `…/buoc/<slug>` on the pages), its input and how that input becomes the argument of
 * its Update. Kept out of libs/temporal so the workflow bundle never loads class-validator.
 */
export interface StepInput<Input extends object = object> {
  /** Kebab-case, unique within its workflow kind. */
  readonly slug: string;
  /** The REST body's DTO (class-validator, Vietnamese messages); the page form's too unless `page` says otherwise. */
  readonly input: new () => Input;
  /** The Update it runs, when the step has several (its bulk variant); otherwise the step's first. */
  readonly update?: UpdateDefinition<unknown, unknown[]>;
  /** The Update's argument beside the actor, where it is not the input as it is. */
  toArgs?(input: Input): object;
  readonly page?: StepPageForm<object, Input>;
  /**
   * Performed by routes of its own, not the generic ones: it needs more than its input (an upload, a
   * sealed ballot, papers checked first, an id in the path).
   */
  readonly ownRoute?: true;
  /** Performed by the generic REST route, but its page form is a page of its own (the round's decision list). */
  readonly ownPage?: true;
}

/** Where a generic route serves: the REST api or the pages. */
export type StepSurface = 'rest' | 'page';

/** Typed at each entry, so `toArgs` and `page` see the entry's own DTOs. */
export function stepInput<Input extends object, Form extends object = Input>(input: Omit<StepInput<Input>, 'page'> & { page?: StepPageForm<Form, Input> }): StepInput {
  return input as unknown as StepInput;
}

/** One step as the generic routes perform it. */
export interface RoutedStep<K extends string = string> {
  /** The catalogue's key: the page's notice after it is taken uses it. */
  readonly key: K;
  readonly description: StepDescription;
  readonly input: StepInput;
  /** Its Update, taking one argument: the actor beside the input (stepArgs). */
  readonly update: UpdateDefinition<unknown, [object]>;
}

/** A workflow kind's steps by address: the descriptions joined with their inputs. */
export class StepCatalogue<K extends string = string> {
  private readonly bySlug = new Map<string, RoutedStep<K>>();

  constructor(
    readonly kind: 'proposal' | 'round',
    descriptions: Readonly<Record<K, StepDescription>>,
    inputs: Readonly<Record<K, StepInput | readonly StepInput[]>>,
  ) {
    for (const key of Object.keys(descriptions) as K[]) {
      const description = descriptions[key];
      for (const input of ([] as StepInput[]).concat(inputs[key])) {
        if (this.bySlug.has(input.slug)) throw new Error(`${kind} step slug ${input.slug} is used twice`);
        const update = (input.update ?? description.updates[0]) as UpdateDefinition<unknown, [object]>;
        this.bySlug.set(input.slug, { key, description, input, update });
      }
    }
  }

  /** Every step with its address, including those performed by routes of their own. */
  all(): RoutedStep<K>[] {
    return [...this.bySlug.values()];
  }

  /** The step the generic route of `surface` performs at this address; not found for an unknown one or one with routes of its own. */
  generic(slug: string, surface: StepSurface = 'rest'): RoutedStep<K> {
    const step = this.bySlug.get(slug);
    if (!step || step.input.ownRoute || (surface === 'page' && step.input.ownPage)) throw new ApiError(ApiErrorCode.NOT_FOUND, `no ${this.kind} step at ${slug} (${surface})`);
    return step;
  }
}

/** The Update's argument: the actor beside the input (or what `toArgs` makes of it). */
export function stepArgs(step: RoutedStep, actor: object, input: object): object {
  return { actor, ...(step.input.toArgs ? step.input.toArgs(input) : input) };
}
