import { ApiClient, type ApiStack, type IsolatedWard, useStack } from '../../../../test/support/stack';
import { LOGIN_THROTTLE } from '../../src/auth/login-throttle';
import { csrfTokenIn, textOf, WebClient } from './web-client';

describe('web sessions, CSRF, headers, login throttle and audit', () => {
  let stack: ApiStack;
  let ward: IsolatedWard;

  useStack({ worker: false }, (started) => ({ stack, ward } = started));

  const audit = async (userId: string) =>
    (await stack.dataSource.query(`SELECT action FROM audit_log WHERE actor_user_id = $1 AND proposal_id IS NULL ORDER BY id`, [userId])).map((r: { action: string }) => r.action);

  it('serves the login page in Vietnamese with a CSP of self only and a pre-session cookie', async () => {
    const web = new WebClient(stack.baseUrl);
    const page = await web.get('/dang-nhap');
    expect(page.status).toBe(200);
    expect(page.html).toContain('<html lang="vi">');
    expect(page.html).toMatch(/<label for="username">Tên đăng nhập<\/label>/);
    const csp = page.headers.get('content-security-policy')!;
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    const pre = page.setCookies.find((c) => c.startsWith('kt_pre='))!;
    expect(pre).toMatch(/HttpOnly/);
    expect(pre).toMatch(/SameSite=Lax/);
    expect(pre).not.toMatch(/Secure/); // PUBLIC_BASE_URL is not https in tests
    const css = await fetch(`${stack.baseUrl}/static/app.css`);
    expect(css.headers.get('content-type')).toMatch(/text\/css/);
    expect(await css.text()).toContain(':focus-visible');
  });

  it('refuses a form post without the CSRF token of its own cookie with a 403 Vietnamese page', async () => {
    const web = new WebClient(stack.baseUrl);
    await web.get('/dang-nhap');
    const missing = await web.post('/dang-nhap', { username: ward.prefix + 'canbo.vp', password: 'khenthuong2026' });
    expect(missing.status).toBe(403);
    expect(missing.html).toContain('<html lang="vi">');
    expect(textOf(missing.html)).toContain('Biểu mẫu đã hết hạn hoặc không hợp lệ.');
    expect(web.cookies.has('kt_session')).toBe(false);
    // A token taken from another visitor's page does not fit this visitor's cookie.
    const other = new WebClient(stack.baseUrl);
    const foreign = csrfTokenIn((await other.get('/dang-nhap')).html);
    const forged = await web.post('/dang-nhap', { _csrf: foreign, username: ward.prefix + 'canbo.vp', password: 'khenthuong2026' });
    expect(forged.status).toBe(403);
    expect(web.cookies.has('kt_session')).toBe(false);
  });

  it('shows bad login input again with Vietnamese field errors (400), never a 500', async () => {
    const web = new WebClient(stack.baseUrl);
    const res = await web.submit('/dang-nhap', '/dang-nhap', { username: 'x', password: '', extra: '1' });
    expect(res.status).toBe(400);
    const text = textOf(res.html);
    expect(text).toContain('Tên đăng nhập dài từ 2 đến 100 ký tự.');
    expect(text).toContain('Vui lòng kiểm tra các trường được đánh dấu.');
    expect(res.html).toContain('aria-invalid="true" aria-describedby="username-loi"');
  });

  it('signs in with a cookie session, shows the role, audits login and logout, and ends the session', async () => {
    const web = await WebClient.login(stack.baseUrl, ward.prefix + 'canbo.vp');
    expect(web.cookies.has('kt_session')).toBe(true);
    expect(web.cookies.has('kt_pre')).toBe(false);
    const home = await web.get('/');
    expect(home.status).toBe(303);
    expect(home.location).toBe('/viec-can-lam');
    const dashboard = await web.get('/can-bo/ho-so');
    expect(dashboard.status).toBe(200);
    expect(textOf(dashboard.html)).toContain('Lê Thị Thu Hà Công chức Văn phòng - Thống kê · Thành viên Hội đồng Thi đua - Khen thưởng');
    expect(dashboard.html).toContain('<a href="/hoi-dong">Phiếu biểu quyết Hội đồng</a>');
    expect(dashboard.html).not.toContain('/ky-duyet');
    // The cookie is for pages only: the JSON API wants a bearer token (so it needs no CSRF defence).
    const api = await fetch(`${stack.baseUrl}/api/v1/proposals`, { headers: { cookie: `kt_session=${web.cookies.get('kt_session')}` } });
    expect(api.status).toBe(401);

    const token = web.cookies.get('kt_session')!;
    const out = await web.submit('/can-bo/ho-so', '/dang-xuat', {});
    expect(out.status).toBe(303);
    expect(web.cookies.has('kt_session')).toBe(false);
    // The old cookie is dead on the server too.
    const replay = new WebClient(stack.baseUrl);
    replay.cookies.set('kt_session', token);
    const after = await replay.get('/can-bo/ho-so');
    expect(after.status).toBe(303);
    expect(after.location).toBe('/dang-nhap?next=%2Fcan-bo%2Fho-so');
    expect(await audit(ward.userIds['canbo.vp'])).toEqual(['LOGIN', 'LOGOUT']);
  });

  it('sends anonymous visitors of a page to the login and back to the page afterwards', async () => {
    const web = new WebClient(stack.baseUrl);
    const res = await web.get('/hoi-dong?page=2');
    expect(res.status).toBe(303);
    expect(res.location).toBe('/dang-nhap?next=%2Fhoi-dong%3Fpage%3D2');
    const form = await web.get(res.location!);
    expect(form.html).toContain('name="next" value="/hoi-dong?page&#x3D;2"');
    const signedIn = await web.post('/dang-nhap', { _csrf: csrfTokenIn(form.html), next: '/hoi-dong?page=2', username: ward.prefix + 'hoidong.mttq', password: 'khenthuong2026' });
    expect(signedIn.location).toBe('/hoi-dong?page=2');
    // Never to another site.
    const evil = await WebClient.login(stack.baseUrl, ward.prefix + 'hoidong.mttq');
    const page = await evil.get('/dang-nhap');
    expect(page.status).toBe(303);
    const offsite = await new WebClient(stack.baseUrl).submit('/dang-nhap', '/dang-nhap', { next: '//evil.example/x', username: ward.prefix + 'hoidong.mttq', password: 'khenthuong2026' });
    expect(offsite.location).toBe('/viec-can-lam');
  });

  it(`throttles a username after ${LOGIN_THROTTLE.maxFailuresPerUsername} failures, across page and API, and audits it`, async () => {
    const username = ward.prefix + 'tram.yte';
    const web = new WebClient(stack.baseUrl);
    for (let i = 0; i < LOGIN_THROTTLE.maxFailuresPerUsername - 1; i++) {
      const wrong = await web.submit('/dang-nhap', '/dang-nhap', { username, password: 'sai-mat-khau' });
      expect(wrong.status).toBe(401);
      expect(textOf(wrong.html)).toContain('Tên đăng nhập hoặc mật khẩu không đúng.');
    }
    // The last allowed failure goes through the API: both count in the same table.
    const apiWrong = await new ApiClient(stack.baseUrl).request('POST', '/api/v1/auth/login', { username, password: 'sai' });
    expect(apiWrong.status).toBe(401);
    const locked = await web.submit('/dang-nhap', '/dang-nhap', { username, password: 'khenthuong2026' });
    expect(locked.status).toBe(429);
    expect(textOf(locked.html)).toContain('Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau 15 phút.');
    const apiLocked = await new ApiClient(stack.baseUrl).request('POST', '/api/v1/auth/login', { username, password: 'khenthuong2026' });
    expect(apiLocked.status).toBe(429);
    expect(apiLocked.body.message).toBe('Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau 15 phút.');
    const [{ count }] = await stack.dataSource.query(`SELECT count(*) FROM login_attempt WHERE username_key = $1 AND NOT succeeded`, [username]);
    expect(Number(count)).toBe(LOGIN_THROTTLE.maxFailuresPerUsername);
    expect(await audit(ward.userIds['tram.yte'])).toEqual([...Array(LOGIN_THROTTLE.maxFailuresPerUsername).fill('LOGIN_FAILED'), 'LOGIN_THROTTLED', 'LOGIN_THROTTLED']);
    // Another user from the same address is not affected.
    await expect(WebClient.login(stack.baseUrl, ward.prefix + 'tdp1')).resolves.toBeInstanceOf(WebClient);
  });

  it('accepts the API logout of a bearer token and audits it', async () => {
    const api = await ApiClient.login(stack.baseUrl, ward.prefix + 'quantri');
    expect((await api.request('POST', '/api/v1/auth/logout')).status).toBe(204);
    expect((await api.request('GET', '/api/v1/proposals')).status).toBe(401);
    expect(await audit(ward.userIds['quantri'])).toEqual(['LOGIN', 'LOGOUT']);
  });
});
