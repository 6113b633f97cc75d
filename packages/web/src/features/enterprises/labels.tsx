import { Tag } from 'antd';
import type { EnterpriseStatus, Scale } from './api.ts';

export const scaleLabels: Record<Scale, string> = {
  large: '大型',
  medium: '中型',
  small: '小型',
  micro: '微型',
};

export const statusLabels: Record<EnterpriseStatus, string> = {
  operating: '正常生产',
  suspended: '停产整顿',
  closed: '关闭取缔',
};

const statusColors: Record<EnterpriseStatus, string> = {
  operating: 'green',
  suspended: 'orange',
  closed: 'default',
};

export const scales: Scale[] = ['large', 'medium', 'small', 'micro'];
export const statuses: EnterpriseStatus[] = ['operating', 'suspended', 'closed'];

export function StatusTag({ status }: { status: EnterpriseStatus }) {
  return <Tag color={statusColors[status]}>{statusLabels[status] ?? status}</Tag>;
}
