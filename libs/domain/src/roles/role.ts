/** Who acts in the process. A user may hold several roles (the chairman also chairs the council). */
export const ROLES = ['OFFICER', 'UNIT_HEAD', 'COUNCIL_MEMBER', 'CHAIRMAN', 'VICE_CHAIRMAN', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABEL_VI: Readonly<Record<Role, string>> = {
  OFFICER: 'Công chức Văn phòng - Thống kê',
  UNIT_HEAD: 'Thủ trưởng đơn vị',
  COUNCIL_MEMBER: 'Thành viên Hội đồng Thi đua - Khen thưởng',
  CHAIRMAN: 'Chủ tịch UBND',
  VICE_CHAIRMAN: 'Phó Chủ tịch UBND',
  ADMIN: 'Quản trị hệ thống',
};
