import { call } from '../../api/client.ts';
import type { Id } from '../../api/types.ts';
import { useQuery } from '../../app/useQuery.ts';
import type { FormRequirements } from '../../app/workflow/requirements.ts';

/**
 * The intake form's requirements for this user and enterprise (sources allowed, criteria for a major hazard …),
 * GET /api/hazards/form-requirements; a failure means "no client rule" (the server still refuses bad input, naming
 * the field).
 */
export function useHazardFormRequirements(enterpriseId: Id | undefined): FormRequirements | undefined {
  const q = useQuery(enterpriseId === undefined ? null : `hazard-form-requirements:${enterpriseId}`, (signal) =>
    call('get', '/api/hazards/form-requirements', { query: { enterpriseId }, signal }),
  );
  return q.error === undefined ? q.data?.requirements : undefined;
}
