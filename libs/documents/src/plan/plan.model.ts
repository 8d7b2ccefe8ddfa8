/**
 * What the caller supplies to print a Kế hoạch thi đua of the ward chairman (seed plan layout,
 * Nghị định 30/2020). Every value is already formatted by the caller; this library lays it out.
 */
export interface PlanDocumentModel {
  /** PDF title: 'Kế hoạch 03/KH-UBND phát động các phong trào thi đua năm 2024'. */
  documentTitle: string;
  /** 'PHƯỜNG NGÔ QUYỀN' */
  bodyNameUpper: string;
  /** 'phường Ngô Quyền' */
  bodyName: string;
  /** Without "Số: ": '03/KH-UBND'. */
  numberText: string;
  placeName: string;
  /** 'ngày 05 tháng 02 năm 2024' */
  dateText: string;
  /** Under "KẾ HOẠCH": 'Phát động các phong trào thi đua năm 2024'. */
  subjectLine: string;
  /** Each its own italic paragraph, as given ('Căn cứ …;'). */
  legalBases: string[];
  /** 'Rõ việc, quyết liệt, linh hoạt, về đích' */
  motto: string;
  year: number;
  movements: Array<{ title: string; themes: string[] }>;
  targets: PlanDocumentTarget[];
  /** Who follows and reports: 'Giao công chức Văn phòng - Thống kê phường … báo cáo …'. */
  implementationText: string;
  /** 'Hạn đăng ký thi đua: ngày 15 tháng 3 năm 2024.' */
  registrationText: string;
  recipientsOfCopy: string[];
  signer: { authorityLine?: 'TM. ỦY BAN NHÂN DÂN' | 'KT. CHỦ TỊCH'; positionLine: 'CHỦ TỊCH' | 'PHÓ CHỦ TỊCH'; name: string };
  verificationUrl: string;
}

export interface PlanDocumentTarget {
  name: string;
  /** '≥ 98%' */
  targetText: string;
  responsibleUnit: string;
  reportingPeriod: string;
}
