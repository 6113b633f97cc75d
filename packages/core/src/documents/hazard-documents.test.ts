import { describe, expect, it } from 'vitest';
import { hazardStatuses } from '../hazard/hazard-machine.ts';
import { hazardDocuments } from './hazard-documents.ts';

const regulator = { kind: 'regulator' as const, id: 'org-1' };

describe('documents a hazard offers', () => {
  it.each(hazardStatuses)('status %s: the notice once 认定 and not voided or merged, only to a government org', (status) => {
    const offered = ['rectifying', 'pending_verification', 'closed'].includes(status);
    expect(hazardDocuments({ status, level: 'general', listing: null }, regulator)).toEqual(offered ? [{ kind: 'rectification_notice', title: '隐患整改通知书' }] : []);
    expect(hazardDocuments({ status, level: 'major', listing: null }, { kind: 'locality', id: 'org-2' })).toEqual(offered ? [{ kind: 'rectification_notice', title: '重大事故隐患告知书' }] : []);
    expect(hazardDocuments({ status, level: 'general', listing: null }, null)).toEqual([]);
    expect(hazardDocuments({ status, level: 'general', listing: null }, { kind: 'platform', id: 'org-3' })).toEqual([]);
  });

  it.each(hazardStatuses)('status %s: the 挂牌督办通知书 only while listed and open, only to the listing org', (status) => {
    const open = ['rectifying', 'pending_verification'].includes(status);
    const kinds = (issuerId: string) => hazardDocuments({ status, level: 'major', listing: { orgId: 'org-1' } }, { kind: 'regulator', id: issuerId }).map((d) => d.kind);
    expect(kinds('org-1').includes('listing_notice')).toBe(open);
    expect(kinds('org-9')).not.toContain('listing_notice');
  });

  it.each(hazardStatuses)('status %s: the 验收（销号）表 only once closed, only to the org that recorded the 验收', (status) => {
    const kinds = (issuer: { kind: 'regulator' | 'platform' | 'locality'; id: string } | null, verifiedByOrgId: string | null) =>
      hazardDocuments({ status, level: 'general', listing: null, verifiedByOrgId }, issuer).map((d) => d.kind);
    const closed = status === 'closed';
    expect(kinds(regulator, 'org-1').includes('acceptance_record')).toBe(closed);
    expect(kinds(regulator, 'org-1')).toEqual(closed ? ['rectification_notice', 'acceptance_record'] : status === 'rectifying' || status === 'pending_verification' ? ['rectification_notice'] : []);
    expect(kinds({ kind: 'platform', id: 'org-1' }, 'org-1')).toEqual([]);
    expect(kinds(null, 'org-1')).toEqual([]);
    expect(kinds({ kind: 'locality', id: 'org-2' }, 'org-1')).not.toContain('acceptance_record');
    expect(kinds(regulator, null)).not.toContain('acceptance_record');
  });
});
