import { useState, type ReactNode } from 'react';
import { Button, Space } from 'antd';
import { EditOutlined, TeamOutlined } from '@ant-design/icons';
import type { Enterprise, EnterpriseAction } from './api.ts';
import { EnterpriseFormModal, type EnterpriseFormMode } from './EnterpriseFormModal.tsx';

const actionButtons: Record<EnterpriseAction, { label: string; icon: ReactNode; mode: EnterpriseFormMode }> = {
  edit: { label: '编辑', icon: <EditOutlined />, mode: 'edit' },
  edit_contacts: { label: '编辑联系人', icon: <TeamOutlined />, mode: 'contacts' },
};

/** Buttons for a record, driven ONLY by the server-computed `actions` array (never by roles). */
export function EnterpriseActions({
  enterprise,
  onSaved,
  onReload,
}: {
  enterprise: Enterprise;
  onSaved: (e: Enterprise) => void;
  onReload: () => void;
}) {
  const [mode, setMode] = useState<EnterpriseFormMode | null>(null);
  const actions = enterprise.actions;
  if (actions.length === 0) return null;
  return (
    <>
      <Space>
        {actions.map((a) => {
          const b = actionButtons[a];
          if (!b) return null;
          return (
            <Button key={a} type={a === 'edit' ? 'primary' : 'default'} icon={b.icon} onClick={() => setMode(b.mode)}>
              {b.label}
            </Button>
          );
        })}
      </Space>
      <EnterpriseFormModal
        mode={mode ?? 'edit'}
        open={mode !== null}
        enterprise={enterprise}
        onClose={() => setMode(null)}
        onSaved={(e) => {
          setMode(null);
          onSaved(e);
        }}
        onReload={onReload}
      />
    </>
  );
}
