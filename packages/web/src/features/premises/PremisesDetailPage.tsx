import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { Button, Card, Descriptions, Input, Modal, Result, Space, Typography } from 'antd';
import { errorMessage, isNotFound } from '../../api/client.ts';
import { feedback } from '../../app/feedback.ts';
import { useQuery } from '../../app/useQuery.ts';
import { useSectors } from '../reference/useSectors.ts';
import { premisesKindLabels, premisesStatusLabels } from '../inspections/labels.tsx';
import { premisesApi } from './api.ts';
import { PremisesFormModal } from './PremisesFormModal.tsx';

export default function PremisesDetailPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { sectorName } = useSectors();
  const query = useQuery(`premises:${id}`, (signal) => premisesApi.get(id, signal));
  const [editing, setEditing] = useState(false);
  const [revealing, setRevealing] = useState(false);
  const [purpose, setPurpose] = useState('');
  const [idNumber, setIdNumber] = useState<string | null>(null);
  const p = query.data;
  if (query.error !== undefined && !p)
    return <Result status={isNotFound(query.error) ? '404' : 'error'} title={isNotFound(query.error) ? '场所不存在或不在您的权限范围内' : errorMessage(query.error)} extra={<Button onClick={() => void navigate('/premises')}>返回场所列表</Button>} />;
  const reveal = async () => {
    try {
      setIdNumber((await premisesApi.revealOwnerId(id, purpose)).idNumber);
      setRevealing(false);
    } catch (e) {
      feedback.error(errorMessage(e));
    }
  };
  return (
    <Card
      loading={!p}
      title={p?.name}
      extra={
        p && (
          <Space wrap>
            <Link to={`/inspections?premisesId=${p.id}`}>检查记录</Link>
            {p.actions.includes('reveal_owner_id') && p.owner.idNumberRecorded && <Button onClick={() => setRevealing(true)}>查看身份证号</Button>}
            {p.actions.includes('edit') && (
              <Button type="primary" onClick={() => setEditing(true)}>
                编辑
              </Button>
            )}
          </Space>
        )
      }
    >
      {p && (
        <Descriptions
          bordered
          size="small"
          column={{ xs: 1, md: 2 }}
          items={[
            { key: 'kind', label: '场所类型', children: premisesKindLabels[p.kind] },
            { key: 'status', label: '状态', children: premisesStatusLabels[p.status] },
            { key: 'region', label: '所在地区', children: p.regionName },
            { key: 'sector', label: '监管行业', children: p.sector ? sectorName(p.sector) : '—' },
            { key: 'address', label: '地址', children: p.address || '—', span: 2 },
            { key: 'owner', label: '产权人', children: [p.owner.name, p.owner.phone].filter(Boolean).join(' · ') || '—' },
            { key: 'id', label: '产权人身份证号', children: idNumber ?? (p.owner.idNumberRecorded ? '已登记（加密保存）' : '—') },
            { key: 'user', label: '使用人', children: [p.user.name, p.user.phone].filter(Boolean).join(' · ') || '—' },
            { key: 'enterprise', label: '关联单位', children: p.enterprise?.name ?? '—' },
            { key: 'grid', label: '网格', children: [p.grid, p.gridOfficer?.name].filter(Boolean).join(' · ') || '—' },
            { key: 'point', label: '位置', children: p.lat !== null && p.lng !== null ? `${p.lat}, ${p.lng}` : '—' },
            { key: 'note', label: '备注', children: <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{p.note || '—'}</Typography.Text>, span: 2 },
          ]}
        />
      )}
      {p && <PremisesFormModal open={editing} premises={p} onClose={() => setEditing(false)} onSaved={(saved) => { setEditing(false); query.setData(saved); }} />}
      <Modal open={revealing} title="查看产权人身份证号" okText="查看" onOk={() => void reveal()} onCancel={() => setRevealing(false)} okButtonProps={{ disabled: purpose.trim().length < 4 }}>
        <Typography.Paragraph type="secondary">查看将记入审计日志，请说明目的。</Typography.Paragraph>
        <Input.TextArea rows={2} maxLength={200} value={purpose} onChange={(e) => setPurpose(e.target.value)} placeholder="查看目的（至少4个字）" />
      </Modal>
    </Card>
  );
}
