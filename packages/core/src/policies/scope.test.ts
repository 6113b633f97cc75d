import { describe, expect, it } from 'vitest';
import { intersectScopes, type Scope } from './scope.ts';

const region = (regionPrefix: string, sectors: string[] | null): Scope => ({ kind: 'region', regionPrefix, sectors });

describe('intersectScopes', () => {
  it.each<[string, Scope, Scope, Scope]>([
    ['city committee ∩ county regulator', region('3416', null), region('341621', ['hazchem', 'mining']), region('341621', ['hazchem', 'mining'])],
    ['county regulator ∩ city committee (order does not matter)', region('341621', ['hazchem']), region('3416', null), region('341621', ['hazchem'])],
    ['regulator ∩ regulator: common sectors', region('3416', ['hazchem', 'mining']), region('341621', ['mining', 'construction']), region('341621', ['mining'])],
    ['no common sector', region('3416', ['hazchem']), region('341621', ['construction']), region('341621', [])],
    ['disjoint regions', region('341621', null), region('341622', null), { kind: 'none' }],
    ['none', { kind: 'none' }, region('34', null), { kind: 'none' }],
    ['enterprise ∩ region', { kind: 'enterprise', enterpriseId: 'e1' }, region('34', null), { kind: 'none' }],
    ['same enterprise', { kind: 'enterprise', enterpriseId: 'e1' }, { kind: 'enterprise', enterpriseId: 'e1' }, { kind: 'enterprise', enterpriseId: 'e1' }],
  ])('%s', (_name, a, b, expected) => expect(intersectScopes(a, b)).toEqual(expected));
});
