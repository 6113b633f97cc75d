import { describe, expect, it } from 'vitest';
import { explainGrantConfirmDenied } from './grants.ts';
import type { Actor } from './scope.ts';

const committee = (userId: string, regionCode: string): Actor => ({ userId, roles: ['committee_officer'], org: { id: 'o', kind: 'committee', regionCode, sectors: [] }, enterpriseId: null });
const grant = { userId: 'u', requestedBy: 'admin', regionCode: '341621000000' };

describe('explainGrantConfirmDenied (two-person rule)', () => {
  it.each([
    ['the county 安委办', committee('c1', '341621000000'), null],
    ['the city 安委办', committee('c2', '341600000000'), null],
    ['another county', committee('c3', '341622000000'), '不在本安委办辖区内'],
    ['the requester', committee('admin', '341600000000'), '申请人'],
    ['the account itself', committee('u', '341600000000'), '给自己'],
    ['a regulator', { ...committee('r', '341621000000'), roles: ['regulator_officer'] } as Actor, '仅安委办干部'],
    ['sysadmin', { userId: 's', roles: ['sysadmin'], org: { id: 'p', kind: 'platform', regionCode: '000000000000', sectors: [] }, enterpriseId: null } as Actor, '仅安委办干部'],
  ])('%s', (_, actor, reason) => {
    const result = explainGrantConfirmDenied(actor, grant);
    if (reason === null) expect(result).toBeNull();
    else expect(result).toContain(reason);
  });
});
