import { useState } from 'react';
import { Alert, Button, Card, Input, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { errorMessage } from '../../api/client.ts';
import { feedback } from '../../app/feedback.ts';
import { dateTimeFormat, roleLabel } from '../../app/labels.ts';
import { useQuery } from '../../app/useQuery.ts';
import { grantReasonLabels } from '@zhiben/core/src/policies/grants.ts';
import { usersApi, type Grant } from './api.ts';

/**
 * 待确认的授权: the committee officer's side of the two-person rule. A business role or a move into an org or
 * enterprise asked for by the system administrator takes effect only when confirmed here.
 */
export default function GrantsPage() {
  const list = useQuery('grants', (signal) => usersApi.grants(signal));
  const [notes, setNotes] = useState<Record<string, string>>({});

  const decide = async (grant: Grant, decision: 'confirm' | 'reject') => {
    try {
      await usersApi.decideGrant(grant.id, decision, notes[String(grant.id)] ?? '');
      feedback.success(decision === 'confirm' ? `已确认：${grant.displayName} 的授权已生效` : `已驳回 ${grant.displayName} 的授权申请`);
      list.reload();
    } catch (err) {
      feedback.error(err);
    }
  };

  return (
    <Card title="待确认的授权">
      <Typography.Paragraph type="secondary">
        系统管理员为账号申请的业务角色、所属机构或企业，须经本辖区安委办干部确认后才生效（三权分立·两人规则）。请核实申请人与本人身份后再确认。系统管理员重置密码的业务账号，其原有权限也在此确认恢复：请先与本人核实确是本人申请重置。
      </Typography.Paragraph>
      {list.error !== undefined && <Alert type="error" showIcon title={errorMessage(list.error)} style={{ marginBottom: 16 }} />}
      <Table<Grant>
        rowKey="id"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        pagination={false}
        scroll={{ x: 1000 }}
        locale={{ emptyText: '没有待确认的授权' }}
        columns={[
          { title: '账号', width: 200, render: (_v, g) => `${g.displayName}（${g.username}）` },
          { title: '现有角色', width: 160, render: (_v, g) => (g.currentRoles.length ? g.currentRoles.map((r) => <Tag key={r}>{roleLabel(r)}</Tag>) : '—') },
          { title: '申请授予', width: 200, render: (_v, g) => g.roles.map((r) => <Tag color="gold" key={r}>{roleLabel(r)}</Tag>) },
          { title: '原因', width: 150, render: (_v, g) => (g.reason === 'password_reset' ? <Tag color="orange">{grantReasonLabels[g.reason]}</Tag> : grantReasonLabels[g.reason]) },
          { title: '所属机构/企业', width: 220, render: (_v, g) => g.orgName ?? g.enterpriseName ?? '—' },
          { title: '申请人', width: 170, render: (_v, g) => `${g.requestedByName}，${dayjs(g.requestedAt).format(dateTimeFormat)}` },
          {
            title: '操作',
            fixed: 'right',
            width: 280,
            render: (_v, g) =>
              g.canDecide ? (
                <Space>
                  <Input
                    size="small"
                    placeholder="说明（可选）"
                    style={{ width: 120 }}
                    value={notes[String(g.id)] ?? ''}
                    onChange={(e) => setNotes((n) => ({ ...n, [String(g.id)]: e.target.value }))}
                  />
                  <Popconfirm title={`确认授予 ${g.displayName} 这些角色？`} okText="确认" onConfirm={() => decide(g, 'confirm')}>
                    <Button size="small" type="primary">确认</Button>
                  </Popconfirm>
                  <Button size="small" danger onClick={() => void decide(g, 'reject')}>驳回</Button>
                </Space>
              ) : (
                <Typography.Text type="secondary">须由其他安委办干部确认</Typography.Text>
              ),
          },
        ]}
      />
    </Card>
  );
}
