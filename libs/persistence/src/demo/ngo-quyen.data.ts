import type { Role } from '@khenthuong/domain';
import type { CouncilRole } from '../entities/council-member.entity';
import type { UnitKind } from '../entities/unit.entity';

/**
 * Demo data of phường Ngô Quyền (the seed plan of 2024, shared/seed). The people are invented; the
 * units are the kinds the plan names: bộ phận, tổ dân phố, trường học, trạm y tế, cơ quan.
 */
export const DEMO_BODY = {
  code: 'ngo-quyen',
  name: 'Ủy ban nhân dân phường Ngô Quyền',
  headerName: 'PHƯỜNG NGÔ QUYỀN',
  placeName: 'Ngô Quyền',
};

export const DEMO_UNITS: { code: string; name: string; kind: UnitKind; staff: [string, 'NAM' | 'NU', string][] }[] = [
  { code: 'vp-tk', name: 'Bộ phận Văn phòng - Thống kê', kind: 'BO_PHAN', staff: [['Lê Thị Thu Hà', 'NU', 'Công chức Văn phòng - Thống kê']] },
  { code: 'lanh-dao', name: 'Lãnh đạo UBND phường', kind: 'CO_QUAN', staff: [['Nguyễn Văn Hùng', 'NAM', 'Chủ tịch UBND phường'], ['Trần Thị Lan', 'NU', 'Phó Chủ tịch UBND phường']] },
  { code: 'vh-xh', name: 'Bộ phận Văn hóa - Xã hội', kind: 'BO_PHAN', staff: [['Đặng Thị Hồng Nhung', 'NU', 'Công chức Văn hóa - Xã hội'], ['Bùi Văn Toàn', 'NAM', 'Công chức Lao động - Thương binh và Xã hội']] },
  { code: 'dc-xd', name: 'Bộ phận Địa chính - Xây dựng', kind: 'BO_PHAN', staff: [['Trịnh Quốc Khánh', 'NAM', 'Công chức Địa chính - Xây dựng']] },
  { code: 'mttq', name: 'Ủy ban Mặt trận Tổ quốc Việt Nam phường', kind: 'DOAN_THE', staff: [['Phạm Văn Minh', 'NAM', 'Chủ tịch Ủy ban MTTQ phường']] },
  { code: 'cong-an', name: 'Công an phường Ngô Quyền', kind: 'CO_QUAN', staff: [['Đỗ Quang Huy', 'NAM', 'Trưởng Công an phường']] },
  { code: 'mn-ngo-quyen', name: 'Trường Mầm non Ngô Quyền', kind: 'TRUONG_HOC', staff: [['Hoàng Thị Mai', 'NU', 'Hiệu trưởng'], ['Lương Thị Ngọc Ánh', 'NU', 'Giáo viên'], ['Kiều Thị Yến', 'NU', 'Giáo viên']] },
  { code: 'th-ngo-quyen', name: 'Trường Tiểu học Ngô Quyền', kind: 'TRUONG_HOC', staff: [['Nguyễn Thị Thanh Hương', 'NU', 'Hiệu trưởng'], ['Tạ Văn Đức', 'NAM', 'Giáo viên']] },
  { code: 'thcs-ngo-quyen', name: 'Trường THCS Ngô Quyền', kind: 'TRUONG_HOC', staff: [['Vương Đình Phúc', 'NAM', 'Hiệu trưởng'], ['Châu Thị Diệu Linh', 'NU', 'Giáo viên']] },
  { code: 'tram-y-te', name: 'Trạm Y tế phường Ngô Quyền', kind: 'TRAM_Y_TE', staff: [['Vũ Đức Thắng', 'NAM', 'Trạm trưởng'], ['Quách Thị Hạnh', 'NU', 'Y sĩ']] },
  ...[1, 2, 3, 4, 5, 6].map((n) => ({
    code: `tdp-${n}`,
    name: `Tổ dân phố số ${n}`,
    kind: 'TO_DAN_PHO' as UnitKind,
    staff: [[['Ngô Văn Bình', 'Dương Thị Loan', 'Mạc Văn Tuấn', 'Lý Thị Huệ', 'Đinh Công Sơn', 'Trương Thị Xuân'][n - 1], n % 2 ? 'NAM' : 'NU', 'Tổ trưởng tổ dân phố']] as [string, 'NAM' | 'NU', string][],
  })),
];

export interface DemoUser {
  username: string;
  person: string;
  unitCode: string;
  roles: Role[];
  /** Acts for this unit as its head (UNIT_HEAD). */
  headOf?: string;
  council?: CouncilRole;
}

export const DEMO_USERS: DemoUser[] = [
  { username: 'chutich', person: 'Nguyễn Văn Hùng', unitCode: 'lanh-dao', roles: ['CHAIRMAN', 'COUNCIL_MEMBER'], council: 'CHAIR' },
  { username: 'phochutich', person: 'Trần Thị Lan', unitCode: 'lanh-dao', roles: ['VICE_CHAIRMAN', 'COUNCIL_MEMBER'], council: 'VICE_CHAIR' },
  { username: 'canbo.vp', person: 'Lê Thị Thu Hà', unitCode: 'vp-tk', roles: ['OFFICER', 'COUNCIL_MEMBER'], council: 'SECRETARY' },
  { username: 'hoidong.mttq', person: 'Phạm Văn Minh', unitCode: 'mttq', roles: ['COUNCIL_MEMBER'], council: 'MEMBER' },
  { username: 'hoidong.congan', person: 'Đỗ Quang Huy', unitCode: 'cong-an', roles: ['COUNCIL_MEMBER'], council: 'MEMBER' },
  { username: 'hoidong.vhxh', person: 'Đặng Thị Hồng Nhung', unitCode: 'vh-xh', roles: ['COUNCIL_MEMBER'], council: 'MEMBER' },
  { username: 'truong.mamnon', person: 'Hoàng Thị Mai', unitCode: 'mn-ngo-quyen', roles: ['UNIT_HEAD'], headOf: 'mn-ngo-quyen' },
  { username: 'truong.tieuhoc', person: 'Nguyễn Thị Thanh Hương', unitCode: 'th-ngo-quyen', roles: ['UNIT_HEAD'], headOf: 'th-ngo-quyen' },
  { username: 'tram.yte', person: 'Vũ Đức Thắng', unitCode: 'tram-y-te', roles: ['UNIT_HEAD'], headOf: 'tram-y-te' },
  { username: 'tdp1', person: 'Ngô Văn Bình', unitCode: 'tdp-1', roles: ['UNIT_HEAD'], headOf: 'tdp-1' },
  { username: 'quantri', person: 'Trịnh Quốc Khánh', unitCode: 'dc-xd', roles: ['ADMIN'] },
];

/** Printed by `npm start`; demo only, never used in production (the loader is not run there). */
export const DEMO_PASSWORD = 'khenthuong2026';
