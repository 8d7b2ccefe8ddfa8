/** The printed list of a plan's registrations (danh sách đăng ký thi đua), unnumbered. */
export interface RegistrationListModel {
  /** PDF title: 'Danh sách đăng ký thi đua – Kế hoạch 01/KH-UBND'. */
  documentTitle: string;
  bodyNameUpper: string;
  placeName: string;
  /** 'ngày 05 tháng 02 năm 2024': the day it was printed. */
  dateText: string;
  /** Under "DANH SÁCH ĐĂNG KÝ THI ĐUA": 'Theo Kế hoạch số 01/KH-UBND ngày … phát động …'. */
  subjectLine: string;
  rows: Array<{ registrantName: string; kindName: string; unitName: string; titles: string; ownTargets: string; registeredOn: string; late: boolean }>;
  missingUnits: string[];
  completenessText: string;
}
