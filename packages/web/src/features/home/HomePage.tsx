import { lazy, Suspense } from 'react';
import { Card, Col, Descriptions, Row, Skeleton, Space, Tag, Typography } from 'antd';
import { useAuth, useMe } from '../../app/auth.tsx';
import { orgKindLabels, roleLabel } from '../../app/labels.ts';
import { TodoPanel } from '../todos/TodoPanel.tsx';

// ECharts is large: load it only for users who see the statistics.
const EnterpriseStats = lazy(() => import('./EnterpriseStats.tsx'));

function greeting(hour: number): string {
  if (hour < 6) return '夜深了';
  if (hour < 12) return '上午好';
  if (hour < 14) return '中午好';
  if (hour < 18) return '下午好';
  return '晚上好';
}

export function HomePage() {
  const me = useMe();
  const { can } = useAuth();
  const unit = me.org ? `${me.org.name}（${orgKindLabels[me.org.kind] ?? me.org.kind}）` : (me.enterprise?.name ?? '—');

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Card>
        <Typography.Title level={4} style={{ marginTop: 0 }} data-testid="welcome">
          {greeting(new Date().getHours())}，{me.displayName}
        </Typography.Title>
        <Descriptions column={{ xs: 1, md: 3 }}>
          <Descriptions.Item label="所属单位">{unit}</Descriptions.Item>
          <Descriptions.Item label="角色">
            <Space size={4} wrap>
              {me.roles.map((r) => (
                <Tag key={r} color="blue">
                  {roleLabel(r)}
                </Tag>
              ))}
            </Space>
          </Descriptions.Item>
          <Descriptions.Item label="数据范围">{me.scopeLabel}</Descriptions.Item>
        </Descriptions>
      </Card>
      <TodoPanel />
      {can('enterprises.read') && (
        <Suspense
          fallback={
            <Row gutter={16}>
              <Col xs={24} lg={14}>
                <Card title="各行业领域企业数">
                  <Skeleton active />
                </Card>
              </Col>
              <Col xs={24} lg={10}>
                <Card title="企业状态分布">
                  <Skeleton active />
                </Card>
              </Col>
            </Row>
          }
        >
          <EnterpriseStats />
        </Suspense>
      )}
    </Space>
  );
}
