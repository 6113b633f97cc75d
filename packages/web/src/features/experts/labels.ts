// Labels of the expert library come from core (the server validates with the same lists).
export {
  expertLevelLabels,
  expertLevels,
  expertSourceLabels,
  expertSources,
  expertStatusLabels,
  expertStatuses,
  expertTopicLabels,
  expertTopics,
  qualificationStateLabels,
  type ExpertLevel,
  type ExpertSource,
  type ExpertStatus,
  type ExpertTopic,
  type QualificationState,
} from '@zhiben/core/src/experts/experts.ts';

export const qualificationStateColors = { valid: 'green', expiring: 'orange', expired: 'red' } as const;
export const expertStatusColors = { active: 'green', suspended: 'orange', withdrawn: 'default' } as const;
