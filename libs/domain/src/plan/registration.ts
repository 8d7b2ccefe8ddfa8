import { awardDefinition } from '../awards/award-catalogue';
import type { AwardTitle, RecipientKind } from '../awards/award-title';
import type { RuleSet } from '../rules/rule-set.types';
import { DomainError, DomainErrorCode, withCitation } from '../shared/domain-error';

/** Who registers (đăng ký thi đua): a collective (unit, residential group) or a person. */
export type RegistrantKind = 'UNIT' | 'PERSON';

const KINDS_OF: Readonly<Record<RegistrantKind, readonly RecipientKind[]>> = {
  UNIT: ['COLLECTIVE', 'RESIDENTIAL_GROUP'],
  PERSON: ['INDIVIDUAL'],
};

/**
 * A registrant may aim only at titles awarded to its kind: a unit at TTLĐTT or a collective Giấy
 * khen, a person at LĐTT or CSTĐCS (each title's recipients per its article, award catalogue).
 */
export function assertRegistrableTitles(kind: RegistrantKind, titles: readonly AwardTitle[], ruleSet: RuleSet): void {
  if (titles.length === 0) throw new DomainError(DomainErrorCode.INVALID_ARGUMENT, 'Cần đăng ký ít nhất một danh hiệu thi đua.');
  for (const title of titles) {
    const def = awardDefinition(title, ruleSet);
    if (!def.recipientKinds.some((k) => KINDS_OF[kind].includes(k))) {
      const who = kind === 'UNIT' ? 'tập thể' : 'cá nhân';
      throw new DomainError(
        DomainErrorCode.NOT_ELIGIBLE_RECIPIENT_KIND,
        withCitation(`Danh hiệu "${def.nameVi}" không xét tặng cho ${who}`, def.citation),
        def.citation,
      );
    }
  }
}

export interface ExpectedRegistrant {
  id: string;
  name: string;
}

export interface RegistrationFact {
  registrantId: string;
  registeredAt: Date;
}

export interface RegistrationCompleteness {
  registered: ExpectedRegistrant[];
  /** Expected registrants without a registration: those the officer reminds. */
  missing: ExpectedRegistrant[];
  /** Registered after the deadline (accepted by the officer, shown as late). */
  late: ExpectedRegistrant[];
  /** registered / expected, 0…1. */
  share: number;
}

/** Who of `expected` registered, who did not, who registered late (after the end of `deadline`). */
export function registrationCompleteness(expected: readonly ExpectedRegistrant[], registrations: readonly RegistrationFact[], deadlineEnd: Date): RegistrationCompleteness {
  const byId = new Map<string, RegistrationFact>();
  for (const r of registrations) {
    const seen = byId.get(r.registrantId);
    if (!seen || r.registeredAt < seen.registeredAt) byId.set(r.registrantId, r);
  }
  const registered = expected.filter((e) => byId.has(e.id));
  return {
    registered,
    missing: expected.filter((e) => !byId.has(e.id)),
    late: registered.filter((e) => byId.get(e.id)!.registeredAt.getTime() > deadlineEnd.getTime()),
    share: expected.length === 0 ? 1 : registered.length / expected.length,
  };
}
