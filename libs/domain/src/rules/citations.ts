/**
 * Legal citations shown to users (Vietnamese). "(… chưa xác nhận)" marks what LEGAL.md lists as U.
 * Code comments cite the short form, e.g. `// Luật TĐKT 2022, Điều 24`.
 */
const LAW = 'Luật Thi đua, khen thưởng 2022';

export const CITATION = {
  principle: `${LAW}, Điều 5`,
  cstdToanQuoc: `${LAW}, Điều 21`,
  cstdCapTinh: `${LAW}, Điều 22`,
  cstdCoSo: `${LAW}, Điều 23 (số điều chưa xác nhận)`,
  laoDongTienTien: `${LAW}, Điều 24`,
  tapTheLaoDongXuatSac: `${LAW}, Điều 27`,
  tapTheLaoDongTienTien: `${LAW} (điều khoản chưa xác nhận; tiêu chí theo quy định trước đây)`,
  giayKhen: `${LAW}, Điều 75 khoản 2`,
  bangKhen: `${LAW} (hình thức khen thưởng cấp tỉnh)`,
  authorityHigher: `${LAW}, Điều 80 (thẩm quyền cấp trên)`,
  authorityDistrict: `${LAW}, Điều 80 khoản 2`,
  authorityWard: `${LAW}, Điều 80 khoản 3`,
  authorityNd129: 'Nghị định 129/2025/NĐ-CP (điều khoản chưa xác nhận)',
  dossierTitles: `${LAW}, Điều 84 khoản 1`,
  dossierInitiative: `${LAW}, Điều 84 khoản 1 điểm d`,
  dossierForms: `${LAW}, Điều 84 khoản 2`,
  simplifiedProcedure: `${LAW}, Điều 85`,
  simplifiedDossier: 'Nghị định 98/2023/NĐ-CP, Điều 40',
  council: `${LAW}, Điều 90`,
  councilThreshold: `${LAW}, Điều 90; quy chế Hội đồng (ngưỡng biểu quyết chưa xác nhận, tham số)`,
  councilSecretBallot90: 'Nghị định 91/2017/NĐ-CP, Điều 45 khoản 8 (quy định trước đây, tham số)',
  culturalTitles: 'Nghị định 86/2023/NĐ-CP (tiêu chuẩn chưa xác nhận)',
  laoDongTienTienMonths: 'Thông tư 01/2024/TT-BNV (chưa đối chiếu Thông tư 15/2025/TT-BNV)',
  cstdcsQuota: 'Nghị định 91/2017/NĐ-CP (tỷ lệ 15%, quy định trước đây; chưa xác nhận theo quy định hiện hành)',
  rewardNd98: 'Nghị định 98/2023/NĐ-CP, Điều 54',
  rewardNd152: 'Nghị định 152/2025/NĐ-CP (mức thưởng như Nghị định 98/2023/NĐ-CP, Điều 54)',
  rewardRounding: 'Nghị định 91/2017/NĐ-CP, Điều 68 khoản 2 (quy định trước đây, chưa xác nhận)',
  ttHcTimeLimits: 'Thủ tục hành chính khen thưởng cấp xã (thời hạn chưa xác nhận theo văn bản hiện hành)',
  statePosting: 'Nghị định 98/2023/NĐ-CP, Điều 46; Nghị định 152/2025/NĐ-CP, Điều 60 khoản 3',
  documentFormat: 'Nghị định 30/2020/NĐ-CP, Phụ lục I',
  holidays: 'Bộ luật Lao động 2019, Điều 112',
} as const;
