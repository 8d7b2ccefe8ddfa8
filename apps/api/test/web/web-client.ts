import { DEMO_PASSWORD } from '@khenthuong/persistence';

export interface PageResponse {
  status: number;
  location: string | null;
  html: string;
  headers: Headers;
  setCookies: string[];
}

/** A browser-like client of the pages: keeps cookies, follows nothing by itself, reads CSRF tokens. */
export class WebClient {
  readonly cookies = new Map<string, string>();

  constructor(readonly baseUrl: string) {}

  static async login(baseUrl: string, username: string, password = DEMO_PASSWORD): Promise<WebClient> {
    const client = new WebClient(baseUrl);
    const res = await client.submit('/dang-nhap', '/dang-nhap', { username, password });
    if (res.status !== 303) throw new Error(`page login of ${username} failed: ${res.status}`);
    return client;
  }

  async get(path: string): Promise<PageResponse> {
    return this.send('GET', path);
  }

  /** POSTs a form as a browser would: urlencoded, with the given fields exactly (no token added); a list repeats its field. */
  async post(path: string, fields: Record<string, string | string[]>): Promise<PageResponse> {
    const body = new URLSearchParams();
    for (const [name, value] of Object.entries(fields)) for (const one of Array.isArray(value) ? value : [value]) body.append(name, one);
    return this.send('POST', path, body.toString());
  }

  /** Opens `formPage`, takes its CSRF token, and posts `fields` to `action`. */
  async submit(formPage: string, action: string, fields: Record<string, string | string[]>): Promise<PageResponse> {
    const page = await this.get(formPage);
    return this.post(action, { _csrf: csrfTokenIn(page.html), ...fields });
  }

  private async send(method: string, path: string, body?: string): Promise<PageResponse> {
    const res = await fetch(this.baseUrl + path, {
      method,
      redirect: 'manual',
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/x-www-form-urlencoded' }),
        ...(this.cookies.size ? { cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ') } : {}),
      },
      body,
    });
    const setCookies = res.headers.getSetCookie();
    for (const line of setCookies) {
      const [pair] = line.split(';');
      const [name, value] = [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)];
      if (value === '' || /Expires=Thu, 01 Jan 1970/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return { status: res.status, location: res.headers.get('location'), html: await res.text(), headers: res.headers, setCookies };
  }
}

/** Posts a multipart page form with the session's cookies and the form page's CSRF token. */
export async function postMultipart(web: WebClient, formPage: string, action: string, fields: Record<string, string>, file: { bytes: Buffer; name: string; type: string }) {
  const token = csrfTokenIn((await web.get(formPage)).html);
  const form = new FormData();
  form.append('_csrf', token);
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  form.append('file', new Blob([new Uint8Array(file.bytes)], { type: file.type }), file.name);
  const res = await fetch(web.baseUrl + action, {
    method: 'POST',
    redirect: 'manual',
    headers: { cookie: [...web.cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
    body: form,
  });
  return { status: res.status, location: res.headers.get('location'), html: await res.text() };
}

export function csrfTokenIn(html: string): string {
  const match = /name="_csrf" value="([^"]+)"/.exec(html);
  if (!match) throw new Error('no CSRF token in page');
  return match[1];
}

/** The text of the page without tags, spaces folded, for assertions on what a reader sees. */
export const textOf = (html: string) =>
  html
    .replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
