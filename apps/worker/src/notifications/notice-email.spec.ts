import { composeNoticeEmail, type PendingNotice } from './notice-email';

const notice: PendingNotice = {
  id: 'n1',
  message: 'Hồ sơ mới: Trạm Y tế phường (Tập thể lao động tiên tiến); cần kiểm tra tính đầy đủ.',
  proposal_id: '7b0c6a1e-0000-4000-8000-000000000001',
  round_id: null,
  email: 'canbo@phuong.example',
  display_name: 'Lê Thị Thu Hà',
  body_name: 'UBND phường Ngô Quyền',
};

describe('the e-mail of a notice', () => {
  it('addresses the user by name, links to the proposal and says who sent it', () => {
    const mail = composeNoticeEmail(notice, 'https://khenthuong.example/');
    expect(mail.to).toEqual({ name: 'Lê Thị Thu Hà', address: 'canbo@phuong.example' });
    expect(mail.subject).toBe('[Thi đua – Khen thưởng] Hồ sơ mới: Trạm Y tế phường (Tập thể lao động tiên tiến); cần kiểm tra tính đầy đủ.');
    expect(mail.text.split('\n')).toEqual([
      'Kính gửi Lê Thị Thu Hà,',
      '',
      notice.message,
      '',
      `Xem và xử lý tại: https://khenthuong.example/ho-so/${notice.proposal_id}`,
      '',
      '--',
      'Thư gửi tự động từ hệ thống thi đua – khen thưởng của UBND phường Ngô Quyền. Vui lòng không trả lời thư này.',
    ]);
  });

  it('a notice without a proposal links to the notices page; a long one is shortened in the subject, whole in the body', () => {
    const long = { ...notice, proposal_id: null, message: `Cần xử lý: ${'Đợt khen thưởng rất dài '.repeat(10)}` };
    const mail = composeNoticeEmail(long, 'http://localhost:3000');
    expect(mail.text).toContain('Xem và xử lý tại: http://localhost:3000/thong-bao');
    expect(mail.subject.length).toBeLessThanOrEqual('[Thi đua – Khen thưởng] '.length + 120);
    expect(mail.subject.endsWith('…')).toBe(true);
    expect(mail.text).toContain(long.message.trim());
  });
});
