import { useRef, useState } from 'react';
import { Alert, Button, Flex, Image, Space, Typography } from 'antd';
import { AimOutlined, CameraOutlined, DeleteOutlined } from '@ant-design/icons';
import { call, errorMessage, urlOf } from '../../api/client.ts';
import type { FieldPhoto } from './api.ts';

/** A point from the phone's GPS (null until taken). */
export type GeoPoint = { lat: number | null; lng: number | null };

/** Reads the device position once (navigator.geolocation); the error is in zh-CN. */
export function readPosition(): Promise<{ lat: number; lng: number }> {
  return new Promise((resolve, reject) => {
    if (!('geolocation' in navigator)) {
      reject(new Error('此设备不支持定位'));
      return;
    }
    navigator.geolocation.getCurrentPosition(
      (p) => resolve({ lat: Math.round(p.coords.latitude * 1e6) / 1e6, lng: Math.round(p.coords.longitude * 1e6) / 1e6 }),
      (e) => reject(new Error(e.code === e.PERMISSION_DENIED ? '未获得定位权限，请在浏览器设置中允许定位' : '定位失败，请到开阔处重试')),
      { enableHighAccuracy: true, timeout: 15_000, maximumAge: 60_000 },
    );
  });
}

/** 获取定位: a large button showing the point once taken. */
export function LocationField({ value, onChange, testId = 'gps' }: { value?: GeoPoint; onChange?: (p: GeoPoint) => void; testId?: string }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const has = value?.lat !== null && value?.lat !== undefined && value.lng !== null;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Button
        size="large"
        block
        icon={<AimOutlined />}
        loading={busy}
        data-testid={testId}
        onClick={() => {
          setBusy(true);
          setError(null);
          readPosition()
            .then((p) => onChange?.(p))
            .catch((e: unknown) => setError(errorMessage(e)))
            .finally(() => setBusy(false));
        }}
      >
        {has ? '重新定位' : '获取现场定位'}
      </Button>
      {has && (
        <Typography.Text type="success" data-testid={`${testId}-value`}>
          已定位：{value.lat?.toFixed(5)}, {value.lng?.toFixed(5)}
        </Typography.Text>
      )}
      {error && <Alert type="error" showIcon title={error} />}
    </Space>
  );
}

/**
 * 现场拍照: the phone's camera (`capture="environment"`), each photo uploaded at once with the time it was taken
 * and the current GPS point when known. `preview` turns a stored photo into a URL.
 */
export function PhotoCapture({
  value,
  onChange,
  point,
  preview,
  max = 10,
  testId = 'photo-input',
  onUploadingChange,
}: {
  value?: FieldPhoto[];
  onChange?: (photos: FieldPhoto[]) => void;
  point?: GeoPoint | undefined;
  preview?: (sha256: string) => string;
  max?: number;
  testId?: string;
  onUploadingChange?: (busy: boolean) => void;
}) {
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [local, setLocal] = useState<Record<string, string>>({});
  const photos = value ?? [];

  const add = async (files: FileList | null) => {
    if (!files || files.length === 0) return;
    setBusy(true);
    onUploadingChange?.(true);
    setError(null);
    const added: FieldPhoto[] = [];
    try {
      for (const file of Array.from(files).slice(0, max - photos.length)) {
        const takenAt = new Date().toISOString();
        const form = new FormData();
        form.append('file', file);
        const stored = await call('post', '/api/files', { body: form });
        added.push({ sha256: stored.sha256, takenAt, lat: point?.lat ?? null, lng: point?.lng ?? null });
        setLocal((m) => ({ ...m, [stored.sha256]: URL.createObjectURL(file) }));
      }
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      if (added.length > 0) onChange?.([...photos, ...added]);
      setBusy(false);
      onUploadingChange?.(false);
      if (input.current) input.current.value = '';
    }
  };

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Flex wrap gap={8}>
        {photos.map((p) => (
          <div key={p.sha256} style={{ position: 'relative' }}>
            <Image
              src={local[p.sha256] ?? preview?.(p.sha256) ?? urlOf('/api/files/{sha256}', { params: { sha256: p.sha256 } })}
              width={88}
              height={88}
              style={{ objectFit: 'cover', borderRadius: 6 }}
              alt="现场照片"
            />
            <Button
              size="small"
              danger
              icon={<DeleteOutlined />}
              aria-label="删除照片"
              style={{ position: 'absolute', top: 2, right: 2 }}
              onClick={() => onChange?.(photos.filter((x) => x.sha256 !== p.sha256))}
            />
          </div>
        ))}
      </Flex>
      {photos.length < max && (
        <label style={{ display: 'block' }}>
          <input
            ref={input}
            type="file"
            accept="image/*"
            capture="environment"
            multiple
            style={{ display: 'none' }}
            data-testid={testId}
            onChange={(e) => void add(e.target.files)}
          />
          <Button size="large" block icon={<CameraOutlined />} loading={busy} onClick={() => input.current?.click()}>
            {photos.length === 0 ? '现场拍照' : '再拍一张'}
          </Button>
        </label>
      )}
      {error && <Alert type="error" showIcon title={error} />}
    </Space>
  );
}
