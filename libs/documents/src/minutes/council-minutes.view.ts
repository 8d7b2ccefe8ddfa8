import { DocumentModelError } from '../document-model.error';
import type { PdfMetadata } from '../pdf/pdf.metadata';
import type { Nd30HeaderView, VerificationView } from '../templates/nd30.partials';
import { ND30_CSS } from '../templates/nd30.styles';
import type { CouncilMinutesModel } from './council-minutes.model';

export interface CouncilMinutesView {
  documentTitle: string;
  trustedCss: string;
  header: Nd30HeaderView;
  subjectLine: string;
  openingLine: string;
  venueLine: string;
  chairLine: string;
  secretaryLine: string;
  attendanceLine: string;
  members: Array<{ order: string; name: string; role: string; attendance: string }>;
  quorumText: string;
  contentParagraphs: string[];
  votingLine: string;
  /** Members' comments with their vote, one line each (open votes only). */
  opinions: string[];
  countingBoard: string[] | null;
  ballotLine: string | null;
  nominees: Array<{ order: string; name: string; positionAndUnit: string; titleText: string; agree: string; disagree: string; abstain: string; percent: string; result: string }>;
  passedLine: string;
  conclusionText: string;
  closingLine: string;
  signatures: Array<{ titleLines: string[]; name: string }>;
  verification: VerificationView;
}

export function buildCouncilMinutesView(model: CouncilMinutesModel, assets: { fontCss: string; qrSvg: string }): CouncilMinutesView {
  validate(model);
  // Written ballots of absent members count towards the votes an open tally may hold.
  const present = model.members.filter((member) => member.present || member.votedInWriting).length;
  const absent = model.members.filter((member) => !member.present);
  const absentText = absent.length === 0
    ? 'vắng: không'
    : `vắng ${absent.length}: ${absent.map((m) => (m.absenceReason ? `${m.name} (${m.absenceReason})` : m.name)).join('; ')}`;
  const voting = model.voting;
  const passed = model.nominees.filter((nominee) => nominee.passed).length;
  return {
    documentTitle: model.documentTitle,
    trustedCss: `${assets.fontCss}\n${ND30_CSS}`,
    header: {
      // Two lines cannot fit beside the national title; break after the hyphen, as papers do.
      parentLine: model.bodyLineUpper,
      issuerLines: ['HỘI ĐỒNG THI ĐUA -', 'KHEN THƯỞNG'],
      wideIssuer: true,
      numberText: model.numberText ?? null,
      placeDateText: `${model.placeName}, ${model.dateText}`,
    },
    subjectLine: model.subjectLine,
    openingLine: `Thời gian: ${model.startTimeText}.`,
    venueLine: `Địa điểm: ${model.venue}.`,
    chairLine: `Chủ trì: ${model.chair.name} - ${model.chair.role}.`,
    secretaryLine: `Thư ký: ${model.secretary.name} - ${model.secretary.role}.`,
    attendanceLine: `Thành viên Hội đồng: có mặt ${present}/${model.members.length}, ${absentText}.`,
    members: model.members.map((member, index) => ({
      order: String(index + 1),
      name: member.name,
      role: member.role,
      attendance: member.present ? 'Có mặt' : `Vắng${member.absenceReason ? ` (${member.absenceReason})` : ''}`,
    })),
    quorumText: model.quorumText,
    contentParagraphs: model.contentParagraphs,
    votingLine: votingLineOf(model),
    opinions: voting.method === 'open' ? voting.opinions.map((o) => `${o.memberName} (${o.choiceText}) về ${o.nomineeName}: ${o.comment}`) : [],
    countingBoard: voting.method === 'secret' ? voting.countingBoard : null,
    ballotLine:
      voting.method === 'secret'
        ? `Số phiếu phát ra: ${voting.ballotsIssued}; số phiếu thu về: ${voting.ballotsReturned}; số phiếu hợp lệ: ${voting.ballotsValid}; số phiếu không hợp lệ: ${voting.ballotsInvalid}.`
        : null,
    nominees: model.nominees.map((nominee, index) => ({
      order: String(index + 1),
      name: nominee.name,
      positionAndUnit: nominee.positionAndUnit,
      titleText: nominee.titleText,
      agree: String(nominee.agree),
      disagree: String(nominee.disagree),
      abstain: String(nominee.abstain),
      percent: nominee.agreePercentText,
      result: nominee.passed ? 'Đạt' : 'Không đạt',
    })),
    passedLine: `Kết quả: ${passed}/${model.nominees.length} trường hợp đạt tỷ lệ đồng ý theo quy định.`,
    conclusionText: model.conclusionText,
    closingLine: `Cuộc họp kết thúc vào ${model.closingTimeText}. Biên bản đã được thông qua tại cuộc họp./.`,
    signatures: [
      { titleLines: ['THƯ KÝ'], name: model.secretary.name },
      { titleLines: ['CHỦ TỊCH HỘI ĐỒNG'], name: model.chair.name },
    ],
    verification: { url: model.verificationUrl, trustedQrSvg: assets.qrSvg },
  };
}

export function councilMinutesMetadata(model: CouncilMinutesModel): PdfMetadata {
  return { title: model.documentTitle, ...model.metadata };
}

function validate(model: CouncilMinutesModel): void {
  const problems: string[] = [];
  for (const key of ['documentTitle', 'bodyLineUpper', 'placeName', 'dateText', 'subjectLine', 'startTimeText', 'venue', 'quorumText', 'conclusionText', 'closingTimeText', 'verificationUrl'] as const) {
    if (!model[key]?.trim()) problems.push(`${key} is empty`);
  }
  if (model.members.length === 0) problems.push('members is empty');
  if (model.nominees.length === 0) problems.push('nominees is empty');
  // Written ballots of absent members count towards the votes an open tally may hold.
  const present = model.members.filter((member) => member.present || member.votedInWriting).length;
  const voting = model.voting;
  for (const nominee of model.nominees) {
    const cast = nominee.agree + nominee.disagree + nominee.abstain;
    const ceiling = voting.method === 'secret' ? voting.ballotsValid : present;
    if ([nominee.agree, nominee.disagree, nominee.abstain].some((n) => !Number.isInteger(n) || n < 0)) {
      problems.push(`${nominee.name}: counts must be non-negative integers`);
    } else if (cast > ceiling) {
      problems.push(`${nominee.name}: ${cast} votes exceed ${ceiling} ${voting.method === 'secret' ? 'valid ballots' : 'members present'}`);
    }
  }
  if (voting.method === 'secret') {
    if (voting.ballotsValid + voting.ballotsInvalid !== voting.ballotsReturned) problems.push('valid + invalid ballots differ from ballots returned');
    if (voting.ballotsReturned > voting.ballotsIssued) problems.push('more ballots returned than issued');
    if (voting.countingBoard.length === 0) problems.push('a secret ballot needs a counting board');
  }
  if (problems.length > 0) throw new DocumentModelError('council minutes', problems);
}

/** Members vote in the system; absent members may send a written ballot. A secret ballot says so. */
function votingLineOf(model: CouncilMinutesModel): string {
  if (model.voting.method === 'secret') return 'Hình thức biểu quyết: bỏ phiếu kín.';
  const written = model.members.some((member) => member.votedInWriting);
  return `Hình thức biểu quyết: biểu quyết công khai trên hệ thống quản lý thi đua, khen thưởng${written ? '; thành viên vắng mặt gửi phiếu biểu quyết bằng văn bản' : ''}.`;
}
