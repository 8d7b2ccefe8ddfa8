import { controlCharacterProblems, MultiLine } from './multi-line';

class Inner {
  @MultiLine()
  note = '';
  name = '';
}

class Outer {
  @MultiLine()
  comment = '';
  title = '';
  items: Inner[] = [];
}

const outer = (values: Partial<Outer>): Outer => Object.assign(new Outer(), values);
const inner = (values: Partial<Inner>): Inner => Object.assign(new Inner(), values);

describe('controlCharacterProblems', () => {
  it('lets tabs and line breaks through in @MultiLine fields only, nested DTOs included', () => {
    expect(controlCharacterProblems(outer({ comment: 'một\ndòng\thai', items: [inner({ note: 'a\r\nb' })] }))).toEqual([]);
    expect(controlCharacterProblems(outer({ title: 'một\ndòng', items: [inner({ name: 'x\ty' })] })).map((p) => p.field)).toEqual(['title', 'items[0].name']);
  });

  it('refuses NUL everywhere, naming the field in Vietnamese', () => {
    expect(controlCharacterProblems(outer({ comment: 'a\u0000' }))).toEqual([
      { field: 'comment', messages: ['Trường "comment" chứa ký tự điều khiển không được phép (U+0000); vui lòng xóa ký tự đó và gửi lại.'] },
    ]);
    expect(controlCharacterProblems('id\u0000', 'id')[0]?.field).toBe('id');
  });
});
