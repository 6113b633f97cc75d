import { Alert } from 'antd';
import { hazardActionLabels } from '../../app/labels.ts';
import type { Hazard } from './api.ts';

/**
 * Why a button the viewer expects is not there (e.g. 验收销号 while 挂牌督办): the server's reasons as sent, one line
 * per reason, so an action never just disappears.
 */
export function BlockedActionsNote({ blocked }: { blocked: Hazard['blockedActions'] }) {
  if (blocked.length === 0) return null;
  const byReason = new Map<string, string[]>();
  for (const { action, reason } of blocked) byReason.set(reason, [...(byReason.get(reason) ?? []), hazardActionLabels[action]]);
  return (
    <Alert
      type="info"
      showIcon
      data-testid="hazard-blocked-actions"
      title={[...byReason].map(([reason, labels]) => (
        <div key={reason}>
          暂不能{labels.join('、')}：{reason}
        </div>
      ))}
    />
  );
}
