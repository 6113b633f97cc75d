import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { Flex, Typography } from 'antd';

const links = [
  { to: '/tip', label: '我要举报' },
  { to: '/tip/query', label: '查询办理进度' },
];

/**
 * Shell of the public pages (no login): a narrow single column that works on a 375 px phone screen.
 * No external resources (maps, fonts) are loaded: the console may run without internet.
 */
export function PublicLayout({ children, title, nav = true }: { children: ReactNode; title: string; nav?: boolean }) {
  const location = useLocation();
  return (
    <div className="zb-public">
      <header className="zb-public-header">
        <Flex align="center" justify="space-between" gap={8} wrap style={{ maxWidth: 760, margin: '0 auto' }}>
          <Typography.Title level={4} style={{ margin: 0, color: '#fff', whiteSpace: 'nowrap' }}>
            <span style={{ color: '#ffd591' }}>治本</span> · {title}
          </Typography.Title>
          {nav && (
            <Flex gap={12} wrap>
              {links.map((l) =>
                location.pathname === l.to ? (
                  <span key={l.to} className="zb-public-nav zb-public-nav-active">
                    {l.label}
                  </span>
                ) : (
                  <Link key={l.to} to={l.to} className="zb-public-nav">
                    {l.label}
                  </Link>
                ),
              )}
            </Flex>
          )}
        </Flex>
      </header>
      <main className="zb-public-main">{children}</main>
      <footer className="zb-public-footer">
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          安全生产举报受理 · 举报人信息依法严格保密 · <Link to="/login">工作人员登录</Link>
        </Typography.Text>
      </footer>
    </div>
  );
}
