import { IsInt, IsString, Length, Max, Min } from 'class-validator';
import { parseForm } from './form';

class SampleForm {
  @IsString({ message: 'Lý do phải là chuỗi ký tự.' })
  @Length(3, 10, { message: 'Lý do dài từ 3 đến 10 ký tự.' })
  reason!: string;

  @IsInt({ message: 'Số ngày phải là số nguyên.' })
  @Min(1, { message: 'Ít nhất 1 ngày.' })
  @Max(30, { message: 'Nhiều nhất 30 ngày.' })
  days!: number;
}

describe('parseForm', () => {
  it('gives each field of a page form one message, however many of its rules it breaks', async () => {
    const result = await parseForm(SampleForm, { _csrf: 'token', reason: ['a', 'b'], days: 'x' });
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems;
    expect(problems.map((p) => p.field).sort()).toEqual(['days', 'reason']);
    // The first-written rule: the type comes before the range.
    expect(problems.find((p) => p.field === 'days')!.messages).toEqual(['Số ngày phải là số nguyên.']);
    expect(problems.find((p) => p.field === 'reason')!.messages).toEqual(['Lý do phải là chuỗi ký tự.']);
  });

  it('accepts a valid form and leaves out the CSRF token', async () => {
    const result = await parseForm(SampleForm, { _csrf: 'token', reason: 'Đã sửa', days: 3 });
    expect(result).toEqual({ ok: true, value: expect.objectContaining({ reason: 'Đã sửa', days: 3 }) });
  });
});
