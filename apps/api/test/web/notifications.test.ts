import { type ApiStack, type IsolatedWard, useStack } from '../../../../test/support/stack';
import { csrfTokenIn, textOf, WebClient } from './web-client';

/** The header's unread count and /thong-bao: a user's own notices only, marked read one by one or all at once. */
describe('notifications', () => {
  let stack: ApiStack;
  let ward: IsolatedWard;

  useStack({ worker: false }, (started) => ({ stack, ward } = started));

  /** As the worker's notify activity writes them. */
  async function notify(user: string, key: string, message: string): Promise<string> {
    const [row] = await stack.dataSource.query(
      `INSERT INTO notification (body_id, user_id, event_key, kind, message) VALUES ($1, $2, $3, 'REMINDER', $4) RETURNING id`,
      [ward.bodyId, ward.userIds[user], key, message],
    );
    return row.id;
  }
  const unreadIn = (html: string) => /<span class="count">(\d+)<\/span>/.exec(html)?.[1] ?? '0';

  it('counts, lists and marks read only the user’s own notices', async () => {
    const first = await notify('truong.mamnon', 'k1', 'Đợt tổng kết năm sắp hết hạn nhận hồ sơ.');
    await notify('truong.mamnon', 'k2', 'Hồ sơ bị trả để bổ sung.');
    const someoneElses = await notify('truong.tieuhoc', 'k1', 'Thông báo của đơn vị khác.');
    const head = await WebClient.login(stack.baseUrl, `${ward.prefix}truong.mamnon`);

    const list = await head.get('/thong-bao');
    expect(list.status).toBe(200);
    expect(unreadIn(list.html)).toBe('2');
    const text = textOf(list.html);
    expect(text).toContain('Đợt tổng kết năm sắp hết hạn nhận hồ sơ.');
    expect(text).not.toContain('Thông báo của đơn vị khác.');

    const read = await head.post(`/thong-bao/${first}/da-doc`, { _csrf: csrfTokenIn(list.html) });
    expect(read.status).toBe(303);
    expect(unreadIn((await head.get('/don-vi/ho-so')).html)).toBe('1');
    const foreign = await head.post(`/thong-bao/${someoneElses}/da-doc`, { _csrf: csrfTokenIn(list.html) });
    expect({ status: foreign.status, location: foreign.location }).toEqual({ status: 404, location: null });
    const [{ read_at }] = await stack.dataSource.query(`SELECT read_at FROM notification WHERE id = $1`, [someoneElses]);
    expect(read_at).toBeNull();

    expect((await head.post('/thong-bao/da-doc-het', { _csrf: csrfTokenIn(list.html) })).status).toBe(303);
    const after = await head.get('/thong-bao');
    expect(unreadIn(after.html)).toBe('0');
    expect(textOf(after.html)).not.toContain('Đánh dấu đã đọc tất cả');
  });
});
