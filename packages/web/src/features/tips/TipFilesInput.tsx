import { useState } from 'react';
import { Alert, Button, Typography, Upload } from 'antd';
import type { UploadFile } from 'antd';
import { PaperClipOutlined } from '@ant-design/icons';
import { acceptedDocumentTypesText, acceptedImageTypesText, formatFileSize } from '@zhiben/core/src/files/file-types.ts';

/** Limits of a tip's attachments (docs/tips-api.md); the server checks the content again and has the last word. */
export const TIP_MAX_FILES = 5;
const MiB = 1024 * 1024;
/** Per-type limits of the server's file check (files/sniff.ts): photos 10 MiB, documents 20 MiB. */
export const TIP_IMAGE_MAX_BYTES = 10 * MiB;
export const TIP_DOCUMENT_MAX_BYTES = 20 * MiB;
export const TIP_ACCEPT =
  '.jpg,.jpeg,.png,.webp,.pdf,.docx,.xlsx,image/jpeg,image/png,image/webp,application/pdf,' +
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document,' +
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const ALLOWED_EXT = /\.(jpe?g|png|webp|pdf|docx|xlsx)$/i;
const IMAGE_EXT = /\.(jpe?g|png|webp)$/i;
export const TIP_FILES_HINT =
  `最多 ${TIP_MAX_FILES} 个文件。照片支持 ${acceptedImageTypesText}，每张不超过 ${formatFileSize(TIP_IMAGE_MAX_BYTES)}；` +
  `文档支持 ${acceptedDocumentTypesText}，每个不超过 ${formatFileSize(TIP_DOCUMENT_MAX_BYTES)}`;

/** The File objects of an upload list (antd keeps the original in `originFileObj`). */
export function filesOf(list: UploadFile[] | undefined): File[] {
  return (list ?? []).flatMap((f) => (f.originFileObj ? [f.originFileObj as File] : []));
}

/**
 * Photos/documents kept in the browser until the form is sent (multipart with the tip, so nothing is stored
 * for a tip that is never submitted). Wrong types and oversized files are refused here with the reason.
 */
export function TipFilesInput({ value, onChange, id }: { value?: UploadFile[]; onChange?: (list: UploadFile[]) => void; id?: string }) {
  const list = value ?? [];
  const [errors, setErrors] = useState<string[]>([]);
  return (
    <div id={id} data-testid="tip-files">
      <Upload
        multiple
        accept={TIP_ACCEPT}
        fileList={list}
        listType="text"
        beforeUpload={() => false}
        onChange={({ fileList }) => {
          const refused: string[] = [];
          const kept: UploadFile[] = [];
          for (const f of fileList) {
            const size = f.size ?? f.originFileObj?.size ?? 0;
            const limit = IMAGE_EXT.test(f.name) ? TIP_IMAGE_MAX_BYTES : TIP_DOCUMENT_MAX_BYTES;
            if (!ALLOWED_EXT.test(f.name)) refused.push(`${f.name}：不支持此文件类型，请上传照片、PDF、Word 或 Excel 文件`);
            else if (size > limit) refused.push(`${f.name}：文件过大（${formatFileSize(size)}），不能超过 ${formatFileSize(limit)}`);
            else if (kept.length >= TIP_MAX_FILES) refused.push(`${f.name}：最多上传 ${TIP_MAX_FILES} 个文件`);
            else kept.push({ ...f, status: 'done' });
          }
          setErrors(refused);
          onChange?.(kept);
        }}
      >
        <Button icon={<PaperClipOutlined />} disabled={list.length >= TIP_MAX_FILES}>
          添加照片或文件
        </Button>
      </Upload>
      <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12, marginTop: 4 }}>
        {TIP_FILES_HINT}
      </Typography.Text>
      {errors.length > 0 && (
        <Alert
          type="error"
          showIcon
          closable={{ onClose: () => setErrors([]) }}
          style={{ marginTop: 8 }}
          title={errors.length === 1 ? errors[0] : '以下文件未添加'}
          description={errors.length > 1 ? errors.map((e) => <div key={e}>{e}</div>) : undefined}
          data-testid="tip-files-error"
        />
      )}
    </div>
  );
}
