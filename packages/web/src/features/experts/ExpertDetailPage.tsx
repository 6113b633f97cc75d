import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { Alert, Button, Card, Descriptions, Form, Input, Rate, Space, Table, Tag, Typography } from 'antd';
import { FormModal } from '../../app/FormModal.tsx';
import { useFormSubmit } from '../../app/hooks/useFormSubmit.ts';
import { ListError } from '../../app/ListToolbar.tsx';
import { ResponsiveTable } from '../../app/ResponsiveTable.tsx';
import { useQuery } from '../../app/useQuery.ts';
import { inspectionKindLabels, inspectionStatusLabels } from '../inspections/labels.tsx';
import { useSectors } from '../reference/useSectors.ts';
import { expertsApi, type Expert } from './api.ts';
import { ExpertFormModal } from './ExpertFormModal.tsx';
import { expertLevelLabels, expertSourceLabels, expertStatusColors, expertStatusLabels, expertTopicLabels, qualificationStateColors, qualificationStateLabels } from './labels.ts';

type Visit = Expert['visitList'][number];

function RateModal({ expert, visit, onClose, onDone }: { expert: Expert; visit: Visit; onClose: () => void; onDone: () => void }) {
  const [form] = Form.useForm<{ score?: number; comment?: string }>();
  const { submit, saving, error } = useFormSubmit(
    form,
    (v: { score?: number; comment?: string }) => expertsApi.rate(expert.id, { inspectionId: visit.inspectionId, score: (v.score ?? 0) as 1 | 2 | 3 | 4 | 5, comment: v.comment?.trim() ?? '' }),
    { success: '已评价', onSuccess: onDone },
  );
  return (
    <FormModal open title={`评价专家：${expert.name} · ${visit.inspectionNo}`} onClose={onClose} onSubmit={submit} saving={saving} error={error} okText="提交评价" errorTestId="rate-error">
      <Form form={form} layout="vertical">
        <Form.Item label="评分" name="score" rules={[{ required: true, message: '请评分（1-5分）' }]} extra="连续多次低分的专家会被自动暂停指派">
          <Rate data-testid="rate-score" />
        </Form.Item>
        <Form.Item label="评价意见" name="comment">
          <Input.TextArea rows={3} maxLength={500} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}

export function ExpertRecord({ expert, reload }: { expert: Expert; reload: () => void }) {
  const { sectorName } = useSectors();
  const navigate = useNavigate();
  const [editing, setEditing] = useState(false);
  const [rating, setRating] = useState<Visit | null>(null);
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        title={
          <Space>
            {expert.name}
            <Tag color={expertStatusColors[expert.status]}>{expertStatusLabels[expert.status]}</Tag>
          </Space>
        }
        extra={
          expert.actions.includes('edit') && (
            <Button type="primary" onClick={() => setEditing(true)}>
              修改
            </Button>
          )
        }
      >
        {expert.status !== 'active' && expert.statusReason && <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={`${expertStatusLabels[expert.status]}原因：${expert.statusReason}`} />}
        <Descriptions column={{ xs: 1, md: 2 }} size="small">
          <Descriptions.Item label="专家库">{`${expertLevelLabels[expert.level]} · ${expert.ownerOrg.name}`}</Descriptions.Item>
          <Descriptions.Item label="来源">{expertSourceLabels[expert.source]}</Descriptions.Item>
          <Descriptions.Item label="工作单位">{expert.employer || '—'}</Descriptions.Item>
          <Descriptions.Item label="职称/职务">{expert.title || '—'}</Descriptions.Item>
          <Descriptions.Item label="联系电话">{expert.phone || '—'}</Descriptions.Item>
          <Descriptions.Item label="身份证号">{expert.idNumberMasked || '未登记'}</Descriptions.Item>
          <Descriptions.Item label="行业领域">{expert.sectors.map(sectorName).join('、')}</Descriptions.Item>
          <Descriptions.Item label="专业方向">{expert.topics.map((t) => expertTopicLabels[t]).join('、') || '—'}</Descriptions.Item>
          <Descriptions.Item label="服务区域">{expert.regionServedName || expert.regionServed}</Descriptions.Item>
          <Descriptions.Item label="可服务时间">{expert.availability || '—'}</Descriptions.Item>
          <Descriptions.Item label="回避企业">{expert.conflicts.map((c) => c.name).join('、') || '无'}</Descriptions.Item>
          <Descriptions.Item label="登录账号">{expert.user ? expert.user.username : '未关联'}</Descriptions.Item>
          <Descriptions.Item label="服务次数">{expert.visits}</Descriptions.Item>
          <Descriptions.Item label="平均评分">{expert.averageScore ?? '暂无'}</Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title="资格证书" size="small">
        {expert.qualifications.length === 0 ? (
          <Typography.Text type="secondary">未登记证书</Typography.Text>
        ) : (
          <Table
            rowKey={(q) => `${q.name}-${q.number}`}
            size="small"
            pagination={false}
            dataSource={expert.qualifications}
            columns={[
              { title: '证书', dataIndex: 'name' },
              { title: '编号', dataIndex: 'number' },
              { title: '有效期至', dataIndex: 'expiresOn', render: (d: string | null) => d ?? '长期' },
              { title: '状态', dataIndex: 'state', render: (s: keyof typeof qualificationStateLabels) => <Tag color={qualificationStateColors[s]}>{qualificationStateLabels[s]}</Tag> },
            ]}
          />
        )}
      </Card>
      <Card title="服务记录" size="small">
        <ResponsiveTable<Visit>
          rowKey="inspectionId"
          size="small"
          className="zb-clickable-rows"
          pagination={false}
          scroll={{ x: 800 }}
          dataSource={expert.visitList}
          onRow={(v) => ({ onClick: () => void navigate(`/inspections/${v.inspectionId}`) })}
          locale={{ emptyText: '暂无服务记录' }}
          columns={[
            { title: '检查编号', dataIndex: 'inspectionNo', width: 170, render: (no: string, v) => <Link to={`/inspections/${v.inspectionId}`}>{no}</Link> },
            { title: '类型', dataIndex: 'kind', width: 120, render: (k: Visit['kind']) => inspectionKindLabels[k] },
            { title: '对象', dataIndex: 'subjectName', ellipsis: true },
            { title: '计划日期', dataIndex: 'plannedOn', width: 110 },
            { title: '状态', dataIndex: 'status', width: 90, render: (s: Visit['status']) => inspectionStatusLabels[s] },
            { title: '发现隐患', key: 'findings', width: 100, render: (_: unknown, v) => (v.majorFindings > 0 ? `${v.findings}（重大${v.majorFindings}）` : v.findings) },
            {
              title: '评价',
              key: 'rating',
              width: 170,
              render: (_: unknown, v) =>
                v.rating ? (
                  <Rate disabled value={v.rating.score} style={{ fontSize: 14 }} />
                ) : v.ratable ? (
                  <Button
                    size="small"
                    onClick={(e) => {
                      e.stopPropagation();
                      setRating(v);
                    }}
                    data-testid={`rate-${v.inspectionId}`}
                  >
                    评价
                  </Button>
                ) : (
                  '—'
                ),
            },
          ]}
        />
      </Card>
      {editing && (
        <ExpertFormModal
          expert={expert}
          onClose={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            reload();
          }}
        />
      )}
      {rating && (
        <RateModal
          expert={expert}
          visit={rating}
          onClose={() => setRating(null)}
          onDone={() => {
            setRating(null);
            reload();
          }}
        />
      )}
    </Space>
  );
}

/** One expert of a library: record, certificates with expiry, visits with their ratings (评价 after a closed visit). */
export default function ExpertDetailPage() {
  const { id = '' } = useParams();
  const expert = useQuery(`expert:${id}`, (signal) => expertsApi.get(id, signal));
  if (expert.error) return <ListError error={expert.error} />;
  if (!expert.data) return <Card loading />;
  return <ExpertRecord expert={expert.data} reload={expert.reload} />;
}

/** 我的专家档案: the signed-in expert's own record and the visits he is assigned to. */
export function MyExpertPage() {
  const expert = useQuery('expert:me', (signal) => expertsApi.me(signal));
  if (expert.error) return <ListError error={expert.error} />;
  if (!expert.data) return <Card loading />;
  return <ExpertRecord expert={expert.data} reload={expert.reload} />;
}
