import { awardDefinition, formatPercentVi, formatVietnameseDate, ruleSetFor, vietnamDateOf } from '@khenthuong/domain';
import type { CouncilMemberAttendance, CouncilMinutesModel } from '@khenthuong/documents';
import { positionAndUnitOf, verificationUrlOf, vietnamTimeOfDay, type AwardeeFacts, type BodyFacts, type CouncilFacts } from './paper-facts';
import type { PaperSettings } from './paper-settings';
import { ActivityFailureType } from '@khenthuong/temporal';
import { PermanentActivityError } from './activity-failure';

/** Who took part in the session, from proposal_vote / round_ballot (participation only when secret). */
export interface SessionFacts {
  /** Members who voted at the meeting. */
  presentUserIds: Set<string>;
  /** Absent members who sent a written ballot. */
  writtenUserIds: Set<string>;
  firstVoteAt: Date | null;
  lastVoteAt: Date | null;
  /** Ballots handed in, per nominee at most (secret sessions). */
  ballotsReturned: number;
  /** Comments members gave with an open vote (a secret session stores none). */
  opinions: { memberUserId: string; proposalId: string; choice: string; comment: string }[];
}

const CHOICE_VI: Record<string, string> = { AGREE: 'đồng ý', DISAGREE: 'không đồng ý', ABSTAIN: 'không biểu quyết' };

const ROLE_VI: Record<string, string> = { CHAIR: 'Chủ tịch Hội đồng', VICE_CHAIR: 'Phó Chủ tịch Hội đồng', SECRETARY: 'Thư ký Hội đồng', MEMBER: 'Thành viên' };

/**
 * Biên bản họp Hội đồng TĐKT from the tallies the workflow recorded (`proposal.tally`). In a secret
 * session the model carries totals only, never who voted what (the database holds none either).
 */
