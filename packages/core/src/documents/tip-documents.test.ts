import { describe, expect, it } from 'vitest';
import { tipStatuses } from '../tip/tip-vocabulary.ts';
import { tipDocuments } from './tip-documents.ts';

const officer = { roles: ['tip_officer'] as const, orgId: 'org-1' };

describe('letters to the reporter a tip offers', () => {
  it.each(tipStatuses)('status %s: the 受理告知书 once decided, the 答复书 once investigated, only to the receiving org’s tip officers', (status) => {
    const kinds = tipDocuments({ status, receivingOrgId: 'org-1' }, { roles: [...officer.roles], orgId: officer.orgId }).map((d) => d.kind);
    expect(kinds.includes('acceptance_notice')).toBe(status !== 'received');
    expect(kinds.includes('reply_letter')).toBe(['verified', 'unfounded', 'closed'].includes(status));
    expect(tipDocuments({ status, receivingOrgId: 'org-1' }, { roles: ['tip_officer'], orgId: 'org-2' })).toEqual([]);
    expect(tipDocuments({ status, receivingOrgId: 'org-1' }, { roles: ['regulator_officer'], orgId: 'org-1' })).toEqual([]);
    expect(tipDocuments({ status, receivingOrgId: 'org-1' }, { roles: ['tip_officer'], orgId: null })).toEqual([]);
  });

  it('a declined tip gets the 不予受理告知书', () => {
    expect(tipDocuments({ status: 'declined', receivingOrgId: 'org-1' }, { roles: ['tip_officer'], orgId: 'org-1' })).toEqual([{ kind: 'acceptance_notice', title: '举报不予受理告知书' }]);
  });
});
