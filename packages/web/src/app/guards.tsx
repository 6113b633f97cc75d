import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { Button, Result } from 'antd';
import type { Capability } from '../api/types.ts';
import { useAuth } from './auth.tsx';
import { PageFallback } from './AppLayout.tsx';

export function RequireAuth({ children }: { children: ReactNode }) {
  const { me, bootError, refresh } = useAuth();
  const location = useLocation();
  if (me === undefined) return <PageFallback />;
  if (me === null) {
    if (bootError) {
      return (
        <Result
          status="warning"
          title="无法连接服务器"
          subTitle={bootError.message}
          extra={
            <Button type="primary" onClick={() => void refresh()}>
              重试
            </Button>
          }
        />
      );
    }
    return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  }
  return children;
}

/**
 * Route-level guard; the server enforces access again, this only avoids showing dead pages.
 * With a list, any one of the capabilities suffices.
 */
export function RequireCapability({ capability, children }: { capability: Capability | Capability[]; children: ReactNode }) {
  const { can } = useAuth();
  const list = Array.isArray(capability) ? capability : [capability];
  if (!list.some((c) => can(c))) return <Result status="403" title="无权访问" subTitle="您没有访问此页面的权限。" />;
  return children;
}
