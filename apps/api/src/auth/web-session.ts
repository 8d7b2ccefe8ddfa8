import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { CookieOptions, Request, Response } from 'express';
import type { AppConfig } from '@khenthuong/platform';
import type { RequestActor } from './actor';

/** The page session: the same opaque token as a bearer session, carried in an http-only cookie. */
export const SESSION_COOKIE = 'kt_session';
/** Before login there is no session; the login form's CSRF token is tied to this random cookie instead. */
export const PRE_SESSION_COOKIE = 'kt_pre';
export const CSRF_FIELD = '_csrf';

export type WebRequest = Request & { actor?: RequestActor; cookies?: Record<string, string | undefined> };

/**
 * Pages are everything outside the JSON API, its docs, health and static files. Only pages accept the
 * cookie (so the API needs no CSRF defence) and only pages get HTML errors and login redirects.
 */
export function isPageRequest(request: Request): boolean {
  const path = request.path;
  return !(path.startsWith('/api/') || path === '/api' || path === '/health' || path.startsWith('/static/'));
}

export function cookieOptions(config: AppConfig, maxAgeMs?: number): CookieOptions {
  return {
    httpOnly: true,
    sameSite: 'lax',
    // Behind https the cookie never travels in clear; plain http is only for a local demo.
    secure: (config.PUBLIC_BASE_URL ?? '').startsWith('https://'),
    path: '/',
    ...(maxAgeMs === undefined ? {} : { maxAge: maxAgeMs }),
  };
}

/** The secret a form's CSRF token derives from: the session token, else the pre-session cookie. */
export function csrfSecretOf(request: WebRequest): string | undefined {
  return request.cookies?.[SESSION_COOKIE] || request.cookies?.[PRE_SESSION_COOKIE] || undefined;
}

/**
 * Synchronizer token without storage: a hash of the (http-only, unguessable) cookie secret. A page of
 * another site can neither read the cookie nor compute the token from it.
 */
export function csrfTokenFor(secret: string): string {
  return createHash('sha256').update(`khenthuong-csrf:${secret}`).digest('base64url');
}

export function csrfTokenMatches(secret: string | undefined, token: unknown): boolean {
  if (!secret || typeof token !== 'string') return false;
  const expected = Buffer.from(csrfTokenFor(secret));
  const given = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** The CSRF token for a page about to render; starts a pre-session when the visitor has no cookie yet. */
export function ensureCsrfToken(request: WebRequest, response: Response, config: AppConfig): string {
  let secret = csrfSecretOf(request);
  if (!secret) {
    secret = randomBytes(32).toString('base64url');
    response.cookie(PRE_SESSION_COOKIE, secret, cookieOptions(config));
    request.cookies = { ...request.cookies, [PRE_SESSION_COOKIE]: secret };
  }
  return csrfTokenFor(secret);
}
