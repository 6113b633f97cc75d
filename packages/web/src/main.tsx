import { StrictMode, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router-dom';
import { App, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { AuthProvider, useAuth } from './app/auth.tsx';
import { router } from './app/router.tsx';
import { installFeedback } from './app/feedback.ts';
import { setUnauthorizedHandler } from './api/client.ts';
import './app/global.css';

dayjs.locale('zh-cn');

/** Wires antd's context-aware message API and the API client's 401 handler into the app. */
function Bridges() {
  const { message, notification } = App.useApp();
  const { clear } = useAuth();
  useEffect(() => {
    installFeedback(message, notification);
  }, [message, notification]);
  useEffect(() => {
    // <RequireAuth> redirects to /login (remembering the page) as soon as the session is cleared.
    setUnauthorizedHandler(clear);
  }, [clear]);
  return null;
}

/**
 * Someone who asked the system for less motion gets no animations (modals, menus and lists appear at once). The
 * browser tests ask for it too, so that a click never lands on something still moving into place.
 */
const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;

const container = document.getElementById('root');
if (!container) throw new Error('#root missing');

createRoot(container).render(
  <StrictMode>
    <ConfigProvider
      locale={zhCN}
      button={{ autoInsertSpace: false }}
      theme={{ token: { colorPrimary: '#1f5fbf', borderRadius: 6, motion: !reducedMotion } }}
    >
      <App>
        <AuthProvider>
          <Bridges />
          <RouterProvider router={router} />
        </AuthProvider>
      </App>
    </ConfigProvider>
  </StrictMode>,
);
