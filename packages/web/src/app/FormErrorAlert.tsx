import { Alert, Button } from 'antd';
import type { CSSProperties } from 'react';
import { isConflict, type ApiError } from '../api/client.ts';

/**
 * The banner of a failed submit: the server's zh-CN message, and — when the record changed meanwhile (CONFLICT) —
 * a 刷新 button that reloads it.
 */
export function FormErrorAlert({
  error,
  onReload,
  reloadLabel = '刷新',
  testId = 'form-error',
  style,
}: {
  error: ApiError | string | null;
  onReload?: (() => void) | undefined;
  reloadLabel?: string;
  testId?: string | undefined;
  style?: CSSProperties;
}) {
  if (!error) return null;
  const message = typeof error === 'string' ? error : error.message;
  return (
    <Alert
      type="error"
      showIcon
      style={{ marginBottom: 16, ...style }}
      title={message}
      data-testid={testId}
      action={
        onReload && typeof error !== 'string' && isConflict(error) ? (
          <Button size="small" onClick={onReload}>
            {reloadLabel}
          </Button>
        ) : undefined
      }
    />
  );
}
