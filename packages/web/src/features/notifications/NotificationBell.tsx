import { useCallback, useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { Badge, Button, Empty, Flex, Popover, Spin, Typography, theme } from 'antd';
import { BellOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { feedback } from '../../app/feedback.ts';
import { notificationsApi, type AppNotification } from './api.ts';

const POLL_MS = 60_000;

/** Header bell: unread count, the latest notifications; a click marks one read and opens its hazard. */
export function NotificationBell() {
  const navigate = useNavigate();
  const { token } = theme.useToken();
  const [items, setItems] = useState<AppNotification[]>([]);
  const [unread, setUnread] = useState(0);
  const [loading, setLoading] = useState(false);
  const [open, setOpen] = useState(false);
  const controller = useRef<AbortController | null>(null);

  const refresh = useCallback(() => {
    controller.current?.abort();
    const c = new AbortController();
    controller.current = c;
    setLoading(true);
    notificationsApi.list(c.signal).then(
      (r) => {
        if (c.signal.aborted) return;
        setItems(r.items);
        setUnread(r.unread);
        setLoading(false);
      },
      () => {
        // Polled in the background: a failure keeps the last state and is not worth a popup.
        if (!c.signal.aborted) setLoading(false);
      },
    );
  }, []);

  useEffect(() => {
    refresh();
    const timer = window.setInterval(() => {
      if (document.visibilityState === 'visible') refresh();
    }, POLL_MS);
    return () => {
      window.clearInterval(timer);
      controller.current?.abort();
    };
  }, [refresh]);

  const openItem = async (n: AppNotification) => {
    setOpen(false);
    if (!n.readAt) {
      try {
        await notificationsApi.markRead(n.id);
        const now = new Date().toISOString();
        setItems((list) => list.map((x) => (x.id === n.id ? { ...x, readAt: now } : x)));
        setUnread((u) => Math.max(0, u - 1));
      } catch (err) {
        feedback.error(err);
      }
    }
    if (n.hazardId !== null && n.hazardId !== undefined) void navigate(`/hazards/${encodeURIComponent(String(n.hazardId))}`);
  };

  const content = (
    <div style={{ width: 360, maxHeight: 440, overflow: 'auto' }} data-testid="notification-list">
      {loading && items.length === 0 ? (
        <Flex justify="center" style={{ padding: 24 }}>
          <Spin />
        </Flex>
      ) : items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无通知" />
      ) : (
        items.map((n) => (
          <div
            key={String(n.id)}
            role="button"
            tabIndex={0}
            onClick={() => void openItem(n)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') void openItem(n);
            }}
            style={{
              padding: '8px 10px',
              cursor: 'pointer',
              borderBottom: `1px solid ${token.colorBorderSecondary}`,
              background: n.readAt ? undefined : token.colorPrimaryBg,
            }}
          >
            <Flex justify="space-between" gap={8}>
              <Typography.Text strong={!n.readAt} ellipsis style={{ flex: 1 }}>
                {!n.readAt && <Badge status="processing" style={{ marginInlineEnd: 6 }} />}
                {n.title}
              </Typography.Text>
              <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'nowrap' }}>
                {dayjs(n.createdAt).format('MM-DD HH:mm')}
              </Typography.Text>
            </Flex>
            {n.body && (
              <Typography.Paragraph type="secondary" ellipsis={{ rows: 2 }} style={{ margin: 0, fontSize: 12 }}>
                {n.body}
              </Typography.Paragraph>
            )}
          </div>
        ))
      )}
    </div>
  );

  return (
    <Popover
      trigger="click"
      placement="bottomRight"
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (next) refresh();
      }}
      title={unread > 0 ? `通知（${unread} 条未读）` : '通知'}
      content={content}
    >
      <Badge count={unread} size="small" overflowCount={99} data-testid="notification-badge">
        <Button type="text" shape="circle" icon={<BellOutlined style={{ fontSize: 18 }} />} aria-label="通知" data-testid="notification-bell" />
      </Badge>
    </Popover>
  );
}
