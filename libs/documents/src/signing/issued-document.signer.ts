import { addPadesSignature } from './pades.signer';
import { placeSignatures } from './signature-placement';
import type { HashSigner, TimestampAuthority } from './signing.port';

/** Who signs for the body: the chairman, or a vice-chairman on the chairman's behalf (KT. CHỦ TỊCH). */
export type CompetentSignerRole = 'CHAIRMAN' | 'VICE_CHAIRMAN';

export interface PersonKey {
  signer: HashSigner;
  /** Their handwritten signature, blue, transparent PNG. */
  signatureImage: Buffer;
}

export interface IssuingKeys {
  person(role: CompetentSignerRole): PersonKey;
  agency: { signer: HashSigner; sealImage: Buffer; sealDiameterMm: number };
  timestampAuthority: TimestampAuthority;
}

export interface IssuedPaper {
  /** "Quyết định số 12/QĐ-UBND": what a remote service shows the signer. */
  label: string;
  signerRole: CompetentSignerRole;
  signerName: string;
  agencyName: string;
  placeName: string;
}

/** Field names of the two signatures, as viewers list them. */
export const PERSON_SIGNATURE_FIELD = 'ChuKyNguoiCoThamQuyen';
export const AGENCY_SIGNATURE_FIELD = 'ChuKyCoQuan';

/**
 * Signs an issued paper in the order the decree on clerical work sets: the competent person first
 * (signature image at the signature position), then the agency (the seal over the left third of
 * the person's signature), the second as an incremental update that leaves the first valid.
 */
export class IssuedDocumentSigner {
  constructor(
    private readonly keys: IssuingKeys,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async sign(pdf: Buffer, paper: IssuedPaper): Promise<Buffer> {
    const person = this.keys.person(paper.signerRole);
    const { agency, timestampAuthority } = this.keys;
    const placement = await placeSignatures(pdf, person.signatureImage, agency.sealDiameterMm);
    const common = { timestampAuthority, documentLabel: paper.label, location: paper.placeName, pageIndex: placement.pageIndex };
    const signedByPerson = await addPadesSignature(pdf, {
      ...common, signer: person.signer, fieldName: PERSON_SIGNATURE_FIELD, rect: placement.person, image: person.signatureImage,
      signerName: paper.signerName, reason: `Ký ban hành ${paper.label}`, signingTime: this.now(),
    });
    return addPadesSignature(signedByPerson, {
      ...common, signer: agency.signer, fieldName: AGENCY_SIGNATURE_FIELD, rect: placement.seal, image: agency.sealImage,
      signerName: paper.agencyName, reason: `Văn thư ký số của cơ quan, ${paper.label}`, signingTime: this.now(),
    });
  }
}
