import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { Button } from 'antd';
import { AuditOutlined } from '@ant-design/icons';
import { InspectionFormModal, type InspectionTrigger } from './InspectionFormModal.tsx';

/**
 * 「安排检查」 on a tip or hazard page: shown only when the server offers it (`inspectionTrigger` of the record);
 * opens the inspection form for that enterprise with the trigger, then the new inspection.
 */
export function PlanInspectionButton({ offer }: { offer: InspectionTrigger | null }) {
  const [open, setOpen] = useState(false);
  const navigate = useNavigate();
  if (!offer) return null;
  return (
    <>
      <Button icon={<AuditOutlined />} onClick={() => setOpen(true)} data-testid="plan-inspection-from-record">
        安排检查
      </Button>
      <InspectionFormModal open={open} trigger={offer} onClose={() => setOpen(false)} onCreated={(id) => void navigate(`/inspections/${id}`)} />
    </>
  );
}
