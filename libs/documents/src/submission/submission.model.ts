import type { DocumentMetadataModel } from '../pdf/pdf.metadata';
import type { DecisionSigner } from '../decision/decision.model';

/**
 * Tờ trình đề nghị khen thưởng (docs/documents.md §4), in its two routes:
 * - 'ward-chairman': the council (or the officer) asks the ward chairman to decide a ward title;
 * - 'higher-level': the ward asks the province for a title beyond its authority (escalation);
 *   the paper then states why the ward cannot decide and goes "qua Sở Nội vụ".
 */
export interface SubmissionDocumentModel {
  route: 'ward-chairman' | 'higher-level';
  documentTitle: string;
  metadata: DocumentMetadataModel;
  /** Left header lines of the proposing body, each fitting 45% of the line: ['UBND PHƯỜNG NGÔ QUYỀN', 'HỘI ĐỒNG THI ĐUA -', 'KHEN THƯỞNG'] or ['ỦY BAN NHÂN DÂN', 'PHƯỜNG NGÔ QUYỀN']. */
  issuerLines: string[];
  /** The issuer's parent body when the council issues it: 'UBND PHƯỜNG NGÔ QUYỀN' (printed upright, not bold). */
  parentLine?: string;
  /** '05/TTr-HĐTĐKT', '15/TTr-UBND' */
  numberText: string;
  placeName: string;
  dateText: string;
  /** 'V/v đề nghị tặng danh hiệu "Chiến sĩ thi đua cơ sở" năm 2026' */
  subjectLine: string;
  /** After "Kính gửi:", one line each: ['Chủ tịch Ủy ban nhân dân phường Ngô Quyền'] or ['Chủ tịch Ủy ban nhân dân thành phố Hải Phòng', '(qua Sở Nội vụ)']. */
  addresseeLines: string[];
  /** "Căn cứ …" lines incl. 'Căn cứ Biên bản họp Hội đồng … ngày …, tỷ lệ đồng ý …%;'. */
  bases: string[];
  /** Required for 'higher-level': why the title is not the ward's to grant (Luật TĐKT 2022, Điều 80). */
  escalationText?: string;
  /** Counts per title: the list's counts must equal these (checked). */
  counts: Array<{ titleText: string; individuals: number; collectives: number }>;
  /** '… kính đề nghị Chủ tịch Ủy ban nhân dân phường xem xét, quyết định tặng … cho:' */
  requestText: string;
  nominees: Array<{ name: string; positionAndUnit: string; titleText: string; kind: 'individual' | 'collective' }>;
  /** 'Hồ sơ kèm theo' items: ['Danh sách đề nghị;', 'Báo cáo thành tích;', 'Biên bản họp Hội đồng.']. */
  attachments: string[];
  /** 'Kính đề nghị Chủ tịch Ủy ban nhân dân phường xem xét, quyết định./.' */
  closingRequest: string;
  recipientsOfCopy: string[];
  signer: { authorityLine?: DecisionSigner['authorityLine'] | 'TM. HỘI ĐỒNG'; positionLine: string; name: string };
  /** Annex heading: 'DANH SÁCH ĐỀ NGHỊ TẶNG DANH HIỆU "CHIẾN SĨ THI ĐUA CƠ SỞ" NĂM 2026'. */
  annexTitle: string;
  verificationUrl: string;
}
