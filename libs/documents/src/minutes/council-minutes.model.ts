import type { DocumentMetadataModel } from '../pdf/pdf.metadata';

/**
 * Biên bản họp Hội đồng Thi đua - Khen thưởng (docs/documents.md §3). Counts, percentages and the
 * pass/fail of each nominee come from the domain tally; this library only lays them out.
 */
export interface CouncilMinutesModel {
  documentTitle: string;
  metadata: DocumentMetadataModel;
  /** Left header: 'UBND PHƯỜNG NGÔ QUYỀN'. The second line is always "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG". */
  bodyLineUpper: string;
  /** 'phường Ngô Quyền' */
  bodyName: string;
  /** The council's own series, without "Số: ": '03/BB-HĐTĐKT'; absent when the council numbers none. */
  numberText?: string;
  placeName: string;
  dateText: string;
  /** 'V/v xét, đề nghị khen thưởng danh hiệu thi đua năm 2026' */
  subjectLine: string;

  /** '14 giờ 00 phút, ngày 20 tháng 11 năm 2026' */
  startTimeText: string;
  venue: string;
  chair: CouncilPerson;
  secretary: CouncilPerson;
  /** Every member of the council, in the council's order. Present/absent counts are derived from it. */
  members: CouncilMemberAttendance[];
  /** Sentence on quorum from the domain rule: 'Số thành viên có mặt bảo đảm trên hai phần ba …, đủ điều kiện …'. */
  quorumText: string;
  /** Criteria recalled, achievements summarised, discussion: one paragraph each. */
  contentParagraphs: string[];

  voting: OpenVoting | SecretBallotVoting;
  nominees: CouncilNomineeResult[];

  /** 'Hội đồng thống nhất đề nghị Chủ tịch UBND phường quyết định …' */
  conclusionText: string;
  /** '16 giờ 30 phút cùng ngày' */
  closingTimeText: string;
  verificationUrl: string;
}

export interface CouncilPerson {
  name: string;
  /** 'Chủ tịch UBND phường, Chủ tịch Hội đồng' */
  role: string;
}

export interface CouncilMemberAttendance extends CouncilPerson {
  present: boolean;
  /** Printed for absent members: 'đi công tác'. */
  absenceReason?: string;
  /** Absent but sent a written ballot (counted in the votes, not in attendance). */
  votedInWriting?: boolean;
}

/** Open vote cast by each member in the system (and in writing by absent members), recorded with its choice. */
export interface OpenVoting {
  method: 'open';
  /** What members said with their vote, printed under the result table (an open vote only). */
  opinions: CouncilMemberOpinion[];
}

export interface CouncilMemberOpinion {
  memberName: string;
  nomineeName: string;
  /** 'đồng ý', 'không đồng ý', 'không biểu quyết' */
  choiceText: string;
  comment: string;
}

/**
 * Secret ballot: by construction the model holds only totals (ballots and per-nominee counts),
 * never who voted what, so no paper can leak a member's ballot.
 */
export interface SecretBallotVoting {
  method: 'secret';
  /** Ban kiểm phiếu, one line each: 'Ông Phạm Văn Hải - Trưởng ban'. */
  countingBoard: string[];
  ballotsIssued: number;
  ballotsReturned: number;
  ballotsValid: number;
  ballotsInvalid: number;
}

export interface CouncilNomineeResult {
  /** Person or collective. */
  name: string;
  positionAndUnit: string;
  /** 'Chiến sĩ thi đua cơ sở', 'Giấy khen'. */
  titleText: string;
  agree: number;
  disagree: number;
  abstain: number;
  /** Share of agree votes as the rule computes it: '85,7'. */
  agreePercentText: string;
  passed: boolean;
}
