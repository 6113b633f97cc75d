import type { ReactNode } from 'react';
import { Grid, Modal } from 'antd';
import type { ApiError } from '../api/client.ts';
import { FormErrorAlert } from './FormErrorAlert.tsx';

/**
 * The one shell of a form in a modal: submit on OK with the busy state, the failure banner (with 刷新 on a
 * conflict), nothing kept after closing, and no closing by a click beside it (a half-filled form is not lost).
 * Below the md breakpoint it is a full-screen sheet with the buttons pinned to the bottom, so submit stays reachable.
 */
export function FormModal({
  open,
  title,
  onClose,
  onSubmit,
  saving,
  error,
  onReload,
  reloadLabel,
  errorTestId,
  okText = '保存',
  okDisabled = false,
  danger = false,
  width,
  className,
  afterClose,
  children,
}: {
  open: boolean;
  title: ReactNode;
  onClose: () => void;
  onSubmit: () => Promise<void>;
  saving: boolean;
  error: ApiError | string | null;
  onReload?: (() => void) | undefined;
  reloadLabel?: string;
  errorTestId?: string;
  okText?: string;
  okDisabled?: boolean;
  danger?: boolean;
  width?: number | string;
  className?: string | undefined;
  afterClose?: () => void;
  children: ReactNode;
}) {
  const sheet = Grid.useBreakpoint().md === false;
  return (
    <Modal
      open={open}
      title={title}
      width={sheet ? '100%' : width}
      className={[className, sheet ? 'zb-sheet' : undefined].filter(Boolean).join(' ') || undefined}
      onCancel={onClose}
      onOk={() => void onSubmit()}
      okText={okText}
      okButtonProps={{ danger, disabled: okDisabled }}
      confirmLoading={saving}
      destroyOnHidden
      afterClose={afterClose}
      mask={{ closable: false }}
    >
      <FormErrorAlert error={error} onReload={onReload} reloadLabel={reloadLabel} testId={errorTestId} />
      {children}
    </Modal>
  );
}
