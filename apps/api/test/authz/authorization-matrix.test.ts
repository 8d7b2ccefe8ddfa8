import { randomUUID } from 'node:crypto';
import type { Role } from '@khenthuong/domain';
import { seedIsolatedWard, startApi, testConfig, type ApiStack } from '../../../../test/support/stack';
import { PROPOSAL_STEP_ROUTES } from '../../src/proposals/proposal.step-inputs';
import { ROUND_STEP_ROUTES } from '../../src/rounds/round.step-inputs';
import { csrfTokenIn, WebClient } from '../web/web-client';
import { requestAs, servedRoutes, signInOneUserPerRole, type RoleSession } from './role-requests';

/**
 * Every route of the running app × every role (+ anonymous): allowed, 401, 403, or a redirect to the
 * login page. "Allowed" means the guard let the request through: the handler may still answer 400 or
 * 404 (the :id is a proposal nobody has, bodies are empty), never 401/403 and never a 5xx.
 * Scope (own unit, own council, recusal) is checked with real proposals in ../web/role-pages.test.ts.
 */
type Who = 'ANONYMOUS' | Role;
type Outcome = 'allowed' | 401 | 403 | 'login';
const ROLES: Role[] = ['OFFICER', 'UNIT_HEAD', 'COUNCIL_MEMBER', 'CHAIRMAN', 'VICE_CHAIRMAN', 'ADMIN'];
const WHO: Who[] = ['ANONYMOUS', ...ROLES];

const everyone = (): Record<Who, Outcome> => Object.fromEntries(WHO.map((w) => [w, 'allowed'])) as Record<Who, Outcome>;
/** API operation for these roles (none listed: any signed-in user). */
const api = (...roles: Role[]) => expectations(401, roles);
/** Page for these roles (none listed: any signed-in user). */
const page = (...roles: Role[]) => expectations('login', roles);
function expectations(anonymous: Outcome, roles: Role[]): Record<Who, Outcome> {
  const out = { ANONYMOUS: anonymous } as Record<Who, Outcome>;
  for (const role of ROLES) out[role] = roles.length === 0 || roles.includes(role) ? 'allowed' : 403;
  return out;
}

