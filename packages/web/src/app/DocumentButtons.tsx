import { Button } from 'antd';
import { FileWordOutlined } from '@ant-design/icons';

/**
 * One download button per numbered document the server offers with the record (its `documents`): the page never
 * decides which documents apply. `testIdPrefix` names them for tests (hazard-document-rectification_notice).
 */
export function DocumentButtons<K extends string>({ documents, urlOf, testIdPrefix }: { documents: readonly { kind: K; title: string }[]; urlOf: (kind: K) => string; testIdPrefix: string }) {
  return (
    <>
      {documents.map((d) => (
        <Button key={d.kind} icon={<FileWordOutlined />} href={urlOf(d.kind)} download data-testid={`${testIdPrefix}-${d.kind}`}>
          {d.title}
        </Button>
      ))}
    </>
  );
}