export function buildCouncilMinutesModel(input: {
  body: BodyFacts;
  council: CouncilFacts;
  awardees: AwardeeFacts[];
  session: SessionFacts;
  secretBallot: boolean;
  number: { numberText: string; issuedAt: Date };
  settings: PaperSettings;
  verificationId: string;
  publicBaseUrl: string;
}): CouncilMinutesModel {
  const { body, council, awardees, session, number } = input;
  const issuedOn = vietnamDateOf(number.issuedAt);
  const ruleSet = ruleSetFor(issuedOn);
  const person = (role: string) => {
    const member = council.members.find((m) => m.councilRole === role);
    if (!member) throw new PermanentActivityError(ActivityFailureType.NO_ACTIVE_COUNCIL, `body ${body.id}: the council has no ${role}`);
    return { name: member.name, role: [member.position, ROLE_VI[role]].filter(Boolean).join(', ') };
  };
  const members: CouncilMemberAttendance[] = council.members.map((m) => {
    const present = session.presentUserIds.has(m.userId);
    const written = session.writtenUserIds.has(m.userId);
    return {
      name: m.name,
      role: [m.position, ROLE_VI[m.councilRole]].filter(Boolean).join(', '),
      present,
      votedInWriting: !present && written,
      absenceReason: present ? undefined : written ? 'có phiếu biểu quyết bằng văn bản' : 'không tham dự',
    };
  });
  const nominees = awardees.map((a) => {
    if (!a.tally) throw new Error(`proposal ${a.proposalId} has no tally yet`);
    return {
      name: a.nomineeName,
      positionAndUnit: positionAndUnitOf(a, body),
      titleText: awardDefinition(a.title, ruleSet).nameVi,
      agree: a.tally.agree,
      disagree: a.tally.disagree,
      abstain: a.tally.abstain,
      agreePercentText: formatPercentVi(a.tally.agreeRatio, 1).replace('%', ''),
      passed: a.tally.passed,
    };
  });
  const quorumMet = awardees.every((a) => a.tally?.quorumMet);
  const startedAt = session.firstVoteAt ?? number.issuedAt;
  const endedAt = session.lastVoteAt ?? number.issuedAt;
  const start = vietnamTimeOfDay(startedAt);
  const end = vietnamTimeOfDay(endedAt);
  const sameDay = vietnamDateOf(startedAt) === vietnamDateOf(endedAt);
  const years = [...new Set(awardees.map((a) => a.year))].join(', ');
  const passedCount = nominees.filter((n) => n.passed).length;
  const attendance = session.presentUserIds.size;
  const ballots = Math.min(session.ballotsReturned, attendance + session.writtenUserIds.size);
  return {
    documentTitle: `Biên bản họp Hội đồng Thi đua - Khen thưởng ${number.numberText}`,
    metadata: { author: body.name, subject: `Xét, đề nghị khen thưởng năm ${years}`, keywords: ['biên bản', 'Hội đồng TĐKT', number.numberText], createdAt: number.issuedAt },
    bodyLineUpper: `UBND ${body.headerName}`,
    bodyName: body.shortName,
    numberText: number.numberText,
    placeName: body.placeName,
    dateText: formatVietnameseDate(vietnamDateOf(startedAt)),
    subjectLine: `V/v xét, đề nghị khen thưởng năm ${years}`,
    startTimeText: `${start.hour} giờ ${start.minute} phút, ${formatVietnameseDate(vietnamDateOf(startedAt))}`,
    venue: input.settings.councilVenue,
    chair: person('CHAIR'),
    secretary: person('SECRETARY'),
    members,
    // The tally applied the quorum rule of the rule set (council-tally.ts cites it).
    quorumText: quorumMet
      ? 'Số thành viên có mặt bảo đảm tỷ lệ theo quy chế hoạt động của Hội đồng, đủ điều kiện tiến hành cuộc họp.'
      : 'Số thành viên có mặt chưa bảo đảm tỷ lệ theo quy chế hoạt động của Hội đồng.',
    contentParagraphs: [
      `Công chức Văn phòng - Thống kê báo cáo tóm tắt thành tích của ${awardees.length} trường hợp đề nghị khen thưởng và đối chiếu với tiêu chuẩn theo quy định.`,
      ...[...new Set(awardees.flatMap((a) => a.tally?.reasonsVi ?? []))],
    ],
    voting: input.secretBallot
      ? {
          method: 'secret',
          // The counting board is not yet recorded with the session; the secretary counts (see the report).
          countingBoard: [`${person('SECRETARY').name} - Thư ký Hội đồng`],
          ballotsIssued: attendance + session.writtenUserIds.size,
          ballotsReturned: ballots,
          ballotsValid: ballots,
          ballotsInvalid: 0,
        }
      : { method: 'open', opinions: opinionsOf(session, council, awardees) },
    nominees,
    conclusionText: `Hội đồng thống nhất đề nghị Chủ tịch Ủy ban nhân dân ${body.shortName} xem xét, quyết định khen thưởng ${passedCount} trường hợp đạt tỷ lệ đồng ý theo quy định.`,
    closingTimeText: sameDay ? `${end.hour} giờ ${end.minute} phút cùng ngày` : `${end.hour} giờ ${end.minute} phút, ${formatVietnameseDate(vietnamDateOf(endedAt))}`,
    verificationUrl: verificationUrlOf(input.publicBaseUrl, input.verificationId),
  };
}

/** Members' comments in the order of the council and of the result table. */
function opinionsOf(session: SessionFacts, council: CouncilFacts, awardees: AwardeeFacts[]) {
  const memberOrder = new Map(council.members.map((m, i) => [m.userId, i]));
  const nomineeOrder = new Map(awardees.map((a, i) => [a.proposalId, i]));
  return session.opinions
    .filter((o) => memberOrder.has(o.memberUserId) && nomineeOrder.has(o.proposalId) && o.comment.trim())
    .sort((a, b) => nomineeOrder.get(a.proposalId)! - nomineeOrder.get(b.proposalId)! || memberOrder.get(a.memberUserId)! - memberOrder.get(b.memberUserId)!)
    .map((o) => ({
      memberName: council.members[memberOrder.get(o.memberUserId)!].name,
      nomineeName: awardees[nomineeOrder.get(o.proposalId)!].nomineeName,
      choiceText: CHOICE_VI[o.choice] ?? o.choice,
      comment: o.comment.trim(),
    }));
}
