import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './testing/test-app.ts';
import { INT32_MAX, NUL_FREE, WELL_FORMED } from './lib/schemas.ts';

/**
 * Input the database would refuse (NUL bytes, lone UTF-16 surrogates, impossible dates, integers past int32) must be refused by the request
 * schemas, with a 400 naming the field — never a 500 or a cut stream. This walks every operation of the OpenAPI
 * document, so routes added later are policed too:
 * 1. statically: every string a request carries (query, path, JSON body) is built from the shared pieces of
 *    lib/schemas.ts (NUL-free and well-formed patterns, enum, uuid or date format), every integer is bounded to int32;
 * 2. dynamically: each parameter and each body field in turn gets each bad value, as a user of every kind and as
 *    nobody, and no answer may be a 5xx nor any error reach the log.
 */

type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  allOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  minimum?: number;
  maximum?: number;
  minLength?: number;
  minItems?: number;
  default?: unknown;
  $ref?: string;
};
type Parameter = { in: 'query' | 'path' | 'header'; name: string; schema: JsonSchema; required?: boolean };
type Operation = { parameters?: Parameter[]; requestBody?: { content?: Record<string, { schema?: JsonSchema }> } };
type OpenApi = { paths: Record<string, Record<string, Operation>>; components?: { schemas?: Record<string, JsonSchema> } };

const INT32_MIN = -INT32_MAX - 1;
const NUL = 'a\u0000b';
/** A lone surrogate, as JSON "\ud800" gives it: only a JSON body can carry one (a URL decodes to UTF-8). */
const LONE_SURROGATE = 'a\ud800b';
const BAD_DATES = ['2026-02-30', '0000-01-01'];
const BIG_INT = INT32_MAX + 1;

let t: TestApp;
let doc: OpenApi;
const errorLogs: string[] = [];
// One signed-in user of every kind (and nobody): validation runs before the handler, but handlers that parse at run
// time (hazard and tip actions) or branch per role must hold for each of them.
const userKinds = ['sysadmin', 'auditor', 'bozhou_aqb', 'guoyang_yjj', 'guoyang_town', 'bozhou_jb', 'expert_demo', 'ent_admin'];
const tokens: Record<string, string | null> = { nobody: null };

beforeAll(async () => {
  t = await createTestApp({
    enterpriseCount: 20,
    logStream: {
      write: (line) => {
        if ((JSON.parse(line) as { level: number }).level >= 50) errorLogs.push(line);
      },
    },
  });
  doc = t.app.swagger() as unknown as OpenApi;
  for (const username of userKinds) tokens[username] = await t.login(username);
});
afterAll(async () => t?.close());

const resolve = (schema: JsonSchema): JsonSchema => {
  if (!schema.$ref) return schema;
  const name = schema.$ref.split('/').pop() ?? '';
  return resolve(doc.components?.schemas?.[name] ?? {});
};
const typesOf = (schema: JsonSchema): string[] => (Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : []);
const patternsOf = (schema: JsonSchema): string[] => [
  ...(schema.pattern ? [schema.pattern] : []),
  ...(schema.allOf ?? []).flatMap((s) => patternsOf(resolve(s))),
];

/** Where a string or integer leaf breaks the rule; '' when it holds. */
function leafViolation(schema: JsonSchema): string {
  const types = typesOf(schema);
  if (schema.enum || schema.const !== undefined) return '';
  if (types.includes('string')) {
    if (schema.format === 'uuid' || schema.format === 'date' || schema.format === 'date-time') return '';
    const patterns = patternsOf(schema);
    return patterns.includes(NUL_FREE.source) && patterns.includes(WELL_FORMED.source) ? '' : 'string without the NUL-free and well-formed patterns (build it from str()/text())';
  }
  if (types.includes('integer')) {
    const ok = schema.minimum !== undefined && schema.maximum !== undefined && schema.minimum >= INT32_MIN && schema.maximum <= INT32_MAX;
    return ok ? '' : `integer not bounded to int32 (${schema.minimum}..${schema.maximum}); use int32()/queryInt()`;
  }
  return '';
}

function walk(schema: JsonSchema, path: string, visit: (leaf: JsonSchema, path: string) => void): void {
  const s = resolve(schema);
  for (const alt of [...(s.anyOf ?? []), ...(s.oneOf ?? [])]) walk(alt, path, visit);
  if (s.properties) for (const [key, child] of Object.entries(s.properties)) walk(child, path ? `${path}.${key}` : key, visit);
  if (s.items) walk(s.items, `${path}[]`, visit);
  if (!s.properties && !s.items && !s.anyOf && !s.oneOf) visit(s, path);
}

const jsonBodySchema = (op: Operation): JsonSchema | null => op.requestBody?.content?.['application/json']?.schema ?? null;

