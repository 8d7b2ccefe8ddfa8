/**
 * Legal citations shown to users and printed on papers (Vietnamese), in plain words and once each.
 * Whether a citation is confirmed is a developer's and administrator's concern (docs/legal.md, the
 * administrator's rules page), never printed beside it. Code comments cite the short form, e.g.
 * `// Luật TĐKT 2022, Điều 24`.
 */
const LAW = 'Luật Thi đua, khen thưởng 2022';

export const CITATION = {
  principle: `${LAW}, Điều 5`,
  cstdToanQuoc: `${LAW}, Điều 21`,
  cstdCapTinh: `${LAW}, Điều 22`,
  // The article number is inferred from its neighbours (docs/legal.md §3).
  cstdCoSo: `${LAW}, Điều 23`,
  laoDongTienTien: `${LAW}, Điều 24`,
  tapTheLaoDongXuatSac: `${LAW}, Điều 27`,
  // Criteria of the former law kept as rule-set parameters (docs/legal.md §3).
  tapTheLaoDongTienTien: LAW,
  giayKhen: `${LAW}, Điều 75 khoản 2`,
  bangKhen: `${LAW} (hình thức khen thưởng cấp tỉnh)`,
  authorityHigher: `${LAW}, Điều 80 (thẩm quyền cấp trên)`,
  authorityDistrict: `${LAW}, Điều 80 khoản 2`,
  authorityWard: `${LAW}, Điều 80 khoản 3`,
  authorityNd129: 'Nghị định 129/2025/NĐ-CP',
  dossierTitles: `${LAW}, Điều 84 khoản 1`,
  dossierInitiative: `${LAW}, Điều 84 khoản 1 điểm d`,
  dossierForms: `${LAW}, Điều 84 khoản 2`,
  simplifiedProcedure: `${LAW}, Điều 85`,
  simplifiedDossier: 'Nghị định 98/2023/NĐ-CP, Điều 40',
  council: `${LAW}, Điều 90`,
  // The threshold is the council's rule (a rule-set parameter, docs/legal.md §5).
  councilThreshold: `${LAW}, Điều 90; Quy chế hoạt động của Hội đồng`,
  councilSecretBallot90: 'Nghị định 91/2017/NĐ-CP, Điều 45 khoản 8',
  culturalTitles: 'Nghị định 86/2023/NĐ-CP',
  laoDongTienTienMonths: 'Thông tư 01/2024/TT-BNV',
  // The ratio of the former decree, applied as the body's parameter (docs/legal.md §3).
  cstdcsQuota: 'tỷ lệ do phường áp dụng theo Nghị định 91/2017/NĐ-CP',
  rewardNd98: 'Nghị định 98/2023/NĐ-CP, Điều 54',
  rewardNd152: 'Nghị định 152/2025/NĐ-CP (mức thưởng như Nghị định 98/2023/NĐ-CP, Điều 54)',
  rewardRounding: 'Nghị định 91/2017/NĐ-CP, Điều 68 khoản 2',
  ttHcTimeLimits: 'Thủ tục hành chính khen thưởng cấp xã đã công bố',
  statePosting: 'Nghị định 98/2023/NĐ-CP, Điều 46; Nghị định 152/2025/NĐ-CP, Điều 60 khoản 3',
  documentFormat: 'Nghị định 30/2020/NĐ-CP, Phụ lục I',
  holidays: 'Bộ luật Lao động 2019, Điều 112',
} as const;