const MATRIX: [string, string, Record<Who, Outcome>][] = [
  // Public: docs, health, start page, login
  ['GET', '/api/docs', everyone()],
  ['GET', '/api/docs/', everyone()],
  ['GET', '/api/docs/index.html', everyone()],
  ['GET', '/api/docs/swagger-ui-init.js', everyone()],
  ['GET', '/api/docs/docs/swagger-ui-init.js', everyone()],
  ['GET', '/api/docs/LICENSE', everyone()],
  ['GET', '/api/docs-json', everyone()],
  ['GET', '/api/docs-yaml', everyone()],
  ['GET', '/health', everyone()],
  ['GET', '/', everyone()],
  ['GET', '/static/app.css', everyone()],
  ['GET', '/static/favicon.svg', everyone()],
  ['GET', '/static/nomination-form.js', everyone()],
  ['GET', '/dang-nhap', everyone()],
  ['POST', '/dang-nhap', everyone()],
  ['POST', '/api/v1/auth/login', everyone()],
  // REST API
  // The officer nominates on behalf of a unit it chooses; a unit head for its own unit.
  ['POST', '/api/v1/proposals', api('UNIT_HEAD', 'OFFICER')],
  ['GET', '/api/v1/proposals', api()],
  ['GET', '/api/v1/proposals/:id', api()],
  ['POST', '/api/v1/proposals/:id/complete', api('OFFICER')],
  ['POST', '/api/v1/proposals/:id/votes', api('COUNCIL_MEMBER', 'CHAIRMAN', 'VICE_CHAIRMAN')],
  ['POST', '/api/v1/proposals/:id/council/close', api('CHAIRMAN', 'VICE_CHAIRMAN', 'COUNCIL_MEMBER')],
  ['POST', '/api/v1/proposals/:id/decision', api('CHAIRMAN', 'VICE_CHAIRMAN')],
  // Only the signer who decided: the workflow's validator refuses another chairman or vice-chairman (403, ../signing/remote-signing.signing.ts).
  ['POST', '/api/v1/proposals/:id/signature/resend', api('CHAIRMAN', 'VICE_CHAIRMAN')],
  ['POST', '/api/v1/proposals/:id/withdraw', api('UNIT_HEAD')],
  ['POST', '/api/v1/proposals/:id/retry', api('OFFICER', 'ADMIN')],
  ['POST', '/api/v1/proposals/:id/return', api('OFFICER')],
  ['POST', '/api/v1/proposals/:id/resubmit', api('UNIT_HEAD')],
  ['POST', '/api/v1/proposals/:id/written-votes', api('OFFICER')],
  ['POST', '/api/v1/proposals/:id/posting/extend', api('OFFICER')],
  ['GET', '/api/v1/proposals/:id/objections', api('OFFICER')],
  ['POST', '/api/v1/proposals/:id/objections/:objectionId/resolve', api('OFFICER')],
  ['POST', '/api/v1/proposals/:id/objections/dismiss', api('OFFICER')],
  ['POST', '/api/v1/proposals/:id/higher-level-result', api('OFFICER')],
  // Any described step by its address: an unknown one is 404 for anyone signed in (each step's roles: STEP_ROWS).
  ['POST', '/api/v1/proposals/:id/steps/:step', api()],
  ['POST', '/api/v1/public/proposals/:id/objections', everyone()],
  // Rounds (đợt)
  ['POST', '/api/v1/rounds', api('OFFICER')],
  ['GET', '/api/v1/rounds', api()],
  ['GET', '/api/v1/rounds/:id', api()],
  ['POST', '/api/v1/rounds/:id/close-nominations', api('OFFICER')],
  ['POST', '/api/v1/rounds/:id/council/open', api('OFFICER')],
  ['POST', '/api/v1/rounds/:id/ballots', api('COUNCIL_MEMBER', 'CHAIRMAN', 'VICE_CHAIRMAN')],
  ['POST', '/api/v1/rounds/:id/written-ballots', api('OFFICER')],
  ['POST', '/api/v1/rounds/:id/council/close', api('CHAIRMAN', 'VICE_CHAIRMAN', 'COUNCIL_MEMBER')],
  ['POST', '/api/v1/rounds/:id/posting/extend', api('OFFICER')],
  ['POST', '/api/v1/rounds/:id/decision', api('CHAIRMAN', 'VICE_CHAIRMAN')],
  ['POST', '/api/v1/rounds/:id/signature/resend', api('CHAIRMAN', 'VICE_CHAIRMAN')],
  ['POST', '/api/v1/rounds/:id/retry', api('OFFICER', 'ADMIN')],
  ['POST', '/api/v1/rounds/:id/steps/:step', api()],
  // Emulation plan
  ['POST', '/api/v1/plans', api('OFFICER', 'ADMIN')],
  ['GET', '/api/v1/plans', api()],
  ['GET', '/api/v1/plans/statistics/awards', api('OFFICER', 'ADMIN', 'CHAIRMAN', 'VICE_CHAIRMAN', 'COUNCIL_MEMBER')],
  ['GET', '/api/v1/plans/statistics/awards.xlsx', api('OFFICER', 'ADMIN', 'CHAIRMAN', 'VICE_CHAIRMAN', 'COUNCIL_MEMBER')],
  ['GET', '/api/v1/plans/:id', api()],
  ['POST', '/api/v1/plans/:id/targets', api('OFFICER', 'ADMIN')],
  ['POST', '/api/v1/plans/:id/registrations', api('UNIT_HEAD', 'OFFICER', 'ADMIN')],
  ['GET', '/api/v1/plans/:id/registrations', api()],
  ['POST', '/api/v1/plans/:id/reminders', api('OFFICER', 'ADMIN')],
  ['POST', '/api/v1/plans/:id/targets/:targetId/reports', api('UNIT_HEAD', 'OFFICER', 'ADMIN')],
  ['GET', '/api/v1/plans/:id/targets/:targetId/reports', api()],
  ['GET', '/api/v1/plans/:id/reports/:reportId/evidence', api()],
  ['GET', '/api/v1/plans/:id/progress', api()],
  ['GET', '/api/v1/plans/:id/export.xlsx', api('OFFICER', 'ADMIN', 'CHAIRMAN', 'VICE_CHAIRMAN', 'COUNCIL_MEMBER')],
  ['POST', '/api/v1/plans/:id/ratings/import', api('OFFICER', 'ADMIN')],
  ['GET', '/api/v1/plans/:id/ratings', api('OFFICER', 'ADMIN', 'CHAIRMAN', 'VICE_CHAIRMAN', 'COUNCIL_MEMBER')],
  ['GET', '/api/v1/plans/:id/candidates', api('OFFICER', 'ADMIN', 'CHAIRMAN', 'VICE_CHAIRMAN', 'COUNCIL_MEMBER')],
  ['POST', '/api/v1/plans/:id/candidates/proposals', api('OFFICER')],
  ['POST', '/api/v1/plans/:id/document', api('OFFICER', 'CHAIRMAN', 'VICE_CHAIRMAN')],
  ['GET', '/api/v1/plans/:id/document.pdf', api()],
  // Papers and archive
  ['POST', '/api/v1/decisions/:id/revoke', api('CHAIRMAN', 'VICE_CHAIRMAN')],
  ['POST', '/api/v1/decisions/revocations/:id/retry', api('OFFICER', 'ADMIN')],
  ['GET', '/xac-thuc/:id', everyone()],
  ['GET', '/xac-thuc/:id/van-ban/:documentId', everyone()],
  ['POST', '/xac-thuc/:id', everyone()],
  // Pages
  ['GET', '/viec-can-lam', page()],
  ['GET', '/can-bo/ho-so', page('OFFICER')],
  ['POST', '/can-bo/thu-hoi/:id/thu-lai', page('OFFICER')],
  ['GET', '/don-vi/ho-so', page('UNIT_HEAD')],
  ['GET', '/don-vi/de-nghi-moi', page('UNIT_HEAD', 'OFFICER')],
  ['POST', '/don-vi/de-nghi-moi', page('UNIT_HEAD', 'OFFICER')],
  ['GET', '/hoi-dong', page('COUNCIL_MEMBER')],
  ['GET', '/ky-duyet', page('CHAIRMAN', 'VICE_CHAIRMAN')],
  ['GET', '/quan-tri/nguoi-dung', page('ADMIN')],
  ['GET', '/ho-so/:id', page()],
  ['GET', '/ho-so/:id/quyet-dinh.pdf', page()],
  ['GET', '/ho-so/:id/van-ban/:documentId', page()],
  ['POST', '/ho-so/:id/hoan-thien', page('OFFICER')],
  ['POST', '/ho-so/:id/bieu-quyet', page('COUNCIL_MEMBER', 'CHAIRMAN', 'VICE_CHAIRMAN')],
  ['POST', '/ho-so/:id/buoc/:step', page()],
  ['GET', '/ho-so/:id/du-thao-quyet-dinh.pdf', page('CHAIRMAN', 'VICE_CHAIRMAN', 'OFFICER')],
  ['POST', '/ho-so/:id/phieu-van-ban', page('OFFICER')],
  ['POST', '/ho-so/:id/phan-anh/:objectionId/giai-quyet', page('OFFICER')],
  // Rounds (đợt) pages
  ['GET', '/dot', page('OFFICER', 'CHAIRMAN', 'VICE_CHAIRMAN', 'COUNCIL_MEMBER', 'UNIT_HEAD')],
  ['POST', '/dot', page('OFFICER')],
  ['GET', '/dot/:id', page('OFFICER', 'CHAIRMAN', 'VICE_CHAIRMAN', 'COUNCIL_MEMBER', 'UNIT_HEAD')],
  ['GET', '/dot/:id/van-ban/:documentId', page('OFFICER', 'CHAIRMAN', 'VICE_CHAIRMAN', 'COUNCIL_MEMBER', 'UNIT_HEAD')],
  ['POST', '/dot/:id/buoc/:step', page()],
  ['GET', '/dot/:id/du-thao-quyet-dinh.pdf', page('CHAIRMAN', 'VICE_CHAIRMAN', 'OFFICER')],
  ['GET', '/dot/:id/phieu', page('COUNCIL_MEMBER', 'CHAIRMAN', 'VICE_CHAIRMAN')],
  ['POST', '/dot/:id/phieu', page('COUNCIL_MEMBER', 'CHAIRMAN', 'VICE_CHAIRMAN')],
  ['GET', '/dot/:id/quyet-dinh', page('CHAIRMAN', 'VICE_CHAIRMAN')],
  ['POST', '/dot/:id/quyet-dinh', page('CHAIRMAN', 'VICE_CHAIRMAN')],
  // Notifications: every signed-in user, their own only
  ['GET', '/thong-bao', page()],
  ['POST', '/thong-bao/da-doc-het', page()],
  ['POST', '/thong-bao/:id/da-doc', page()],
  // Public posting: anyone, no sign-in
  ['GET', '/cong-khai', everyone()],
  ['POST', '/cong-khai/:id/phan-anh', everyone()],
  // Emulation plan pages
  ['GET', '/ke-hoach', page()],
  ['POST', '/ke-hoach', page('OFFICER', 'ADMIN')],
  ['GET', '/ke-hoach/:id', page()],
  ['POST', '/ke-hoach/:id/chi-tieu', page('OFFICER', 'ADMIN')],
  ['POST', '/ke-hoach/:id/nhac-dang-ky', page('OFFICER', 'ADMIN')],
  ['GET', '/ke-hoach/:id/dang-ky', page('UNIT_HEAD')],
  ['POST', '/ke-hoach/:id/dang-ky', page('UNIT_HEAD')],
  ['GET', '/ke-hoach/:id/chi-tieu/:targetId/bao-cao', page('UNIT_HEAD', 'OFFICER', 'ADMIN')],
  ['POST', '/ke-hoach/:id/chi-tieu/:targetId/bao-cao', page('UNIT_HEAD', 'OFFICER', 'ADMIN')],
  ['GET', '/ke-hoach/:id/minh-chung/:reportId', page()],
  ['GET', '/ke-hoach/:id/tien-do', page()],
  ['GET', '/ke-hoach/:id/danh-gia', page('OFFICER', 'ADMIN', 'CHAIRMAN', 'VICE_CHAIRMAN', 'COUNCIL_MEMBER')],
  ['POST', '/ke-hoach/:id/danh-gia/xep-loai', page('OFFICER', 'ADMIN')],
  ['POST', '/ke-hoach/:id/danh-gia/ho-so', page('OFFICER')],
  ['POST', '/ke-hoach/:id/ban-hanh', page('OFFICER', 'CHAIRMAN', 'VICE_CHAIRMAN')],
  ['GET', '/ke-hoach/:id/ke-hoach.pdf', page()],
  ['POST', '/ke-hoach/:id/bao-cao-tong-ket', page('OFFICER', 'CHAIRMAN', 'VICE_CHAIRMAN')],
  ['GET', '/ke-hoach/:id/bao-cao-tong-ket.pdf', page()],
  ['POST', '/ke-hoach/:id/danh-sach-dang-ky', page('OFFICER', 'ADMIN')],
  ['GET', '/ke-hoach/:id/danh-sach-dang-ky.pdf', page('OFFICER', 'ADMIN', 'CHAIRMAN', 'VICE_CHAIRMAN', 'COUNCIL_MEMBER')],
  // Administration pages
  ['POST', '/quan-tri/nguoi-dung', page('ADMIN')],
  ['GET', '/quan-tri/nguoi-dung/:id', page('ADMIN')],
  ['POST', '/quan-tri/nguoi-dung/:id', page('ADMIN')],
  ['POST', '/quan-tri/nguoi-dung/:id/mat-khau', page('ADMIN')],
  ['POST', '/quan-tri/nguoi-dung/:id/khoa', page('ADMIN')],
  ['GET', '/quan-tri/don-vi', page('ADMIN')],
  ['POST', '/quan-tri/don-vi', page('ADMIN')],
  ['POST', '/quan-tri/don-vi/:id', page('ADMIN')],
  ['GET', '/quan-tri/don-vi/:id/ngung-hoat-dong', page('ADMIN')],
  ['POST', '/quan-tri/don-vi/:id/ngung-hoat-dong', page('ADMIN')],
  ['GET', '/quan-tri/don-vi/:id/hoat-dong-lai', page('ADMIN')],
  ['POST', '/quan-tri/don-vi/:id/hoat-dong-lai', page('ADMIN')],
  ['GET', '/quan-tri/hoi-dong', page('ADMIN')],
  ['POST', '/quan-tri/hoi-dong', page('ADMIN')],
  ['POST', '/quan-tri/hoi-dong/:id/thanh-vien', page('ADMIN')],
  ['POST', '/quan-tri/hoi-dong/:id/thanh-vien/:memberId/xoa', page('ADMIN')],
  ['POST', '/quan-tri/hoi-dong/:id/kich-hoat', page('ADMIN')],
  ['GET', '/quan-tri/tham-so', page('ADMIN')],
  ['POST', '/quan-tri/tham-so', page('ADMIN')],
  ['GET', '/quan-tri/lich-nghi', page('ADMIN')],
  ['POST', '/quan-tri/lich-nghi', page('ADMIN')],
  // Dossier papers and nomination import
  ['POST', '/api/v1/proposals/:id/documents', api('UNIT_HEAD')],
  ['GET', '/api/v1/proposals/:id/documents', api()],
  ['GET', '/api/v1/proposals/:id/documents/:docId', api()],
  ['POST', '/ho-so/:id/giay-to', page('UNIT_HEAD')],
  ['GET', '/ho-so/:id/giay-to/:docId', page()],
  ['GET', '/don-vi/nhap-danh-sach', page('UNIT_HEAD')],
  ['GET', '/don-vi/nhap-danh-sach/mau.xlsx', page('UNIT_HEAD')],
  ['POST', '/don-vi/nhap-danh-sach', page('UNIT_HEAD')],
  // Nomination drafts: the unit's heads and the officer (scope by unit in ../dossier/proposal-drafts.test.ts)
  ['POST', '/api/v1/proposal-drafts', api('UNIT_HEAD', 'OFFICER')],
  ['GET', '/api/v1/proposal-drafts', api('UNIT_HEAD', 'OFFICER')],
  ['GET', '/api/v1/proposal-drafts/:id', api('UNIT_HEAD', 'OFFICER')],
  ['PUT', '/api/v1/proposal-drafts/:id', api('UNIT_HEAD', 'OFFICER')],
  ['DELETE', '/api/v1/proposal-drafts/:id', api('UNIT_HEAD', 'OFFICER')],
  ['POST', '/api/v1/proposal-drafts/:id/submit', api('UNIT_HEAD', 'OFFICER')],
  ['POST', '/api/v1/proposal-drafts/:id/documents', api('UNIT_HEAD', 'OFFICER')],
  ['GET', '/api/v1/proposal-drafts/:id/documents/:docId', api('UNIT_HEAD', 'OFFICER')],
  ['DELETE', '/api/v1/proposal-drafts/:id/documents/:docId', api('UNIT_HEAD', 'OFFICER')],
  ['GET', '/don-vi/ho-so-nhap', page('UNIT_HEAD', 'OFFICER')],
  ['GET', '/don-vi/ho-so-nhap/:id', page('UNIT_HEAD', 'OFFICER')],
  ['POST', '/don-vi/ho-so-nhap/:id', page('UNIT_HEAD', 'OFFICER')],
  ['POST', '/don-vi/ho-so-nhap/:id/giay-to', page('UNIT_HEAD', 'OFFICER')],
  ['GET', '/don-vi/ho-so-nhap/:id/giay-to/:docId', page('UNIT_HEAD', 'OFFICER')],
  ['POST', '/don-vi/ho-so-nhap/:id/giay-to/:docId/go', page('UNIT_HEAD', 'OFFICER')],
  ['POST', '/don-vi/ho-so-nhap/:id/xoa', page('UNIT_HEAD', 'OFFICER')],
  // People registry and award register: the officer keeps everyone, a unit head its own unit
  ['GET', '/api/v1/people', api('OFFICER', 'UNIT_HEAD')],
  ['POST', '/api/v1/people', api('OFFICER', 'UNIT_HEAD')],
  ['GET', '/api/v1/people/:id', api('OFFICER', 'UNIT_HEAD')],
  ['PUT', '/api/v1/people/:id', api('OFFICER', 'UNIT_HEAD')],
  ['POST', '/api/v1/people/:id/deactivate', api('OFFICER', 'UNIT_HEAD')],
  ['POST', '/api/v1/people/:id/reactivate', api('OFFICER', 'UNIT_HEAD')],
  ['GET', '/api/v1/households', api('OFFICER', 'UNIT_HEAD')],
  ['POST', '/api/v1/households', api('OFFICER', 'UNIT_HEAD')],
  ['GET', '/api/v1/households/:id', api('OFFICER', 'UNIT_HEAD')],
  ['PUT', '/api/v1/households/:id', api('OFFICER', 'UNIT_HEAD')],
  ['POST', '/api/v1/households/:id/deactivate', api('OFFICER', 'UNIT_HEAD')],
  ['GET', '/api/v1/register', api()],
  ['GET', '/api/v1/register/export.xlsx', api()],
  ['GET', '/api/v1/register/:kind/:id', api()],
  ['POST', '/api/v1/register/import', api('OFFICER')],
  ['POST', '/api/v1/register/records', api('OFFICER')],
  ['GET', '/api/v1/register/reports/awards', api()],
  ['GET', '/api/v1/register/reports/due-next-year', api()],
  ['GET', '/so-khen-thuong/bao-cao', page('OFFICER', 'UNIT_HEAD')],
  ['GET', '/so-khen-thuong/bao-cao.xlsx', page('OFFICER', 'UNIT_HEAD')],
  ['GET', '/so-khen-thuong/du-kien-nam-sau.xlsx', page('OFFICER', 'UNIT_HEAD')],
  ['GET', '/so-khen-thuong/du-kien-nam-sau', page('OFFICER', 'UNIT_HEAD')],
  ['GET', '/so-khen-thuong', page()],
  ['GET', '/so-khen-thuong/xuat.xlsx', page()],
  ['GET', '/so-khen-thuong/nhap', page('OFFICER')],
  ['POST', '/so-khen-thuong/nhap', page('OFFICER')],
  ['GET', '/so-khen-thuong/ho-so/:proposalId/giay-chung-nhan.pdf', page()],
  ['GET', '/so-khen-thuong/:kind/:id', page()],
  ['GET', '/danh-sach-ca-nhan', page('OFFICER', 'UNIT_HEAD')],
  ['POST', '/danh-sach-ca-nhan', page('OFFICER', 'UNIT_HEAD')],
  ['GET', '/danh-sach-ca-nhan/:id', page('OFFICER', 'UNIT_HEAD')],
  ['POST', '/danh-sach-ca-nhan/:id', page('OFFICER', 'UNIT_HEAD')],
  ['POST', '/danh-sach-ca-nhan/:id/ngung-theo-doi', page('OFFICER', 'UNIT_HEAD')],
  ['POST', '/danh-sach-ca-nhan/:id/theo-doi-lai', page('OFFICER', 'UNIT_HEAD')],
  ['GET', '/danh-sach-ho-gia-dinh', page('OFFICER', 'UNIT_HEAD')],
  ['POST', '/danh-sach-ho-gia-dinh', page('OFFICER', 'UNIT_HEAD')],
  ['POST', '/danh-sach-ho-gia-dinh/:id/ngung-theo-doi', page('OFFICER', 'UNIT_HEAD')],
  // Sign-out ends the session it is called with, so these are walked last.
  ['POST', '/dang-xuat', everyone()],
  ['POST', '/api/v1/auth/logout', api()],
];

