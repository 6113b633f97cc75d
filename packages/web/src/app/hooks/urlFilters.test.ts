import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { date, flag, manyOf, oneOf, parseFilters, parsePaging, patchParams, text, toQuery, urlDay } from './urlFilters.ts';

const statuses = ['open', 'closed', 'dismissed'] as const;
const spec = { q: text(), status: manyOf(statuses), level: oneOf(['general', 'major'] as const), from: date(), overdue: flag() };

describe('URL filters', () => {
  it('parses what fits and drops what does not', () => {
    const params = new URLSearchParams('q=储罐&status=open,bogus,closed&level=huge&from=2026-13&overdue=true&page=3');
    expect(parseFilters(spec, params)).toEqual({ q: '储罐', status: ['open', 'closed'], level: undefined, from: undefined, overdue: true });
    expect(parseFilters(spec, new URLSearchParams('q=%20%20&overdue=yes&from=2026-02-03'))).toEqual({
      q: undefined,
      status: [],
      level: undefined,
      from: '2026-02-03',
      overdue: false,
    });
  });

  it('writes the API query: lists joined, flags as "true", unset left out', () => {
    const filters = parseFilters(spec, new URLSearchParams('status=open,closed&overdue=true&level=major'));
    expect(toQuery(spec, filters)).toEqual({ q: undefined, status: 'open,closed', level: 'major', from: undefined, overdue: 'true' });
    expect(toQuery(spec, parseFilters(spec, new URLSearchParams()))).toEqual({ q: undefined, status: undefined, level: undefined, from: undefined, overdue: undefined });
  });

  it('a filter change goes back to page 1 and keeps other parameters; paging keeps the filters', () => {
    const params = new URLSearchParams('q=a&page=4&pageSize=50&id=x');
    expect(patchParams(params, { q: 'b', overdue: false }).toString()).toBe('q=b&pageSize=50&id=x');
    expect(patchParams(params, { status: ['open'] }).toString()).toBe('q=a&pageSize=50&id=x&status=open');
    expect(patchParams(params, {}, { page: 2, pageSize: 50 }).toString()).toBe('q=a&page=2&pageSize=50&id=x');
    expect(patchParams(params, {}, { page: 1, pageSize: 20 }).toString()).toBe('q=a&pageSize=20&id=x');
  });

  it('paging is clamped', () => {
    expect(parsePaging(new URLSearchParams('page=0&pageSize=9999'), 20)).toEqual({ page: 1, pageSize: 200 });
    expect(parsePaging(new URLSearchParams('page=abc'), 20)).toEqual({ page: 1, pageSize: 20 });
    expect(parsePaging(new URLSearchParams('page=2.7&pageSize=-3'), 20)).toEqual({ page: 2, pageSize: 1 });
  });

  it('round trip: filters written to the URL parse back to themselves', () => {
    const arbFilters = fc.record({
      q: fc.option(fc.string({ minLength: 1 }).filter((s) => s.trim() !== ''), { nil: undefined }),
      status: fc.uniqueArray(fc.constantFrom(...statuses)),
      level: fc.option(fc.constantFrom('general' as const, 'major' as const), { nil: undefined }),
      from: fc.option(fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)), { nil: undefined }),
      overdue: fc.boolean(),
    });
    fc.assert(
      fc.property(arbFilters, (filters) => {
        const params = patchParams(new URLSearchParams(), filters);
        expect(parseFilters(spec, params)).toEqual(filters);
      }),
    );
  });
});

describe('urlDay', () => {
  it.each([
    ['2026-02-03', '2026-02-03'],
    ['2026-02-03T08:00:00.000Z', '2026-02-03'],
    ['garbage', null],
    ['', null],
    [null, null],
    [undefined, null],
  ])('%j → %j (an unparseable URL value shows an empty picker, never 「Invalid Date」)', (value, expected) => {
    const day = urlDay(value);
    expect(day === null ? null : day.format('YYYY-MM-DD')).toBe(expected);
  });
});
