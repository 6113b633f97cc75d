import { useMemo } from 'react';
import { useParams } from 'react-router-dom';
import dayjs from 'dayjs';
import { Alert, Card, Descriptions, Result, Skeleton, Table, Tag, Typography } from 'antd';
import { CheckCircleOutlined, CloseCircleOutlined } from '@ant-design/icons';
import { replayDrawText } from '@zhiben/core/src/draw/draw.ts';
import { errorMessage, isNotFound } from '../../api/client.ts';
import { useQuery } from '../../app/useQuery.ts';
import { drawsApi, type PublicDraw } from './api.ts';

type Replay = { inputsHashMatches: boolean; seedHashMatches: boolean; resultMatches: boolean } | { error: string };

/** The draw recomputed here, in the browser, from the notice's own data: nothing of the server's replay is trusted. */
function replayHere(d: PublicDraw): Replay | null {
  if (!d.seed || d.publicValue === null || !d.result) return null;
  const replayed = replayDrawText({
    inputsText: d.inputsText,
    inputsHash: d.inputsHash,
    seedHash: d.seedHash,
    seed: d.seed,
    publicValue: d.publicValue,
    result: d.result.map((p) => ({ order: p.order, candidateId: p.candidateId, stratum: p.stratum, team: p.team.map((m) => m.id) })),
  });
  if ('error' in replayed) return replayed;
  return { inputsHashMatches: replayed.inputsHashMatches, seedHashMatches: replayed.seedHashMatches, resultMatches: replayed.resultMatches };
}

const Check = ({ ok, label }: { ok: boolean; label: string }) => (
  <Tag icon={ok ? <CheckCircleOutlined /> : <CloseCircleOutlined />} color={ok ? 'success' : 'error'}>
    {label}
    {ok ? '一致' : '不一致'}
  </Tag>
);

/**
 * 双随机抽查公告 for anyone, without signing in: the committed inputs (as their canonical text), the hashes published
 * before the draw, the seed and the public value after it, the result, and a replay computed in this browser.
 */
export default function PublicDrawPage() {
  const { id = '' } = useParams();
  const query = useQuery(`public-draw:${id}`, (signal) => drawsApi.publicView(id, signal));
  const d = query.data;
  const replay = useMemo(() => (d ? replayHere(d) : null), [d]);
  if (query.error !== undefined && !d) {
    return <Result status={isNotFound(query.error) ? '404' : 'error'} title={isNotFound(query.error) ? '抽查公告不存在' : '加载失败'} subTitle={isNotFound(query.error) ? undefined : errorMessage(query.error)} />;
  }
  if (!d) return <Skeleton active style={{ padding: 24 }} />;
  const download = `data:text/plain;charset=utf-8,${encodeURIComponent(d.inputsText)}`;
  return (
    <div style={{ maxWidth: 1000, margin: '0 auto', padding: 16 }}>
      <Card title={`${d.noticeLabel}：${d.title}`} extra={<Tag>{d.drawNo}</Tag>}>
        <Descriptions size="small" column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label="组织单位">{d.orgName}</Descriptions.Item>
          <Descriptions.Item label="公告时间">{dayjs(d.committedAt).format('YYYY-MM-DD HH:mm')}</Descriptions.Item>
          <Descriptions.Item label="抽查对象">{`${d.candidateCount}家，分${d.strata.length}层，抽取${d.strata.reduce((s, x) => s + x.sampleSize, 0)}家`}</Descriptions.Item>
          <Descriptions.Item label="检查人员">{`${d.inspectorCount}人，每组${d.teamSize}人`}</Descriptions.Item>
          <Descriptions.Item label="输入清单哈希（SM3）">
            <Typography.Text code style={{ wordBreak: 'break-all' }} data-testid="public-inputs-hash">
              {d.inputsHash}
            </Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label="种子哈希（SM3）">
            <Typography.Text code style={{ wordBreak: 'break-all' }}>
              {d.seedHash}
            </Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label="公开随机数">{`${d.publicInputLabel}（${d.drawOn}）：${d.publicValue ?? '待公布'}`}</Descriptions.Item>
          <Descriptions.Item label="种子">{d.seed ? <Typography.Text code style={{ wordBreak: 'break-all' }}>{d.seed}</Typography.Text> : '抽取时公开'}</Descriptions.Item>
        </Descriptions>
        <Typography.Paragraph>
          <Typography.Link href={download} download={`${d.drawNo}-输入清单.txt`}>
            下载输入清单（{d.candidateCount}家企业、{d.inspectorCount}名检查人员）
          </Typography.Link>
          ，可用平台附带的 scripts/replay-draw.ts 或按公开的算法自行复算。
        </Typography.Paragraph>
        {d.cancelReason && <Alert type="error" showIcon title={`本次抽查已作废：${d.cancelReason}`} />}
        {replay && (
          <Alert
            data-testid="public-replay"
            type={'error' in replay || !replay.inputsHashMatches || !replay.seedHashMatches || !replay.resultMatches ? 'error' : 'success'}
            showIcon
            title="本页已在您的浏览器中按公告数据重新抽取"
            description={'error' in replay ? `输入清单格式有误：${replay.error}` : (
              <>
                <Check ok={replay.inputsHashMatches} label="输入清单与公告哈希" />
                <Check ok={replay.seedHashMatches} label="种子与公告哈希" />
                <Check ok={replay.resultMatches} label="复算结果与公布结果" />
              </>
            )}
          />
        )}
      </Card>
      {d.result && (
        <Card title={`抽取结果（${d.result.length}家）`} style={{ marginTop: 16 }}>
          <Table
            size="small"
            rowKey="order"
            pagination={d.result.length > 50 ? { pageSize: 50 } : false}
            dataSource={d.result}
            scroll={{ x: 640 }}
            columns={[
              { title: '序号', dataIndex: 'order', width: 60 },
              { title: '企业', dataIndex: 'name' },
              { title: '层', dataIndex: 'stratum', width: 140, render: (s: string) => d.strata.find((x) => x.key === s)?.label ?? s },
              { title: '检查组', dataIndex: 'team', width: 220, render: (team: { name: string }[]) => team.map((m) => m.name).join('、') },
              ...(d.status === 'published' ? [{ title: '检查结果', dataIndex: 'conclusion', width: 200 }] : []),
            ]}
          />
        </Card>
      )}
    </div>
  );
}
