import type { WardIdentity } from './demo-data.loader';

/**
 * Place names for the wards of the demo province: real Vietnamese ward names of the kind towns use,
 * each once, none of them Ngô Quyền (the demo ward keeps its own body).
 */
const PLACE_NAMES = [
  'Lê Lợi', 'Trần Phú', 'Quang Trung', 'Hai Bà Trưng', 'Lý Thường Kiệt', 'Nguyễn Trãi', 'Hoàng Văn Thụ', 'Phan Chu Trinh', 'Phan Bội Châu', 'Bạch Đằng',
  'Hồng Bàng', 'Minh Khai', 'Trần Hưng Đạo', 'Điện Biên', 'Tân Định', 'Bến Nghé', 'Đa Kao', 'Tân An', 'Tân Phong', 'Hòa Bình',
  'Thống Nhất', 'Quyết Thắng', 'Quyết Tiến', 'Tân Tiến', 'Tân Thịnh', 'Tân Lập', 'Phú Lợi', 'Phú Hòa', 'Phú Thọ', 'An Phú',
  'An Lạc', 'An Khánh', 'Bình An', 'Bình Minh', 'Thanh Bình', 'Thành Công', 'Đông Sơn', 'Nam Sơn', 'Bắc Sơn', 'Trung Sơn',
  'Tây Sơn', 'Đông Hải', 'Nam Thành', 'Bắc Hà', 'Hòa Khánh', 'Hòa Xuân', 'Thạch Thang', 'Hải Châu', 'Thanh Khê', 'Sơn Trà',
  'Mỹ An', 'Mỹ Phước', 'Long Bình', 'Long Thạnh', 'Phước Long', 'Phước Hải', 'Vĩnh Phúc', 'Vĩnh Hưng', 'Vĩnh Ninh', 'Vĩnh Trại',
  'Xuân Hòa', 'Xuân Phương', 'Yên Thế', 'Yên Hòa', 'Kim Liên', 'Ngọc Hà', 'Ngọc Khánh', 'Cửa Nam', 'Đồng Xuân', 'Văn Miếu',
  'Trung Hòa', 'Nghĩa Đô', 'Dịch Vọng', 'Mai Dịch', 'Tương Mai', 'Hoàng Liệt', 'Định Công', 'Khương Đình', 'Phương Liệt', 'Thịnh Quang',
  'Láng Hạ', 'Ô Chợ Dừa', 'Kim Giang', 'Đại Mỗ', 'Tây Mỗ', 'Phúc Lợi', 'Bồ Đề', 'Việt Hưng', 'Thượng Thanh', 'Gia Thụy',
  'Cự Khối', 'Thạch Bàn', 'Phúc Đồng', 'Sài Đồng', 'Đức Giang', 'Ngọc Thụy', 'Giang Biên', 'Long Biên', 'Hưng Phú', 'Cái Khế',
  'Tân Hưng', 'Rạch Dừa', 'Thắng Nhất', 'Thắng Tam', 'Nguyễn An Ninh', 'Lộc Thọ', 'Vạn Thạnh', 'Phương Sài',
];

/** The most wards the province names; more would repeat a name. */
export const PROVINCE_MAX_WARDS = PLACE_NAMES.length;

export interface ProvinceWard extends WardIdentity {
  /** 1-based position in the province. */
  ordinal: number;
  /** Body code, `p001` … */
  code: string;
  /** Put before every demo username of the ward: `p001.chutich`. */
  usernamePrefix: string;
}

/** The n-th ward of the demo province (1-based). */
export function provinceWard(ordinal: number): ProvinceWard {
  const placeName = PLACE_NAMES[ordinal - 1];
  if (!Number.isInteger(ordinal) || placeName === undefined) throw new RangeError(`a province has wards 1 to ${PROVINCE_MAX_WARDS}, not ${ordinal}`);
  const code = `p${String(ordinal).padStart(3, '0')}`;
  return {
    ordinal,
    code,
    usernamePrefix: `${code}.`,
    name: `Ủy ban nhân dân phường ${placeName}`,
    headerName: `PHƯỜNG ${placeName.toLocaleUpperCase('vi')}`,
    placeName,
  };
}
