import { DomainError, DomainErrorCode, withCitation } from './domain-error';

describe('DomainError', () => {
  it('carries a code, a Vietnamese message and a citation', () => {
    const e = new DomainError(DomainErrorCode.QUOTA_EXCEEDED, 'Vượt tỷ lệ', 'Nghị định 91/2017/NĐ-CP');
    expect(e).toBeInstanceOf(Error);
    expect(e).toBeInstanceOf(DomainError);
    expect(e).toMatchObject({ name: 'DomainError', code: 'QUOTA_EXCEEDED', messageVi: 'Vượt tỷ lệ', citation: 'Nghị định 91/2017/NĐ-CP' });
    expect(e.message).toBe('QUOTA_EXCEEDED: Vượt tỷ lệ');
  });
});

describe('withCitation', () => {
  it('appends the article in parentheses', () => {
    expect(withCitation('Chưa đạt', 'Luật Thi đua, khen thưởng 2022, Điều 24')).toBe('Chưa đạt (Luật Thi đua, khen thưởng 2022, Điều 24).');
  });
});
