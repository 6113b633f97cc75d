import { call } from '../../api/client.ts';
import type { BodyOf } from '../../api/contract.ts';

export type EscalationInput = BodyOf<'/api/escalations', 'post'>;
export type EscalationKind = EscalationInput['kind'];

export const escalationsApi = {
  create: (body: EscalationInput) => call('post', '/api/escalations', { body }),
};

export const escalationKindLabels: Record<EscalationKind, string> = {
  letter: '函告',
  circular: '通报',
  interview: '约谈',
  exposure: '曝光',
};
export const escalationKinds: EscalationKind[] = ['letter', 'circular', 'interview', 'exposure'];
