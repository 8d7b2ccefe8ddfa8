/**
 * What the papers print that the read model does not hold yet (issuing_body has no address).
 * The defaults are the demo ward's; a real body configures its own.
 */
export interface PaperSettings {
  councilVenue: string;
  /** "Kính gửi" of a submission to the higher level (escalation). */
  higherLevelAddresseeLines: string[];
  postingPlaces: string[];
  /** Phone and e-mail print only when configured: the read model has none yet, and none is invented. */
  objection: { address: string; phone?: string; email?: string; means: string };
}

export function defaultPaperSettings(bodyShortName: string): PaperSettings {
  return {
    councilVenue: `Hội trường Ủy ban nhân dân ${bodyShortName}`,
    // Phường Ngô Quyền belongs to Hải Phòng; the province and its department of home affairs receive escalations.
    higherLevelAddresseeLines: ['Chủ tịch Ủy ban nhân dân thành phố Hải Phòng', '(qua Sở Nội vụ)'],
    postingPlaces: [`Trụ sở Ủy ban nhân dân ${bodyShortName}`, 'Nhà văn hóa các tổ dân phố', 'Trang thông tin điện tử của phường'],
    objection: {
      address: `Trụ sở Ủy ban nhân dân ${bodyShortName}`,
      means: 'bằng văn bản, trực tiếp hoặc trực tuyến',
    },
  };
}
