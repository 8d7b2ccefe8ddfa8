import { MorningWalk, type MorningStack } from './page-checks';
import { walkUnitScopeMorning } from './unit-scope.walk';
import { dossierRows } from './walk-support';

const NOMINATE = /^Gửi hồ sơ đề nghị: Đợt "Đợt xét khen thưởng tổng kết năm \d{4}"/;

/**
 * The head of the health station: its own dossiers only; then it nominates its nurse to this year's
 * round from the form the task opens (the round preselected, the nurse chosen from the unit's people),
 * the task leaves its list, and the officer finds the dossier on the board, waiting to be checked.
 */
export async function walkHealthStationMorning(stack: MorningStack): Promise<void> {
  const walk = await walkUnitScopeMorning(stack, {
    login: 'tram.yte',
    role: 'unit-head-tram-y-te',
    own: ['own-yt-dot-xuat', 'r-prev-yt-ldtt'],
    others: ['r-cur-th-ldtt-duc', 'own-mn-giay-khen', 'r-prev-th-ldtt'],
    task: { text: NOMINATE, button: 'Nộp hồ sơ đề nghị' },
  });
  const nominate = (await walk.tasks('07-viec-can-lam')).find((t) => NOMINATE.test(t.text))!;
  await walk.followTask('08-de-nghi-moi', nominate);
  const form = walk.page;
  expect(await form.getByLabel('Đợt khen thưởng').inputValue()).toBe(stack.scenario.roundIds.current);
  await form.getByLabel('Danh hiệu, hình thức khen thưởng').selectOption({ label: 'Lao động tiên tiến (cá nhân)' });
  await form.locator('#nomineePersonId').selectOption({ label: 'Quách Thị Hạnh (Y sĩ)' });
  await form.getByLabel('Tóm tắt thành tích').fill('Hoàn thành tốt công tác khám chữa bệnh, tiêm chủng mở rộng và chăm sóc sức khỏe ban đầu cho Nhân dân trong năm');
  await form.getByLabel('Số tháng công tác trong năm (cá nhân)').fill('12');
  await form.getByLabel('Kết quả đánh giá, xếp loại năm (cá nhân)').selectOption({ label: 'Hoàn thành tốt nhiệm vụ' });
  await form.getByRole('button', { name: 'Nộp hồ sơ đề nghị' }).click();
  await form.waitForURL(/\/ho-so\/[0-9a-f-]{36}\?done=SUBMIT$/);
  const submitted = new URL(form.url()).pathname;
  await walk.check('09-da-nop');
  expect(await form.getByText('Đã nộp hồ sơ đề nghị.').count()).toBe(1);
  expect(await form.locator('#tinh-trang').textContent()).toBe('Đã nộp, chờ kiểm tra hồ sơ');

  // The round has the unit's nomination now: the task is done.
  expect((await walk.tasks('10-viec-can-lam')).filter((t) => NOMINATE.test(t.text))).toEqual([]);
  await walk.finish();

  // A round's dossiers send no notice (docs: one per round step); the officer finds it on the board.
  const officer = await MorningWalk.signIn(stack, 'officer-after-nomination', 'canbo.vp');
  await officer.visit('01-bang-ho-so', `/can-bo/ho-so?q=${encodeURIComponent('Quách Thị Hạnh')}`);
  const row = (await dossierRows(officer)).find((r) => r.href === submitted);
  expect(row?.status).toContain('Đã nộp, chờ kiểm tra hồ sơ');
  await officer.finish();
}
