import { Suspense, useState } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router-dom';
import { Avatar, Button, Drawer, Dropdown, Flex, Grid, Layout, Menu, Spin, Tag, Typography, theme } from 'antd';
import { LogoutOutlined, MenuOutlined, SettingOutlined, UserOutlined } from '@ant-design/icons';
import { useMe, useAuth } from './auth.tsx';
import { buildMenu, openMenuKeys, selectedMenuKey } from './menu.tsx';
import { feedback } from './feedback.ts';
import { NotificationBell } from '../features/notifications/NotificationBell.tsx';

const { Header, Sider, Content } = Layout;

export function PageFallback() {
  return (
    <Flex justify="center" style={{ padding: 48 }}>
      <Spin size="large" />
    </Flex>
  );
}

export function AppLayout() {
  const me = useMe();
  const { logout } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const [collapsed, setCollapsed] = useState(false);
  const [drawerOpen, setDrawerOpen] = useState(false);
  const { token } = theme.useToken();
  // On a phone (390 px) the header keeps only the name, the bell and the avatar, and the page gets the width.
  const phone = Grid.useBreakpoint().md === false;
  const unitName = me.org?.name ?? me.enterprise?.name ?? '';

  // One menu for the sidebar (md and up) and the phone's drawer; choosing an item in the drawer closes it.
  const menu = (
    <Menu
      mode="inline"
      selectedKeys={[selectedMenuKey(location.pathname)]}
      defaultOpenKeys={openMenuKeys(location.pathname)}
      items={buildMenu(me.capabilities)}
      onClick={({ key }) => {
        setDrawerOpen(false);
        void navigate(key);
      }}
      style={{ borderInlineEnd: 'none' }}
    />
  );

  const onLogout = async () => {
    try {
      await logout();
    } catch (err) {
      feedback.error(err);
    }
    void navigate('/login', { replace: true });
  };

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Header
        style={{
          display: 'flex',
          alignItems: 'center',
          gap: 16,
          paddingInline: phone ? 12 : 20,
          background: token.colorBgContainer,
          borderBottom: `1px solid ${token.colorBorderSecondary}`,
          position: 'sticky',
          top: 0,
          zIndex: 10,
        }}
      >
        {phone && (
          <Button type="text" icon={<MenuOutlined />} aria-label="打开菜单" data-testid="nav-drawer-button" onClick={() => setDrawerOpen(true)} style={{ marginInlineEnd: -8 }} />
        )}
        <Typography.Title level={4} style={{ margin: 0, whiteSpace: 'nowrap' }}>
          <span style={{ color: token.colorError }}>治本</span>
          {!phone && ' · 重大事故隐患治理平台'}
        </Typography.Title>
        <div style={{ flex: 1 }} />
        {unitName && !phone && (
          <Tag color="blue" style={{ marginInlineEnd: 0 }} data-testid="header-org">
            {unitName}
          </Tag>
        )}
        <NotificationBell />
        <Dropdown
          trigger={['click']}
          menu={{
            items: [
              { key: 'settings', icon: <SettingOutlined />, label: '个人设置' },
              { type: 'divider' },
              { key: 'logout', icon: <LogoutOutlined />, label: '退出登录', danger: true },
            ],
            onClick: ({ key }) => {
              if (key === 'settings') void navigate('/settings');
              if (key === 'logout') void onLogout();
            },
          }}
        >
          <Flex align="center" gap={8} style={{ cursor: 'pointer' }} data-testid="user-menu">
            <Avatar size="small" icon={<UserOutlined />} style={{ background: token.colorPrimary }} />
            {!phone && <span>{me.displayName}</span>}
          </Flex>
        </Dropdown>
      </Header>
      <Layout>
        {phone ? (
          // Below md the navigation is a drawer opened from the header, so it never covers the page.
          <Drawer
            open={drawerOpen}
            onClose={() => setDrawerOpen(false)}
            placement="left"
            size={260}
            title="导航"
            styles={{ body: { padding: 0 } }}
            rootClassName="zb-nav-drawer"
          >
            {menu}
          </Drawer>
        ) : (
          <Sider
            collapsible
            collapsed={collapsed}
            onCollapse={setCollapsed}
            width={208}
            theme="light"
            style={{
              borderRight: `1px solid ${token.colorBorderSecondary}`,
              position: 'sticky',
              top: 64,
              height: 'calc(100vh - 64px)',
              overflow: 'auto',
            }}
          >
            {menu}
          </Sider>
        )}
        <Content style={{ padding: phone ? 8 : 20, minWidth: 0 }}>
          <Suspense fallback={<PageFallback />}>
            <Outlet />
          </Suspense>
        </Content>
      </Layout>
    </Layout>
  );
}
