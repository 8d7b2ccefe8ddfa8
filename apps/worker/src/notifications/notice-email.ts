import type { PendingEmailRow } from '@khenthuong/persistence';

/** A notice waiting to be e-mailed, as the notification repository hands it out. */
export type PendingNotice = PendingEmailRow;

export interface NoticeEmail {
  to: { name: string; address: string };
  subject: string;
  text: string;
}

const SUBJECT_MAX = 120;

/** The page a notice is about: the proposal, else the notices page (a round's page is not every role's). */
export function noticeLink(notice: Pick<PendingNotice, 'proposal_id'>, publicBaseUrl: string): string {
  const base = publicBaseUrl.replace(/\/+$/, '');
  return notice.proposal_id ? `${base}/ho-so/${notice.proposal_id}` : `${base}/thong-bao`;
}

/** The e-mail of one notice: its text as the subject (shortened) and the body, a link, and who sent it. */
export function composeNoticeEmail(notice: PendingNotice, publicBaseUrl: string): NoticeEmail {
  const oneLine = notice.message.replace(/\s+/g, ' ').trim();
  const subject = oneLine.length > SUBJECT_MAX ? `${oneLine.slice(0, SUBJECT_MAX - 1).trimEnd()}…` : oneLine;
  const text = [
    `Kính gửi ${notice.display_name},`,
    '',
    oneLine,
    '',
    `Xem và xử lý tại: ${noticeLink(notice, publicBaseUrl)}`,
    '',
    '--',
    `Thư gửi tự động từ hệ thống thi đua – khen thưởng của ${notice.body_name}. Vui lòng không trả lời thư này.`,
  ].join('\n');
  return { to: { name: notice.display_name, address: notice.email }, subject: `[Thi đua – Khen thưởng] ${subject}`, text };
}
