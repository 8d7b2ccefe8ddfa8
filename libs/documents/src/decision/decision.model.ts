import type { DocumentMetadataModel } from '../pdf/pdf.metadata';

/**
 * What the caller supplies to print a Quyết định khen thưởng of the ward chairman
 * (docs/documents.md §1). Every value is already formatted: numbers, dates, amounts and amounts in
 * words come from the domain layer; this library only lays them out. All text is escaped.
 */
export interface DecisionDocumentModel {
  /** PDF metadata title, e.g. 'Quyết định 01/QĐ-UBND khen thưởng Tập thể lao động tiên tiến 2026'. */
  documentTitle: string;

  /**
   * PDF metadata. Optional for callers written before it existed: then author is "Ủy ban nhân dân
   * {bodyName}", subject the subject line, and the dates are Chromium's.
   */
  metadata?: DocumentMetadataModel;

  /** Issuing body, upper case, under "ỦY BAN NHÂN DÂN": 'PHƯỜNG NGÔ QUYỀN'. */
  bodyNameUpper: string;
  /** The same body as written in running text: 'phường Ngô Quyền'. */
  bodyName: string;
  /** Without "Số: ": '01/QĐ-UBND'. */
  numberText: string;
  /** Place of issue: 'Ngô Quyền'. */
  placeName: string;
  /** Issue date as written: 'ngày 26 tháng 11 năm 2026' (day < 10 and months 1–2 with a leading 0). */
  dateText: string;
  /** 'Về việc tặng danh hiệu "Tập thể lao động tiên tiến" năm 2026'. */
  subjectLine: string;

  /** Each printed as its own italic paragraph, as given: 'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;'. */
  legalBases: string[];
  /** As given: 'Xét đề nghị của Hội đồng Thi đua - Khen thưởng phường tại Tờ trình số 05/TTr-HĐTĐKT ngày 20 tháng 11 năm 2026.' */
  proposalBasis: string;

  /**
   * 'inline': Điều 1 names the single awardee in the sentence;
   * 'annex': Điều 1 ends with "(có danh sách kèm theo)" and the awardees fill the annex table.
   */
  awardeeListing: 'inline' | 'annex';
  /**
   * Start of Điều 1, before the awardee (inline) or the list reference (annex):
   * inline 'Tặng Giấy khen của Chủ tịch Ủy ban nhân dân phường cho';
   * annex 'Tặng danh hiệu "Tập thể lao động tiên tiến" năm 2026 cho 60 tập thể'.
   */
  grantText: string;
  /** Optional tail of Điều 1 without final period: 'đã có thành tích xuất sắc trong phong trào thi đua năm 2026'. */
  achievementText?: string;
  awardees: DecisionAwardee[];

  /** Điều 2 (money). Omit for titles without money (e.g. the yearly Gia đình văn hóa). */
  reward?: DecisionReward;
  /** Article on entry into force; default 'Quyết định này có hiệu lực kể từ ngày ký.' */
  effectText?: string;
  /**
   * Last article, as given: 'Công chức Văn phòng - Thống kê, các tập thể có tên tại Điều 1 chịu
   * trách nhiệm thi hành Quyết định này./.' Its number is `executionArticleNumber(model)`.
   */
  executionText: string;

  /** "Nơi nhận", one line each, no dash in front: ['Như Điều 4;', 'Lưu: VT, VP.']. */
  recipientsOfCopy: string[];
  signer: DecisionSigner;

  /** Annex heading, upper case: 'DANH SÁCH TẬP THỂ ĐƯỢC TẶNG DANH HIỆU "TẬP THỂ LAO ĐỘNG TIÊN TIẾN" NĂM 2026'. */
  annexTitle?: string;
  /** Annex name column heading; default 'Họ và tên / Tập thể'. */
  annexNameHeading?: string;

  /** Printed with its QR code at the end: 'https://khenthuong.example.vn/verify/<hash>'. */
  verificationUrl: string;
}

export interface DecisionAwardee {
  /** Person or collective, as printed: 'Nguyễn Văn An', 'Tổ dân phố số 3'. */
  name: string;
  /** Inline only, before the name: 'Ông', 'Bà'. */
  honorific?: string;
  /** 'Tổ trưởng Tổ dân phố số 3'. */
  positionAndUnit: string;
  /** In the annex amount column, digits grouped: '3.540.000'. */
  amountText?: string;
  note?: string;
}

export interface DecisionReward {
  /**
   * Per-awardee amount or the rule it follows, one sentence:
   * 'Mỗi tập thể được tặng danh hiệu kèm theo tiền thưởng 3.540.000 đồng (1,5 × mức lương cơ sở).'
   * or 'Tiền thưởng thực hiện theo quy định tại Điều 54 Nghị định số 152/2025/NĐ-CP.'
   */
  basisText: string;
  /** Digits grouped, without "đồng": '212.400.000'. Also the annex "Tổng cộng". */
  totalAmountText?: string;
  /** 'Hai trăm mười hai triệu bốn trăm nghìn đồng'. */
  totalInWords?: string;
  /** 'Kinh phí khen thưởng trích từ Quỹ thi đua, khen thưởng của phường năm 2026.' */
  fundClause?: string;
}

export interface DecisionSigner {
  /** Above the position: 'TM. ỦY BAN NHÂN DÂN' (for the committee) or 'KT. CHỦ TỊCH' (deputy). */
  authorityLine?: 'TM. ỦY BAN NHÂN DÂN' | 'KT. CHỦ TỊCH';
  positionLine: 'CHỦ TỊCH' | 'PHÓ CHỦ TỊCH';
  /** Full name, no academic titles (Nghị định 30/2020). */
  name: string;
}
