import { Injectable } from '@nestjs/common';
import { vietnamDateOf, type IsoDate } from '@khenthuong/domain';
import { StuckWorkRepository, TaskListRepository, type ProposalTaskRow, type RoundTaskRow, type StuckKind } from '@khenthuong/persistence';
import type { RequestActor } from '../auth/actor';
import { awardTitleName } from '../common/labels';
import { deadlineLabel, type DeadlineLabel } from '../web/deadline';
import { dateTime } from '../web/view-models';
import { calendarYearsToRecord } from './calendar-years';

export interface Task {
  /** What to do, as the button would say it. */
  action: string;
  /** Whom or what it is about. */
  subject: string;
  /** The page and the part of it where the form is; null when this user acts elsewhere (told in `hint`). */
  href: string | null;
  hint: string | null;
  due: DeadlineLabel | null;
  /** Since when it waits, for tasks without a deadline. */
  since: string;
  sortKey: [number, string, number];
}

const has = (actor: RequestActor, ...roles: string[]) => roles.some((r) => (actor.roles as string[]).includes(r));

/**
 * "Việc cần làm": what waits for this user now, from every role they hold, each linking straight to
 * the form that acts. Overdue first, then by deadline, then oldest first.
 */
@Injectable()
export class TaskListService {
  constructor(
    private readonly tasks: TaskListRepository,
    private readonly stuckWork: StuckWorkRepository,
  ) {}

  async forUser(actor: RequestActor, now = new Date()): Promise<Task[]> {
    const today = vietnamDateOf(now);
    const { bodyId, userId } = actor;
    const proposal = (action: string, anchor: string) => (row: ProposalTaskRow): Task =>
      task(action, `${row.nominee_name} (${awardTitleName(row.title, row.year)})`, `/ho-so/${row.id}#${anchor}`, row.due_on ? deadlineLabel(row.due_on, today, row.overdue) : null, row.since);
    const round = (action: string, href: (r: RoundTaskRow) => string, due: (r: RoundTaskRow) => IsoDate | null = () => null, detail: (r: RoundTaskRow) => string = () => '') => (row: RoundTaskRow): Task =>
      task(action, `Đợt "${row.name}"${detail(row)}`, href(row), due(row) ? deadlineLabel(due(row)!, today) : null, row.since);
    const roundPage = (r: RoundTaskRow) => `/dot/${r.id}#thao-tac-dot`;

    const lists: Promise<Task[]>[] = [];
    if (has(actor, 'OFFICER')) {
      lists.push(this.tasks.dossiersToCheck(bodyId).then((rows) => rows.map(proposal('Kiểm tra tính đầy đủ của hồ sơ', 'thao-tac'))));
      lists.push(this.tasks.objectionsToResolve(bodyId).then((rows) => rows.map(proposal('Giải quyết ý kiến phản ánh', 'phan-anh'))));
      lists.push(
        this.tasks
          .rounds(bodyId, ['NOMINATING'])
          .then((rows) => rows.filter((r) => r.nomination_deadline <= today).map(round('Kết thúc nhận hồ sơ', roundPage, (r) => r.nomination_deadline))),
      );
      lists.push(
        this.tasks
          .rounds(bodyId, ['REVIEWING_DOSSIERS'], 'SUBMITTED')
          .then((rows) => rows.map(round('Kiểm tra hồ sơ và mở phiên họp Hội đồng', roundPage, () => null, (r) => (r.waiting ? `: ${r.waiting} hồ sơ chờ kiểm tra` : '')))),
      );
    }
    if (has(actor, 'OFFICER', 'ADMIN')) {
      lists.push(
        // The read model only: the task list answers while Temporal is down.
        this.stuckWork.list(bodyId, today).then((rows) =>
          rows
            .filter((r) => r.reason === 'NEEDS_ATTENTION')
            .map((r) => task('Xử lý bước bị lỗi', r.kind === 'ROUND' ? `Đợt "${r.name}"` : r.name, stuckHref(r.kind, r.id, actor), null, r.since)),
        ),
      );
    }
    if (has(actor, 'ADMIN')) lists.push(this.calendarTasks(bodyId, today));
    if (has(actor, 'COUNCIL_MEMBER')) {
      lists.push(this.tasks.votesToCast(bodyId, userId).then((rows) => rows.map(proposal('Biểu quyết', 'thao-tac'))));
      lists.push(this.tasks.roundBallotsToCast(bodyId, userId).then((rows) => rows.map(round('Gửi phiếu biểu quyết', roundPage))));
    }
    if (has(actor, 'CHAIRMAN', 'VICE_CHAIRMAN')) {
      lists.push(this.tasks.decisionsToTake(bodyId).then((rows) => rows.map(proposal('Quyết định khen thưởng', 'thao-tac'))));
      lists.push(this.tasks.rounds(bodyId, ['AWAITING_DECISION']).then((rows) => rows.map(round('Quyết định khen thưởng', roundPage))));
    }
    if (has(actor, 'UNIT_HEAD') && actor.unitId) {
      const unitId = actor.unitId;
      lists.push(this.tasks.returnsToAnswer(bodyId, unitId).then((rows) => rows.map(proposal('Bổ sung hồ sơ theo yêu cầu', 'thao-tac'))));
      lists.push(
        this.tasks.roundsWithoutNominations(bodyId, unitId).then((rows) => rows.map(round('Gửi hồ sơ đề nghị', () => '/don-vi/de-nghi-moi', (r) => r.nomination_deadline))),
      );
    }
    const all = (await Promise.all(lists)).flat();
    // A task can come from two roles (an officer who is also a council member sees a vote once).
    const unique = [...new Map(all.map((t) => [`${t.action}|${t.href ?? t.subject}`, t])).values()];
    return unique.sort((a, b) => compare(a.sortKey, b.sortKey));
  }

