import { DEMO_BODY } from './ngo-quyen.data';
import { PROVINCE_MAX_WARDS, provinceWard } from './province-wards.data';

describe('the wards of the demo province', () => {
  const wards = [...Array(100).keys()].map((i) => provinceWard(i + 1));

  it('names a hundred wards apart, each a Vietnamese ward committee, none the demo ward', () => {
    expect(PROVINCE_MAX_WARDS).toBeGreaterThanOrEqual(100);
    expect(new Set(wards.map((w) => w.name)).size).toBe(100);
    expect(new Set(wards.map((w) => w.code)).size).toBe(100);
    expect(wards.filter((w) => !w.name.startsWith('Ủy ban nhân dân phường '))).toEqual([]);
    expect(wards.filter((w) => w.placeName === DEMO_BODY.placeName || w.code === DEMO_BODY.code)).toEqual([]);
  });

  it('gives each ward its header line in uppercase with diacritics and a username prefix of its own', () => {
    expect(provinceWard(1)).toMatchObject({ code: 'p001', usernamePrefix: 'p001.', name: 'Ủy ban nhân dân phường Lê Lợi', headerName: 'PHƯỜNG LÊ LỢI', placeName: 'Lê Lợi' });
    expect(provinceWard(37).usernamePrefix).toBe('p037.');
    expect(provinceWard(100).headerName).toBe(`PHƯỜNG ${provinceWard(100).placeName.toUpperCase()}`);
  });

  it('refuses a ward outside the province', () => {
    expect(() => provinceWard(0)).toThrow(RangeError);
    expect(() => provinceWard(PROVINCE_MAX_WARDS + 1)).toThrow(RangeError);
    expect(() => provinceWard(1.5)).toThrow(RangeError);
  });
});
