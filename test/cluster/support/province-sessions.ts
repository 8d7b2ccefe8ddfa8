import type { Role } from '@khenthuong/domain';
import type { LoadedWard } from '@khenthuong/persistence';
import { ApiClient } from '../../support/stack';
import { WebClient } from '../../../apps/api/test/web/web-client';

/** The demo user of a ward who acts in each role, and the list pages that role opens from its menu. */
export const ROLE_USERS: { role: Role; user: string; lists: string[] }[] = [
  { role: 'OFFICER', user: 'canbo.vp', lists: ['/viec-can-lam', '/can-bo/ho-so', '/dot', '/ke-hoach', '/so-khen-thuong', '/danh-sach-ca-nhan'] },
  { role: 'UNIT_HEAD', user: 'truong.mamnon', lists: ['/viec-can-lam', '/don-vi/ho-so', '/dot', '/ke-hoach', '/danh-sach-ca-nhan'] },
  { role: 'COUNCIL_MEMBER', user: 'hoidong.mttq', lists: ['/viec-can-lam', '/hoi-dong', '/dot', '/so-khen-thuong'] },
  { role: 'CHAIRMAN', user: 'chutich', lists: ['/viec-can-lam', '/ky-duyet', '/dot', '/so-khen-thuong'] },
  { role: 'VICE_CHAIRMAN', user: 'phochutich', lists: ['/viec-can-lam', '/ky-duyet', '/dot', '/so-khen-thuong'] },
  { role: 'ADMIN', user: 'quantri', lists: ['/viec-can-lam', '/quan-tri/nguoi-dung', '/quan-tri/don-vi', '/quan-tri/hoi-dong'] },
];

/** The api lists a ward's officer reads. */
export const API_LISTS = ['/api/v1/proposals', '/api/v1/rounds', '/api/v1/plans'];

export interface RoleSession {
  role: Role;
  lists: string[];
  api: ApiClient;
  web: WebClient;
}

/** One ward's users signed in through the api and the pages, one per role. */
export class WardSessions {
  private constructor(
    readonly ward: LoadedWard,
    readonly roles: RoleSession[],
  ) {}

  /** One sign-in per user through the login page: its session token is the api's bearer token too. */
  static async signIn(baseUrl: string, ward: LoadedWard): Promise<WardSessions> {
    const roles = await Promise.all(
      ROLE_USERS.map(async ({ role, user, lists }) => {
        const web = await WebClient.login(baseUrl, ward.usernamePrefix + user);
        return { role, lists, web, api: new ApiClient(baseUrl, web.cookies.get('kt_session')!) };
      }),
    );
    return new WardSessions(ward, roles);
  }

  /** Every list page each role opens, with the api lists of the officer: what the ward's users see. */
  async everythingListed(): Promise<{ where: string; text: string }[]> {
    const seen: { where: string; text: string }[] = [];
    for (const session of this.roles) {
      for (const path of session.lists) {
        const page = await session.web.get(path);
        if (page.status !== 200) throw new Error(`${this.ward.code} ${session.role} ${path} answered ${page.status}`);
        seen.push({ where: `${this.ward.code} ${session.role} ${path}`, text: page.html });
      }
    }
    const officer = this.roles.find((s) => s.role === 'OFFICER')!;
    for (const path of API_LISTS) {
      const answer = await officer.api.request('GET', path);
      if (answer.status !== 200) throw new Error(`${this.ward.code} OFFICER ${path} answered ${answer.status}`);
      seen.push({ where: `${this.ward.code} OFFICER ${path}`, text: JSON.stringify(answer.body) });
    }
    return seen;
  }
}

/** Whether a text names the ward: "phường Lê Lợi" / "PHƯỜNG LÊ LỢI", not as the start of a longer name. */
export function namesWard(text: string, ward: { placeName: string }): boolean {
  const place = ward.placeName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`phường ${place}(?![\\p{L}])`, 'iu').test(text);
}

/** The p-th percentile (0–100) of durations, nearest rank. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}