const operations = () =>
  Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({ path, method: method.toUpperCase() as 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', op })),
  );

/** A value the schema accepts as far as cheaply possible, so that one poisoned field is what the server meets. */
function sample(schema: JsonSchema): unknown {
  const s = resolve(schema);
  if (s.default !== undefined) return s.default;
  if (s.const !== undefined) return s.const;
  if (s.enum) return s.enum[0];
  const alt = [...(s.anyOf ?? []), ...(s.oneOf ?? [])].map(resolve).find((a) => !typesOf(a).includes('null'));
  if (alt) return sample(alt);
  const types = typesOf(s);
  if (types.includes('object') || s.properties) {
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(s.properties ?? {})) out[key] = sample(child);
    return out;
  }
  if (types.includes('array')) return s.items ? Array.from({ length: Math.max(1, s.minItems ?? 1) }, () => sample(s.items as JsonSchema)) : [];
  if (types.includes('integer') || types.includes('number')) return Math.max(s.minimum ?? 1, 1);
  if (types.includes('boolean')) return false;
  if (types.includes('string')) {
    if (s.format === 'uuid') return randomUUID();
    if (s.format === 'date') return '2026-11-20';
    if (s.format === 'date-time') return '2026-11-20T08:00:00.000Z';
    const patterns = patternsOf(s).join(' ');
    if (patterns.includes('\\d{12}')) return '341621000000';
    if (patterns.includes('{64}')) return 'a'.repeat(64);
    if (patterns.includes('\\d{6}')) return '123456';
    if (patterns.includes('\\d{4}-\\d{2}')) return '2026-10';
    return '演示文本内容'.repeat(Math.ceil(Math.max(s.minLength ?? 1, 4) / 6) + 1).slice(0, Math.max(s.minLength ?? 1, 8));
  }
  return null;
}

/** Bad values for one leaf, by its type. */
function poisonsFor(schema: JsonSchema, sampled: unknown): unknown[] {
  const types = typesOf(resolve(schema));
  if (types.includes('integer') || types.includes('number')) return [BIG_INT, -BIG_INT - 1];
  if (types.includes('string') || typeof sampled === 'string') return [`${String(sampled ?? '')}${NUL}`, `${String(sampled ?? '')}${LONE_SURROGATE}`, ...BAD_DATES];
  return [];
}

function setAt(target: unknown, path: string[], value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  if (head === '[]') return Array.isArray(target) ? target.map((item) => setAt(item, rest, value)) : [setAt(undefined, rest, value)];
  const base = target && typeof target === 'object' && !Array.isArray(target) ? (target as Record<string, unknown>) : {};
  return { ...base, [head as string]: setAt(base[head as string], rest, value) };
}
const splitPath = (path: string): string[] => path.split(/\.|(?=\[\])/).flatMap((p) => (p.startsWith('[]') ? ['[]', ...(p.length > 2 ? [p.slice(3)] : [])] : [p])).filter(Boolean);

type Probe = { url: string; body?: unknown; what: string };

function probesFor(path: string, op: Operation): Probe[] {
  const params = op.parameters ?? [];
  const pathParams = params.filter((p) => p.in === 'path');
  const queryParams = params.filter((p) => p.in === 'query');
  const pathValues = Object.fromEntries(pathParams.map((p) => [p.name, String(sample(p.schema))]));
  const urlWith = (values: Record<string, string>, query = '') =>
    path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(values[name] ?? '')) + query;
  const probes: Probe[] = [];
  const body = jsonBodySchema(op);
  const baseBody = body ? sample(body) : undefined;
  const withBody = (probe: Probe): Probe => (body ? { ...probe, body: probe.body ?? baseBody } : probe);
  for (const p of pathParams) {
    for (const bad of [NUL, ...BAD_DATES, String(BIG_INT)]) probes.push(withBody({ url: urlWith({ ...pathValues, [p.name]: bad }), what: `path ${p.name}=${JSON.stringify(bad)}` }));
  }
  for (const p of queryParams) {
    const isInt = typesOf(resolve(p.schema)).some((x) => x === 'integer' || x === 'number');
    for (const bad of isInt ? [String(BIG_INT), NUL] : [NUL, ...BAD_DATES]) {
      probes.push(withBody({ url: urlWith(pathValues, `?${p.name}=${encodeURIComponent(bad)}`), what: `query ${p.name}=${JSON.stringify(bad)}` }));
    }
  }
  if (body) {
    const leaves: { leaf: JsonSchema; path: string }[] = [];
    walk(body, '', (leaf, leafPath) => leaves.push({ leaf, path: leafPath }));
    for (const { leaf, path: leafPath } of leaves) {
      if (!leafPath) continue;
      const segments = splitPath(leafPath);
      const sampled = segments.reduce<unknown>((v, k) => (k === '[]' ? (Array.isArray(v) ? v[0] : undefined) : (v as Record<string, unknown> | undefined)?.[k]), baseBody);
      for (const bad of poisonsFor(leaf, sampled)) {
        probes.push({ url: urlWith(pathValues), body: setAt(baseBody, segments, bad), what: `body ${leafPath}=${JSON.stringify(bad)}` });
      }
    }
  }
  return probes;
}