  /** A year whose days off are only estimated and which the ward has not recorded: its deadlines would be counted on guesses. */
  private async calendarTasks(bodyId: string, today: IsoDate): Promise<Task[]> {
    const year = Number(today.slice(0, 4));
    const recorded = await this.tasks.calendarYearsRecorded(bodyId, [year, year + 1]);
    return calendarYearsToRecord(today, recorded).map((y) =>
      task(
        'Cập nhật lịch nghỉ theo thông báo chính thức',
        `Lịch nghỉ năm ${y.year} (chưa có thông báo, các thời hạn đang tính theo lịch ước tính)`,
        `/quan-tri/lich-nghi?nam=${y.year}#bo-sung-lich`,
        deadlineLabel(y.dueOn, today),
        new Date(`${y.year - 1}-10-01T00:00:00+07:00`),
      ),
    );
  }
}

/** A revocation is retried from the officer's dashboard; an administrator without it is told so. */
function stuckHref(kind: StuckKind, id: string, actor: RequestActor): string | null {
  if (kind === 'ROUND') return `/dot/${id}#thao-tac-dot`;
  if (kind === 'PROPOSAL') return `/ho-so/${id}#thao-tac`;
  return has(actor, 'OFFICER') ? '/can-bo/ho-so#viec-bi-ket' : null;
}

function task(action: string, subject: string, href: string | null, due: DeadlineLabel | null, since: Date): Task {
  const at = new Date(since);
  // Overdue, then by due date (dd/mm/yyyy sorts as yyyymmdd), then tasks without one, oldest first.
  const dueKey = due ? due.dueOn.split('/').reverse().join('') : '99999999';
  const hint = href ? null : 'Cán bộ Văn phòng – Thống kê thử lại từ Bảng hồ sơ sau khi dữ liệu đã được sửa.';
  return { action, subject, href, hint, due, since: dateTime(at), sortKey: [due?.overdue ? 0 : 1, dueKey, at.getTime()] };
}

function compare(a: Task['sortKey'], b: Task['sortKey']): number {
  return a[0] - b[0] || a[1].localeCompare(b[1]) || a[2] - b[2];
}
