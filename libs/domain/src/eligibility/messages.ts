import { RecipientKind } from '../awards/award-title';
import { DomainErrorCode, RuleViolation, withCitation } from '../shared/domain-error';
import { EligibilityWarning, EligibilityWarningCode, Refusal } from './eligibility.types';

export const RECIPIENT_KIND_NAMES_VI: Readonly<Record<RecipientKind, string>> = {
  INDIVIDUAL: 'cá nhân',
  COLLECTIVE: 'tập thể',
  HOUSEHOLD: 'hộ gia đình',
  RESIDENTIAL_GROUP: 'tổ dân phố',
};

function violation<C extends string>(code: C, messageVi: string, citation: string): RuleViolation<C> {
  return { code, messageVi: withCitation(messageVi, citation), citation };
}

export const refusal = (code: DomainErrorCode, messageVi: string, citation: string): Refusal => violation(code, messageVi, citation);

export const warning = (code: EligibilityWarningCode, messageVi: string, citation: string): EligibilityWarning =>
  violation(code, messageVi, citation);
