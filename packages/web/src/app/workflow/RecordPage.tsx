import { useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router-dom';
import { Alert, Button, Card, Flex, Result, Space, Typography } from 'antd';
import { ArrowLeftOutlined, ReloadOutlined } from '@ant-design/icons';
import { errorMessage, isNotFound } from '../../api/client.ts';
import type { QueryState } from '../useQuery.ts';
import type { ActionFormRegistry } from './actionForm.ts';
import type { FormRequirements } from './requirements.ts';
import { WorkflowActionModal } from './WorkflowActionModal.tsx';

type WorkflowRecord<A extends string> = { id: string; version: number; actions: readonly string[]; requirements?: Partial<Record<A, FormRequirements>> };

/** How a workflow shows its action buttons and performs them (one per module, beside its form registry). */
export type RecordWorkflow<R, A extends string, B extends Record<A, object>> = {
  forms: ActionFormRegistry<R, A, B>;
  labels: Record<A, string>;
  /** Button order: primary first, destructive last; actions of `record.actions` not listed here get no button. */
  order: readonly A[];
  primary?: ReadonlySet<A>;
  danger?: ReadonlySet<A>;
  perform: (record: R, action: A, body: B[A] & { version: number }) => Promise<R>;
};

/** A card of the page; without a title the content is placed as it is (e.g. a row of two cards). */
export type RecordSection = { key: string; title?: ReactNode; content: ReactNode; extra?: ReactNode };

/**
 * The detail page of a workflow record: loading, 404 (out of scope looks the same as missing) and retry; a header
 * with the record's number, tags, title and the buttons of the actions the server allows (`actions`); the action
 * modal from the workflow's registry; then the page's sections (fields, attachments, timeline …) as cards.
 */
export function RecordPage<R extends WorkflowRecord<A>, A extends string, B extends Record<A, object>>({
  id,
  query,
  workflow,
  notFoundTitle,
  back,
  recordNo,
  tags,
  title,
  titleTestId,
  subtitle,
  extraButtons,
  notices,
  sections,
  testIdPrefix,
}: {
  id: string;
  query: QueryState<R>;
  workflow: RecordWorkflow<R, A, B>;
  notFoundTitle: string;
  back: { to: string; label: string };
  recordNo: (record: R) => string;
  tags?: (record: R) => ReactNode;
  title: (record: R) => ReactNode;
  /** Default `<prefix>-title`. */
  titleTestId?: string;
  subtitle?: (record: R) => ReactNode;
  /** Buttons beside the workflow's (e.g. 记录督办措施, 查看身份信息). */
  extraButtons?: (record: R) => ReactNode;
  /** Alerts under the header. */
  notices?: (record: R) => ReactNode;
  sections: (record: R) => RecordSection[];
  /** `hazard` → data-testid `hazard-no`, `hazard-title`, `hazard-actions`. */
  testIdPrefix: string;
}) {
  const navigate = useNavigate();
  const [action, setAction] = useState<A | null>(null);
  const record = query.data && String(query.data.id) === id ? query.data : undefined;

  if (query.error !== undefined && !record) {
    const notFound = isNotFound(query.error);
    return (
      <Result
        status={notFound ? '404' : 'error'}
        title={notFound ? notFoundTitle : '加载失败'}
        subTitle={notFound ? undefined : errorMessage(query.error)}
        extra={
          <Space>
            <Button onClick={() => void navigate(back.to)}>{back.label}</Button>
            {!notFound && (
              <Button type="primary" onClick={query.reload}>
                重试
              </Button>
            )}
          </Space>
        }
      />
    );
  }

  const allowed = record ? workflow.order.filter((a) => record.actions.includes(a)) : [];

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card loading={!record}>
        {record && (
          <Flex justify="space-between" align="flex-start" gap={16} wrap>
            {/* On a phone the buttons wrap below the title instead of squeezing it. */}
            <div style={{ minWidth: 0, flex: '1 1 280px' }}>
              <Space size={8} wrap>
                <Button type="text" icon={<ArrowLeftOutlined />} onClick={() => void navigate(-1)} aria-label="返回" />
                <Typography.Text code copyable data-testid={`${testIdPrefix}-no`}>
                  {recordNo(record)}
                </Typography.Text>
                {tags?.(record)}
              </Space>
              <Typography.Title level={4} style={{ margin: '8px 0 0' }} data-testid={titleTestId ?? `${testIdPrefix}-title`}>
                {title(record)}
              </Typography.Title>
              {subtitle && <Typography.Text type="secondary">{subtitle(record)}</Typography.Text>}
            </div>
            <Space wrap data-testid={`${testIdPrefix}-actions`}>
              {allowed.map((a) => (
                <Button key={a} type={workflow.primary?.has(a) ? 'primary' : 'default'} danger={workflow.danger?.has(a)} onClick={() => setAction(a)}>
                  {workflow.labels[a]}
                </Button>
              ))}
              {extraButtons?.(record)}
              <Button icon={<ReloadOutlined />} onClick={query.reload} loading={query.loading} aria-label="刷新" />
            </Space>
          </Flex>
        )}
      </Card>
      {query.error !== undefined && record && <Alert type="error" showIcon title={errorMessage(query.error)} />}
      {record && notices?.(record)}
      {record &&
        sections(record).map((s) =>
          s.title === undefined ? (
            <div key={s.key}>{s.content}</div>
          ) : (
            <Card key={s.key} title={s.title} extra={s.extra}>
              {s.content}
            </Card>
          ),
        )}
      {record && (
        <WorkflowActionModal<R, A, B>
          record={record}
          recordNo={recordNo(record)}
          action={action}
          forms={workflow.forms}
          labels={workflow.labels}
          requirements={record.requirements}
          perform={(a, body) => workflow.perform(record, a, body)}
          onClose={() => setAction(null)}
          onDone={(saved) => {
            setAction(null);
            query.setData(saved);
          }}
          onReload={query.reload}
        />
      )}
    </Space>
  );
}
