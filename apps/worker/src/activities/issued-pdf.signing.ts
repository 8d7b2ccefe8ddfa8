import { ApplicationFailure } from '@temporalio/common';
import { SignatureRefusedError, SigningKeysMissingError, type CompetentSignerRole, type IssuedDocumentSigner, type IssuedPaper } from '@khenthuong/documents';
import { ActivityFailureType } from '@khenthuong/temporal';

export interface IssuedPdfFacts {
  /** "Quyết định số 12/QĐ-UBND": what the signer approves. */
  label: string;
  /** As printed under the signature: its position line ("CHỦ TỊCH", "PHÓ CHỦ TỊCH") and name. */
  signer: { positionLine: string; name: string };
  body: { code: string; name: string; placeName: string };
}

/**
 * The step between rendering and archiving: the competent person signs, then the agency. Without a
 * signer (tests of layout only) the paper is archived as rendered. The archive's SHA-256 is then of
 * the signed file; a signer's refusal, or a body with no keys, cannot succeed on retry and goes to a person.
 */
export async function signIssuedPdf(signer: IssuedDocumentSigner | undefined, pdf: Buffer, facts: IssuedPdfFacts): Promise<Buffer> {
  if (!signer) return pdf;
  try {
    return await signer.sign(pdf, issuedPaperOf(facts));
  } catch (error) {
    throw signingFailure(error, facts.label);
  }
}

/** The failure a person is asked about for a signature that cannot be made; any other error as it came. */
export function signingFailure(error: unknown, label?: string): unknown {
  const message = (e: Error) => (label ? `${label}: ${e.message}` : e.message);
  if (error instanceof SignatureRefusedError) return ApplicationFailure.create({ type: 'SIGNATURE_REFUSED', message: message(error), nonRetryable: true, cause: error });
  if (error instanceof SigningKeysMissingError) {
    return ApplicationFailure.create({ type: ActivityFailureType.SIGNING_KEYS_MISSING, message: message(error), nonRetryable: true, cause: error });
  }
  return error;
}

export function issuedPaperOf(facts: IssuedPdfFacts): IssuedPaper {
  return { bodyCode: facts.body.code, label: facts.label, signerRole: competentRole(facts.signer.positionLine), signerName: facts.signer.name, agencyName: facts.body.name, placeName: facts.body.placeName };
}

/** A vice-chairman signs "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH" with their own key; everyone else printed as CHỦ TỊCH uses the chairman's. */
export function competentRole(positionLine: string): CompetentSignerRole {
  return /PHÓ CHỦ TỊCH/i.test(positionLine) ? 'VICE_CHAIRMAN' : 'CHAIRMAN';
}