describe('every route refuses input the database cannot hold (NUL, lone surrogates, impossible dates, past int32) with a 400', () => {
  it('builds every request string and integer from the shared pieces (static check of the OpenAPI document)', () => {
    const violations: string[] = [];
    for (const { path, method, op } of operations()) {
      for (const p of op.parameters ?? []) {
        if (p.in === 'header') continue;
        walk(p.schema, p.name, (leaf, where) => {
          const why = leafViolation(leaf);
          if (why) violations.push(`${method} ${path} ${p.in} ${where}: ${why}`);
        });
      }
      const body = jsonBodySchema(op);
      if (body) {
        walk(body, '', (leaf, where) => {
          const why = leafViolation(leaf);
          if (why) violations.push(`${method} ${path} body ${where}: ${why}`);
        });
      }
    }
    expect(operations().length).toBeGreaterThan(60);
    expect(violations).toEqual([]);
  });

  it('answers no bad value on any route with a 5xx, as any kind of user, and logs no error', async () => {
    const failures: string[] = [];
    let sent = 0;
    let namedField = 0;
    for (const { path, method, op } of operations()) {
      const probes = probesFor(path, op);
      for (const [who, token] of Object.entries(tokens)) {
        for (const probe of probes) {
          const response = await t.app.inject({
            method,
            url: probe.url,
            headers: token ? { authorization: `Bearer ${token}` } : {},
            ...(probe.body === undefined ? {} : { payload: probe.body as Record<string, unknown> }),
          });
          sent++;
          if (response.statusCode >= 500) failures.push(`${who} ${method} ${path} ${probe.what} → ${response.statusCode} ${response.body.slice(0, 120)}`);
          if (response.statusCode === 400 && (response.json() as { field?: string }).field) namedField++;
        }
      }
    }
    expect(failures).toEqual([]);
    expect(errorLogs).toEqual([]);
    // The probes reached the schemas: most answers are 400s that name the field.
    console.log(`fuzz: ${sent} requests, ${namedField} answered 400 naming the field`);
    expect(sent).toBeGreaterThan(3000);
    expect(namedField / sent).toBeGreaterThan(0.5);
  }, 600_000);

  it('names the field in zh-CN for each kind of bad value', async () => {
    const token = tokens.guoyang_yjj ?? null;
    const cases: [string, unknown, string, string][] = [
      ['/api/hazards?foundFrom=2026-02-30', undefined, 'foundFrom', '发现日期（起）'],
      ['/api/stats/dashboard?asOf=0000-01-01', undefined, 'asOf', '截至日期'],
      ['/api/hazards?q=ab%00cd', undefined, 'q', '关键词'],
      ['/api/audit?from=2026-02-30', undefined, 'from', '开始时间'],
    ];
    for (const [url, , field, label] of cases) {
      const response = await t.request(token, 'GET', url);
      expect([url, response.statusCode, response.json().field]).toEqual([url, 400, field]);
      expect(response.json().message).toContain(`「${label}」`);
    }
    const login = await t.request(null, 'POST', '/api/auth/login', { username: 'sysadmin\u0000', password: 'x' });
    expect(login.statusCode).toBe(400);
    expect(login.json()).toMatchObject({ code: 'VALIDATION', field: 'username' });
    const publicSearch = await t.request(null, 'GET', '/api/public/tips/enterprises?q=ab%00cd');
    expect(publicSearch.statusCode).toBe(400);
    const enterprise = (await t.request(tokens.bozhou_aqb ?? null, 'GET', '/api/enterprises?pageSize=1')).json().items[0] as { id: string };
    const patch = await t.request(tokens.bozhou_aqb ?? null, 'PATCH', `/api/enterprises/${enterprise.id}`, { version: 2147483648, address: 'x' });
    expect(patch.statusCode).toBe(400);
    expect(patch.json()).toMatchObject({ field: 'version' });
    const exported = await t.request(tokens.bozhou_aqb ?? null, 'GET', '/api/hazards/export.xlsx?q=%00');
    expect(exported.statusCode).toBe(400);
    // JSON's "\ud800": PostgreSQL's jsonb refused it (a 500 from the timeline and the audit row).
    const hazard = { enterpriseId: randomUUID(), level: 'general', sector: 'hazchem', criterionIds: [], title: '储罐\ud800区', description: '说明', location: '罐区', foundAt: '2026-11-20' };
    const lone = await t.request(token, 'POST', '/api/hazards', hazard);
    expect([lone.statusCode, lone.json().field]).toEqual([400, 'title']);
    expect(lone.json().message).toContain('不成对的 Unicode 代理项');
  });
});
