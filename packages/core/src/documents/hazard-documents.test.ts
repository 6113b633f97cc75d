import { describe, expect, it } from 'vitest';
import { hazardStatuses } from '../hazard/hazard-machine.ts';
import { hazardDocuments } from './hazard-documents.ts';

describe('documents a hazard offers', () => {
  it.each(hazardStatuses)('status %s: the notice only once 认定 and not voided or merged, only to a government org', (status) => {
    const offered = ['rectifying', 'pending_verification', 'closed'].includes(status);
    expect(hazardDocuments({ status, level: 'general' }, 'regulator')).toEqual(offered ? [{ kind: 'rectification_notice', title: '隐患整改通知书' }] : []);
    expect(hazardDocuments({ status, level: 'major' }, 'locality')).toEqual(offered ? [{ kind: 'rectification_notice', title: '重大事故隐患告知书' }] : []);
    expect(hazardDocuments({ status, level: 'general' }, null)).toEqual([]);
    expect(hazardDocuments({ status, level: 'general' }, 'platform')).toEqual([]);
  });
});
