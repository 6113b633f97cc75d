import { Button, Form, Input, Select, Space } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { actionForm, trimmed } from '../../../app/workflow/actionForm.ts';
import { inspectionsApi, type FieldPhoto, type Inspection } from '../api.ts';
import { LocationField, PhotoCapture, type GeoPoint } from '../FieldCapture.tsx';

type RemoteEvidence = { kind?: 'file' | 'video' | 'alarm' | 'sensor'; ref?: string; note?: string };
type StartValues = { location?: GeoPoint; photos?: FieldPhoto[]; remoteEvidence?: RemoteEvidence[] };

const remoteKinds = [
  { value: 'file', label: '文件资料' },
  { value: 'video', label: '视频监控' },
  { value: 'alarm', label: '报警记录' },
  { value: 'sensor', label: '在线监测' },
] as const;

const isRemote = (i: Inspection) => i.methods.includes('remote');

/** 开始检查: proof of presence (GPS point and a photo with its time); a 非现场 check lists what was viewed instead. */
export const startForm = actionForm<StartValues>()({
  initial: (i: Inspection) => (isRemote(i) ? { remoteEvidence: [{ kind: 'file' }] } : { location: { lat: null, lng: null }, photos: [] }),
  Fields: ({ record: i, req, form, setUploading }) => {
    const point = Form.useWatch('location', form);
    if (isRemote(i)) {
      const remote = req('remoteEvidence', '查看的材料');
      return (
        <Form.Item label="查看的材料" required={remote.required} extra={remote.extra}>
          <Form.List name="remoteEvidence">
            {(fields, { add, remove }) => (
              <Space orientation="vertical" style={{ width: '100%' }}>
                {fields.map((f) => (
                  <Space key={f.key} wrap align="start">
                    <Form.Item name={[f.name, 'kind']} noStyle>
                      <Select style={{ width: 120 }} options={remoteKinds.map((k) => ({ ...k }))} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'ref']} noStyle rules={[{ required: true, whitespace: true, message: '请填写材料名称或编号' }]}>
                      <Input placeholder="材料名称、视频点位或报警编号" style={{ width: 260 }} maxLength={200} />
                    </Form.Item>
                    <Button icon={<DeleteOutlined />} aria-label="删除" onClick={() => remove(f.name)} />
                  </Space>
                ))}
                <Button icon={<PlusOutlined />} onClick={() => add({ kind: 'file' })}>
                  添加材料
                </Button>
              </Space>
            )}
          </Form.List>
        </Form.Item>
      );
    }
    const location = req('location.lat', '现场定位');
    const photos = req('photos', '现场照片');
    return (
      <>
        <Form.Item
          label="现场定位"
          name="location"
          required={location.required}
          extra={location.extra}
          rules={[{ validator: async (_, v: GeoPoint | undefined) => (location.required && (v?.lat === null || v?.lat === undefined) ? Promise.reject(new Error('请先获取现场定位')) : Promise.resolve()) }]}
        >
          <LocationField testId="start-gps" />
        </Form.Item>
        <Form.Item label="现场照片" name="photos" required={photos.required} extra={photos.extra} rules={photos.rules}>
          <PhotoCapture point={point} testId="start-photo" preview={(sha) => inspectionsApi.photoUrl(i.id, sha)} onUploadingChange={setUploading} />
        </Form.Item>
      </>
    );
  },
  toBody: (v: StartValues, _i: Inspection) => ({
    location: { lat: v.location?.lat ?? null, lng: v.location?.lng ?? null },
    photos: v.photos ?? [],
    remoteEvidence: (v.remoteEvidence ?? []).filter((r) => trimmed(r.ref) !== '').map((r) => ({ kind: r.kind ?? 'file', ref: trimmed(r.ref), note: trimmed(r.note) })),
  }),
});
