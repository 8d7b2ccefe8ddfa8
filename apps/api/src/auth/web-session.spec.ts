import { loadConfig } from '@khenthuong/platform';
import { cookieOptions, csrfTokenFor, csrfTokenMatches, isPageRequest } from './web-session';
import type { Request } from 'express';

const env = { DATABASE_URL: 'postgres://u:p@127.0.0.1:5432/db', TEMPORAL_ADDRESS: '127.0.0.1:7233' };

describe('cookieOptions', () => {
  it('marks the cookie Secure only when the public address is https', () => {
    expect(cookieOptions(loadConfig({ ...env, PUBLIC_BASE_URL: 'https://khenthuong.ngoquyen.gov.vn' }))).toMatchObject({ secure: true, httpOnly: true, sameSite: 'lax' });
    expect(cookieOptions(loadConfig({ ...env, PUBLIC_BASE_URL: 'http://localhost:3000' })).secure).toBe(false);
    expect(cookieOptions(loadConfig(env)).secure).toBe(false);
  });
});

describe('csrfTokenMatches', () => {
  it('accepts only the token derived from the same secret', () => {
    expect(csrfTokenMatches('secret-a', csrfTokenFor('secret-a'))).toBe(true);
    expect(csrfTokenMatches('secret-a', csrfTokenFor('secret-b'))).toBe(false);
    expect(csrfTokenMatches(undefined, csrfTokenFor('secret-a'))).toBe(false);
    expect(csrfTokenMatches('secret-a', undefined)).toBe(false);
    expect(csrfTokenMatches('secret-a', ['x'])).toBe(false);
    expect(csrfTokenMatches('secret-a', '')).toBe(false);
  });
});

describe('isPageRequest', () => {
  it.each([
    ['/', true],
    ['/ho-so/1', true],
    ['/api/v1/proposals', false],
    ['/api/docs', false],
    ['/health', false],
    ['/static/app.css', false],
  ])('%s → %s', (path, page) => {
    expect(isPageRequest({ path } as Request)).toBe(page);
  });
});
