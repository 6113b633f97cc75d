import { useEffect, useRef, useState } from 'react';
import { Alert, Button, Flex, Image, Select, Space, Spin, Typography, Upload, type UploadProps } from 'antd';
import { CameraOutlined, DeleteOutlined, FileOutlined, UploadOutlined } from '@ant-design/icons';
import { acceptedFileTypesText, formatFileSize } from '@zhiben/core/src/files/file-types.ts';
import { errorMessage } from '../../api/client.ts';
import { filesApi, type Evidence, type EvidenceKind } from './api.ts';
import { evidenceKindLabels, evidenceKinds } from './labels.tsx';

export const EVIDENCE_ACCEPT =
  '.jpg,.jpeg,.png,.webp,image/jpeg,image/png,image/webp,.pdf,.docx,.xlsx,application/pdf,' +
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document,' +
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** What the server accepts (it checks the content too and answers with its own message). */
const ALLOWED_EXT = /\.(jpe?g|png|webp|pdf|docx|xlsx)$/i;

export const isImage = (mime: string): boolean => mime.startsWith('image/');

/** A link to a stored file, or a thumbnail (with preview) for images. */
export function EvidenceLink({ evidence, thumbnail = false }: { evidence: Pick<Evidence, 'sha256' | 'name' | 'mime' | 'size'>; thumbnail?: boolean }) {
  const url = filesApi.url(evidence.sha256);
  if (thumbnail && isImage(evidence.mime)) {
    return (
      <Space orientation="vertical" size={2} style={{ width: 112 }}>
        <Image src={url} alt={evidence.name} width={104} height={78} style={{ objectFit: 'cover', borderRadius: 4 }} />
        <Typography.Text ellipsis={{ tooltip: evidence.name }} style={{ fontSize: 12, width: 104 }}>
          {evidence.name}
        </Typography.Text>
      </Space>
    );
  }
  return (
    <Typography.Link href={url} target="_blank" rel="noreferrer">
      <FileOutlined /> {evidence.name}
      <Typography.Text type="secondary" style={{ marginInlineStart: 6, fontSize: 12 }}>
        {formatFileSize(evidence.size)}
      </Typography.Text>
    </Typography.Link>
  );
}

/**
 * Evidence (佐证材料) field: uploads each file to POST /api/files (multipart `file`, cookie session) and keeps
 * the returned descriptors with a kind (整改前/整改后/文件/验收). The server's refusal message is shown as is.
 */
export function EvidenceUpload({
  value,
  onChange,
  defaultKind = 'before',
  onUploadingChange,
  id,
}: {
  value?: Evidence[];
  onChange?: (value: Evidence[]) => void;
  defaultKind?: EvidenceKind;
  /** Told whether uploads are in flight, so the form can hold its submit button until they finish. */
  onUploadingChange?: (uploading: boolean) => void;
  id?: string;
}) {
  const list = value ?? [];
  const [uploading, setUploading] = useState<string[]>([]);
  const [errors, setErrors] = useState<string[]>([]);
  // Uploads finish one by one; always append to the latest list, not the one of the render that started them.
  const latest = useRef(list);
  useEffect(() => {
    latest.current = list;
  });

  const uploadingRef = useRef(onUploadingChange);
  useEffect(() => {
    uploadingRef.current = onUploadingChange;
  });
  const busy = uploading.length > 0;
  useEffect(() => {
    uploadingRef.current?.(busy);
  }, [busy]);
  useEffect(() => () => uploadingRef.current?.(false), []);

  const emit = (next: Evidence[]) => {
    latest.current = next;
    onChange?.(next);
  };

  // One upload path for both pickers: files, and on a phone the back camera for a photo taken on the spot.
  const uploadProps: UploadProps = {
    multiple: true,
    showUploadList: false,
    beforeUpload: (file) => {
      if (!ALLOWED_EXT.test(file.name)) {
        setErrors((e) => [...e, `${file.name}：仅支持 ${acceptedFileTypesText}`]);
        return Upload.LIST_IGNORE;
      }
      return true;
    },
    customRequest: ({ file, onSuccess, onError }) => {
      if (!(file instanceof File)) return;
      const name = file.name;
      setUploading((u) => [...u, name]);
      filesApi.upload(file).then(
        (stored) => {
          setUploading((u) => u.filter((n) => n !== name));
          if (!latest.current.some((e) => e.sha256 === stored.sha256)) emit([...latest.current, { ...stored, kind: defaultKind }]);
          onSuccess?.(stored);
        },
        (err: unknown) => {
          setUploading((u) => u.filter((n) => n !== name));
          setErrors((e) => [...e, `${name}：${errorMessage(err)}`]);
          onError?.(err instanceof Error ? err : new Error(errorMessage(err)));
        },
      );
    },
  };

  return (
    <div id={id} data-testid="evidence-upload">
      <Flex gap={8} wrap align="center">
        <Upload {...uploadProps} accept={EVIDENCE_ACCEPT}>
          <Button icon={<UploadOutlined />} onClick={() => setErrors([])}>
            上传佐证材料
          </Button>
        </Upload>
        <Upload {...uploadProps} multiple={false} accept="image/*" capture="environment">
          <Button icon={<CameraOutlined />} onClick={() => setErrors([])} data-testid="evidence-camera">
            拍照
          </Button>
        </Upload>
      </Flex>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        支持 {acceptedFileTypesText}
      </Typography.Text>
      {errors.length > 0 && (
        <Alert
          type="error"
          showIcon
          closable={{ onClose: () => setErrors([]) }}
          style={{ marginTop: 8 }}
          title={errors.length === 1 ? errors[0] : '以下文件上传失败'}
          description={errors.length > 1 ? errors.map((e) => <div key={e}>{e}</div>) : undefined}
          data-testid="evidence-error"
        />
      )}
      {(list.length > 0 || uploading.length > 0) && (
        <Flex vertical gap={6} style={{ marginTop: 8 }}>
          {list.map((e) => (
            <Flex key={e.sha256} align="center" gap={8} wrap>
              <Select<EvidenceKind>
                size="small"
                style={{ width: 96 }}
                value={e.kind}
                onChange={(kind) => emit(latest.current.map((x) => (x.sha256 === e.sha256 ? { ...x, kind } : x)))}
                options={evidenceKinds.map((k) => ({ value: k, label: evidenceKindLabels[k] }))}
              />
              <EvidenceLink evidence={e} />
              <Button
                size="small"
                type="text"
                danger
                icon={<DeleteOutlined />}
                aria-label={`移除 ${e.name}`}
                onClick={() => emit(latest.current.filter((x) => x.sha256 !== e.sha256))}
              />
            </Flex>
          ))}
          {uploading.map((name) => (
            <Space key={name}>
              <Spin size="small" />
              <Typography.Text type="secondary">正在上传 {name}…</Typography.Text>
            </Space>
          ))}
        </Flex>
      )}
    </div>
  );
}
