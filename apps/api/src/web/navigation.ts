import { ROLE_LABEL_VI, ROLES, type Role } from '@khenthuong/domain';

interface NavEntry {
  href: string;
  label: string;
  roles: Role[];
}

/** Each role's pages, in the order of the menu; the first one a user holds is their start page (the task list for everyone). */
const NAV: NavEntry[] = [
  { href: '/viec-can-lam', label: 'Việc cần làm', roles: [...ROLES] },
  { href: '/can-bo/ho-so', label: 'Bảng hồ sơ', roles: ['OFFICER'] },
  { href: '/ky-duyet', label: 'Hồ sơ chờ ký', roles: ['CHAIRMAN', 'VICE_CHAIRMAN'] },
  { href: '/don-vi/ho-so', label: 'Hồ sơ của đơn vị', roles: ['UNIT_HEAD'] },
  { href: '/don-vi/de-nghi-moi', label: 'Lập đề nghị mới', roles: ['UNIT_HEAD', 'OFFICER'] },
  { href: '/don-vi/ho-so-nhap', label: 'Hồ sơ nháp', roles: ['UNIT_HEAD', 'OFFICER'] },
  { href: '/hoi-dong', label: 'Phiếu biểu quyết Hội đồng', roles: ['COUNCIL_MEMBER'] },
  { href: '/dot', label: 'Đợt khen thưởng', roles: ['OFFICER', 'CHAIRMAN', 'VICE_CHAIRMAN', 'COUNCIL_MEMBER', 'UNIT_HEAD'] },
  { href: '/quan-tri/nguoi-dung', label: 'Người dùng', roles: ['ADMIN'] },
  { href: '/quan-tri/don-vi', label: 'Đơn vị', roles: ['ADMIN'] },
  { href: '/quan-tri/hoi-dong', label: 'Hội đồng TĐKT', roles: ['ADMIN'] },
  { href: '/quan-tri/tham-so', label: 'Tham số quy tắc', roles: ['ADMIN'] },
  { href: '/quan-tri/lich-nghi', label: 'Lịch nghỉ', roles: ['ADMIN'] },
  { href: '/ke-hoach', label: 'Kế hoạch thi đua', roles: ['OFFICER', 'UNIT_HEAD'] },
  { href: '/don-vi/nhap-danh-sach', label: 'Nhập danh sách từ Excel', roles: ['UNIT_HEAD'] },
  { href: '/so-khen-thuong', label: 'Sổ theo dõi khen thưởng', roles: ['OFFICER', 'UNIT_HEAD', 'CHAIRMAN', 'VICE_CHAIRMAN', 'COUNCIL_MEMBER', 'ADMIN'] },
  { href: '/so-khen-thuong/bao-cao', label: 'Thống kê khen thưởng', roles: ['OFFICER', 'UNIT_HEAD'] },
  { href: '/danh-sach-ca-nhan', label: 'Danh sách cá nhân', roles: ['OFFICER', 'UNIT_HEAD'] },
  { href: '/danh-sach-ho-gia-dinh', label: 'Danh sách hộ gia đình', roles: ['OFFICER', 'UNIT_HEAD'] },
];

export function navFor(roles: readonly Role[], currentPath: string) {
  return NAV.filter((e) => e.roles.some((r) => roles.includes(r))).map((e) => ({ href: e.href, label: e.label, current: currentPath === e.href }));
}

export function startPageFor(roles: readonly Role[]): string {
  return NAV.find((e) => e.roles.some((r) => roles.includes(r)))?.href ?? '/';
}

export const roleNames = (roles: readonly Role[]) => roles.map((r) => ROLE_LABEL_VI[r]).join(' · ');

/** Only a local path may follow a login (no open redirect to another site). */
export function safeNextPath(next: unknown): string | null {
  return typeof next === 'string' && /^\/(?![/\\])[^\s]*$/.test(next) && next.length <= 500 ? next : null;
}
