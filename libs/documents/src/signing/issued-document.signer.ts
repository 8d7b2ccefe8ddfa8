import { addPadesSignature, completePadesSignature, preparePadesSignature, type PendingPadesSignature } from './pades.signer';
import type { PdfRect } from './pdf-signature-field';
import { placeSignatures } from './signature-placement';
import type { HashSigner, TimestampAuthority } from './signing.port';
import type { IssuingKeyRing } from './signing-keys';

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
  /** The issuing body's code: whose keys sign it. */
  bodyCode: string;
  /** "Quyết định số 12/QĐ-UBND": what a remote service shows the signer. */
  label: string;
  signerRole: CompetentSignerRole;
  signerName: string;
  agencyName: string;
  placeName: string;
}

/** A paper waiting for its competent person's signature: what is stored until the signer answers. */
export interface PendingPersonSignature extends PendingPadesSignature {
  /** Where the agency's seal goes once the person has signed. */
  pageIndex: number;
  sealRect: PdfRect;
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
  /** One set of keys for every body, or each body's own (SigningKeysMissingError when it has none). */
  constructor(
    private readonly keys: IssuingKeys | IssuingKeyRing,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async sign(pdf: Buffer, paper: IssuedPaper): Promise<Buffer> {
    const keys = this.keysOf(paper);
    const person = keys.person(paper.signerRole);
    const placement = await placeSignatures(pdf, person.signatureImage, keys.agency.sealDiameterMm);
    const signedByPerson = await addPadesSignature(pdf, {
      ...this.personField(keys, paper, placement.pageIndex, placement.person), signer: person.signer, timestampAuthority: keys.timestampAuthority, documentLabel: paper.label,
    });
    return this.sealByAgency(keys, signedByPerson, paper, placement.pageIndex, placement.seal);
  }

  /**
   * For a person who signs on a device of their own (a remote signing service): the person's field
   * with their signature image, and the digest their key must sign; `chain` is their certificate chain.
   */
  async preparePerson(pdf: Buffer, paper: IssuedPaper, chain: Buffer[]): Promise<PendingPersonSignature> {
    const keys = this.keysOf(paper);
    const placement = await placeSignatures(pdf, keys.person(paper.signerRole).signatureImage, keys.agency.sealDiameterMm);
    const pending = await preparePadesSignature(pdf, { ...this.personField(keys, paper, placement.pageIndex, placement.person), chain });
    return { ...pending, pageIndex: placement.pageIndex, sealRect: placement.seal };
  }

  /** Embeds the person's returned signature (checked against `chain`), then the agency signs as in `sign`. */
  async completePerson(pending: PendingPersonSignature, paper: IssuedPaper, chain: Buffer[], signature: Buffer): Promise<Buffer> {
    const keys = this.keysOf(paper);
    const signedByPerson = await completePadesSignature(pending, { chain, signature, timestampAuthority: keys.timestampAuthority });
    return this.sealByAgency(keys, signedByPerson, paper, pending.pageIndex, pending.sealRect);
  }

  private keysOf(paper: IssuedPaper): IssuingKeys {
    return 'keysOf' in this.keys ? this.keys.keysOf(paper.bodyCode) : this.keys;
  }

  private personField(keys: IssuingKeys, paper: IssuedPaper, pageIndex: number, rect: PdfRect) {
    const image = keys.person(paper.signerRole).signatureImage;
    return {
      fieldName: PERSON_SIGNATURE_FIELD, pageIndex, rect, image, location: paper.placeName,
      signerName: paper.signerName, reason: `Ký ban hành ${paper.label}`, signingTime: this.now(),
    };
  }

  private sealByAgency(keys: IssuingKeys, signedByPerson: Buffer, paper: IssuedPaper, pageIndex: number, rect: PdfRect): Promise<Buffer> {
    const { agency, timestampAuthority } = keys;
    return addPadesSignature(signedByPerson, {
      signer: agency.signer, timestampAuthority, documentLabel: paper.label, location: paper.placeName, pageIndex,
      fieldName: AGENCY_SIGNATURE_FIELD, rect, image: agency.sealImage,
      signerName: paper.agencyName, reason: `Văn thư ký số của cơ quan, ${paper.label}`, signingTime: this.now(),
    });
  }
}
