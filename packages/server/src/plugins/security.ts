import type { FastifyInstance, FastifyRequest } from 'fastify';
import helmet from '@fastify/helmet';
import { isEnterpriseRole } from '@zhiben/core';
import { AppError } from '../errors.ts';
import { SESSION_COOKIE } from './auth.ts';

export type ApiDocsAccess = 'public' | 'staff' | 'off';
export type SecurityOptions = { cookieSecure: boolean; apiDocs: ApiDocsAccess };

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Whether a state-changing request that carries the session cookie comes from the app's own pages. SameSite=Strict
 * keeps the cookie off cross-site requests, but a page on another port or subdomain of the same site is
 * "same-site" and gets it: the browser's Sec-Fetch-Site (or, from older browsers, Origin) tells them apart.
 * Bearer-token requests are not CSRF-able (a page cannot make the browser add the header) and are not checked.
 */
export function explainCrossSiteRequest(request: FastifyRequest): string | null {
  if (SAFE_METHODS.has(request.method)) return null;
  if (request.headers.authorization?.startsWith('Bearer ')) return null;
  if (request.cookies[SESSION_COOKIE] === undefined) return null;
  const site = request.headers['sec-fetch-site'];
  if (site !== undefined) return site === 'same-origin' || site === 'none' ? null : `Sec-Fetch-Site: ${site}`;
  const origin = request.headers.origin;
  if (origin === undefined) return 'no Origin';
  return origin === `${request.protocol}://${request.host}` ? null : `Origin: ${origin}`;
}

/**
 * Security headers on every answer (helmet), CSRF check on cookie requests, no caching of API answers, and the
 * API documentation only where configured (API_DOCS). Registered after the auth hook (the docs check reads it).
 */
export async function registerSecurity(app: FastifyInstance, options: SecurityOptions): Promise<void> {
  await app.register(helmet, {
    // Under this policy the console (antd injects its CSS at run time, ECharts draws on canvas), the public tip
    // pages and Swagger UI (its two inline scripts by hash) work: scripts only from this origin.
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'", ...(app as FastifyInstance & { swaggerCSP?: { script: string[] } }).swaggerCSP?.script ?? []],
        scriptSrcAttr: ["'none'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        workerSrc: ["'self'", 'blob:'],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        ...(options.cookieSecure ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    xFrameOptions: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    // HSTS only behind HTTPS: over plain HTTP it would lock browsers out of a test or intranet instance.
    strictTransportSecurity: options.cookieSecure ? { maxAge: 31_536_000, includeSubDomains: true } : false,
  });

  app.addHook('onRequest', async (request, reply) => {
    reply.header('permissions-policy', 'camera=(self), geolocation=(self), microphone=(), payment=(), usb=()');
    const crossSite = explainCrossSiteRequest(request);
    if (crossSite) {
      request.log.warn({ reason: crossSite }, 'cross-site request refused');
      throw AppError('CSRF_REJECTED');
    }
    const path = request.url.split('?')[0] ?? '';
    if (path === '/api/openapi.json' || path === '/api/docs' || path.startsWith('/api/docs/')) {
      const staff = request.auth !== null && request.auth.user.roles.length > 0 && !request.auth.user.roles.some(isEnterpriseRole);
      if (options.apiDocs === 'off' || (options.apiDocs === 'staff' && !staff)) throw AppError('NOT_FOUND');
    }
  });

  // Answers of the API carry personal data (names, phone numbers, tips): no browser or proxy keeps a copy.
  app.addHook('onSend', async (request, reply) => {
    if (request.url.startsWith('/api/')) reply.header('cache-control', 'no-store');
  });
}
