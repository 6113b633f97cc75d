import { createHash } from 'node:crypto';
import { docNoPrefix, formatDocNo } from '@zhiben/core';
import type { Db } from '../../db/client.ts';
import { chinaDate } from '../../lib/dates.ts';
import * as repo from './documents.repository.ts';

/** Who issues: the org's id and the names its 机关代字 is derived from (docNoPrefix). */
export type IssuingOrg = { id: string; name: string; regionName: string };

export type IssueRequest = {
  /** What is issued, e.g. 'hazard_notice'; with subjectId it names the document. */
  kind: string;
  subjectId: string;
  /** The kind word of the 文号 (隐改, 督办, …). */
  kindWord: string;
  org: IssuingOrg;
  by: string | null;
  at: Date;
  /** An explicit re-issue: a new revision with a new number; otherwise an issued document keeps its number. */
  reissue: boolean;
};

export type IssuedDocument = { docNo: string; revision: number; issuedAt: Date; bytes: Buffer; fileHash: string; reprint: boolean };

/**
 * Issues a numbered document, or prints it again with its number. The number is taken in the transaction that
 * records the document (takeDocumentSeq), so a failed build or write leaves neither a record nor a used number.
 * `build` writes the file for a given 文号 and 成文日期; it runs inside the transaction, so it reads nothing from the
 * database (read what it needs before).
 */
export async function issueDocument(db: Db, request: IssueRequest, build: (docNo: string, issuedOn: string) => Promise<Buffer>): Promise<IssuedDocument> {
  return db.transaction(async (tx) => {
    const existing = await repo.findLatestIssued(tx, request.kind, request.subjectId);
    if (existing && !request.reissue) {
      const bytes = await build(existing.docNo, chinaDate(existing.issuedAt));
      return { docNo: existing.docNo, revision: existing.revision, issuedAt: existing.issuedAt, bytes, fileHash: existing.fileHash, reprint: true };
    }
    const issuedOn = chinaDate(request.at);
    const year = Number(issuedOn.slice(0, 4));
    const seq = await repo.takeDocumentSeq(tx, request.org.id, request.kindWord, year);
    const docNo = formatDocNo(docNoPrefix(request.org.name, request.org.regionName), request.kindWord, year, seq);
    const bytes = await build(docNo, issuedOn);
    const fileHash = createHash('sha256').update(bytes).digest('hex');
    const row = await repo.insertIssued(tx, {
      kind: request.kind,
      subjectId: request.subjectId,
      revision: (existing?.revision ?? 0) + 1,
      orgId: request.org.id,
      docNo,
      year,
      seq,
      issuedAt: request.at,
      issuedBy: request.by,
      fileHash,
    });
    return { docNo, revision: row.revision, issuedAt: row.issuedAt, bytes, fileHash, reprint: false };
  });
}
