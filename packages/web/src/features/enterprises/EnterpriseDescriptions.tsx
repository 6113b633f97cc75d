import { Descriptions, Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { dateTimeFormat } from '../../app/labels.ts';
import { useSectors } from '../reference/useSectors.ts';
import type { Enterprise, Person } from './api.ts';
import { scaleLabels, StatusTag } from './labels.tsx';

function PersonText({ person }: { person: Person | null | undefined }) {
  if (!person?.name) return <Typography.Text type="secondary">未填写</Typography.Text>;
  return (
    <Space size={12}>
      <span>{person.name}</span>
      {person.phone && <Typography.Text type="secondary">{person.phone}</Typography.Text>}
    </Space>
  );
}

/** Every field of an enterprise record (detail drawer and 本单位信息). */
export function EnterpriseDescriptions({ enterprise: e, column = 2 }: { enterprise: Enterprise; column?: number }) {
  const { sectorName } = useSectors();
  return (
    <Descriptions
      bordered
      size="middle"
      column={column}
      items={[
        { key: 'name', label: '企业名称', children: e.name, span: column },
        { key: 'uscc', label: '统一社会信用代码', children: <Typography.Text copyable>{e.uscc}</Typography.Text> },
        { key: 'status', label: '状态', children: <StatusTag status={e.status} /> },
        { key: 'region', label: '所在地区', children: e.regionName || e.regionCode },
        { key: 'regionCode', label: '区划代码', children: e.regionCode },
        { key: 'address', label: '详细地址', children: e.address || '—', span: column },
        {
          key: 'sectors',
          label: '行业领域',
          children: (
            <Space wrap size={4}>
              {e.sectors.map((s) => (
                <Tag key={s}>{sectorName(s)}</Tag>
              ))}
              {e.highRisk && <Tag color="red">高危行业</Tag>}
            </Space>
          ),
          span: column,
        },
        { key: 'scale', label: '规模', children: scaleLabels[e.scale] ?? e.scale },
        {
          key: 'geo',
          label: '经纬度',
          children: e.lat !== null && e.lng !== null ? `${e.lng.toFixed(6)}, ${e.lat.toFixed(6)}` : '—',
        },
        { key: 'principal', label: '主要负责人', children: <PersonText person={e.principal} /> },
        { key: 'controller', label: '实际控制人', children: <PersonText person={e.controller} /> },
        { key: 'safetyManager', label: '安全管理人员', children: <PersonText person={e.safetyManager} /> },
        { key: 'version', label: '版本', children: e.version },
        {
          key: 'updatedAt',
          label: '更新时间',
          children: e.updatedAt ? dayjs(e.updatedAt).format(dateTimeFormat) : '—',
          span: column,
        },
      ]}
    />
  );
}
