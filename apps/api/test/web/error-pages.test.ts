import { startApi, testConfig, type ApiStack } from '../../../../test/support/stack';
import { textOf } from './web-client';

const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

describe('error pages: a browser gets Vietnamese HTML, the API and JSON clients get JSON', () => {
  let stack: ApiStack;
  beforeAll(async () => {
    stack = await startApi(testConfig());
  });
  afterAll(() => stack?.close());

  const get = (path: string, accept: string) => fetch(stack.baseUrl + path, { headers: { accept }, redirect: 'manual' });

  it('answers an unknown address opened in a browser with the Vietnamese 404 page', async () => {
    const res = await get('/trang-khong-ton-tai', BROWSER_ACCEPT);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const text = textOf(await res.text());
    expect(text).toContain('Không tìm thấy');
    expect(text).toContain('Về trang chủ');
    expect(text).not.toMatch(/Cannot GET|statusCode|NOT_FOUND/);
  });

  it('keeps JSON for the API, even from a browser, and for clients that ask for JSON', async () => {
    for (const [path, accept] of [['/api/v1/khong-co', BROWSER_ACCEPT], ['/trang-khong-ton-tai', 'application/json']] as const) {
      const res = await get(path, accept);
      expect(res.status).toBe(404);
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
      expect((await res.json()).code).toBe('NOT_FOUND');
    }
  });
});