/**
 * The generic step routes at every step's address, derived from the catalogues so a new step is
 * covered here without editing this file: only the step's roles pass the guard.
 */
const STEP_ROWS: [string, string, Record<Who, Outcome>][] = [
  ['/api/v1/proposals', '/ho-so', PROPOSAL_STEP_ROUTES] as const,
  ['/api/v1/rounds', '/dot', ROUND_STEP_ROUTES] as const,
].flatMap(([restBase, pageBase, catalogue]) =>
  catalogue.all().flatMap((step): [string, string, Record<Who, Outcome>][] => [
    ...(step.input.ownRoute ? [] : [['POST', `${restBase}/:id/steps/${step.input.slug}`, api(...step.description.roles)] as [string, string, Record<Who, Outcome>]]),
    ...(step.input.ownRoute || step.input.ownPage ? [] : [['POST', `${pageBase}/:id/buoc/${step.input.slug}`, page(...step.description.roles)] as [string, string, Record<Who, Outcome>]]),
  ]),
);

describe('authorization matrix: every route × every role', () => {
  let stack: ApiStack;
  let sessions: Map<Who, RoleSession>;

  beforeAll(async () => {
    stack = await startApi(testConfig());
    const ward = await seedIsolatedWard(stack.dataSource);
    // One user per role holding that role alone (the demo's chairman also chairs the council, etc.).
    sessions = new Map<Who, RoleSession>(await signInOneUserPerRole(stack, ward, ROLES, { tag: 'authz', displayPrefix: 'Kiểm thử' }));
    const anonymous = new WebClient(stack.baseUrl);
    const form = await anonymous.get('/dang-nhap');
    sessions.set('ANONYMOUS', { token: null, cookies: `kt_pre=${anonymous.cookies.get('kt_pre')}`, csrf: csrfTokenIn(form.html) });
  });
  afterAll(() => stack?.close());

  it('lists every route the app serves, and no route it does not serve', () => {
    // A Nest middleware bound to one route (the verification upload parser) is a second layer of that route: listed once.
    expect(servedRoutes(stack).map(([m, p]) => `${m} ${p}`)).toEqual(MATRIX.map(([m, p]) => `${m} ${p}`).sort());
  });

  async function call(method: string, path: string, who: Who): Promise<{ outcome: Outcome; status: number }> {
    const res = await requestAs(stack.baseUrl, sessions.get(who)!, method, path.replace(/:[a-zA-Z]+/g, () => randomUUID()));
    await res.arrayBuffer();
    const location = res.headers.get('location') ?? '';
    const outcome: Outcome =
      res.status === 401 ? 401 : res.status === 403 ? 403 : res.status === 303 && location.startsWith('/dang-nhap?next=') ? 'login' : 'allowed';
    return { outcome, status: res.status };
  }

  it('derives a row for every step the generic routes perform', () => {
    expect(STEP_ROWS.length).toBeGreaterThanOrEqual(20);
  });

  it.each([...MATRIX.slice(0, -2), ...STEP_ROWS, ...MATRIX.slice(-2)])('%s %s', async (method, path, expected) => {
    const actual: Record<string, Outcome> = {};
    const failures: string[] = [];
    for (const who of WHO) {
      const { outcome, status } = await call(method, path, who);
      actual[who] = outcome;
      // /health answers 503 here: no worker runs in this suite, so its browser heartbeat is missing.
      if (outcome === 'allowed' && status >= 500 && !(path === '/health' && status === 503)) failures.push(`${who}: ${status}`);
    }
    expect(actual).toEqual(expected);
    expect(failures).toEqual([]);
  });
});
