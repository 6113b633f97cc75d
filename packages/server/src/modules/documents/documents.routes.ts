import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { HAZARD_DOCUMENT_KIND_WORDS, hazardDocumentKinds, hazardDocuments, type HazardDocumentKind } from '@zhiben/core';
import { chinaDate } from '../../lib/dates.ts';
import { AppError } from '../../errors.ts';
import { requireCapability } from '../../plugins/auth.ts';
import { findAcceptance } from '../hazards/hazard-acceptance.ts';
import { listHazardEvents } from '../hazards/hazard-events.repository.ts';
import { findCriteria, findHazard } from '../hazards/hazards.repository.ts';
import { regionNames } from '../stats/stats.repository.ts';
import { buildAcceptanceRecordDocx } from './acceptance-record.docx.ts';
import { buildHazardNoticeDocx, buildListingNoticeDocx, type HazardNoticeInput } from './hazard-notice.docx.ts';
import { issueDocument, type IssuedDocument } from './documents.service.ts';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** A numbered document as the download of a detail page: the .docx, its file name and its 文号 (x-document-number). */
export const sendIssuedDocument = (reply: FastifyReply, fileName: string, issued: IssuedDocument) =>
  reply
    .header('content-type', DOCX_TYPE)
    .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`)
    .header('x-document-number', encodeURIComponent(issued.docNo))
    .send(issued.bytes);
const hazardDocumentParams = z.object({ id: z.uuid('应为有效的记录编号'), kind: z.enum(hazardDocumentKinds) });
const NOT_APPLICABLE: Record<HazardDocumentKind, string> = {
  rectification_notice: '只有政府部门可以对已认定、未作废的隐患出具此文书',
  listing_notice: '只有挂牌督办的单位可以对挂牌中、未销号的隐患出具挂牌督办通知书',
  acceptance_record: '只有验收销号的单位可以对已销号的隐患出具隐患整改验收（销号）表',
};
const documentQuery = z.object({ reissue: z.enum(['true', 'false']).optional() });

export async function documentRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const db = () => app.services.database.db;

  app.get(
    '/api/hazards/:id/documents/:kind',
    {
      schema: {
        tags: ['documents'],
        description: '隐患文书（.docx，GB/T 9704 版式，带本单位当年文号）：同一文书再次打印文号不变；reissue=true 重新出具并取新文号。可出具的文书见详情的 documents。',
        params: hazardDocumentParams,
        querystring: documentQuery,
      },
    },
    async (request, reply) => {
      const auth = requireCapability(request, 'hazards.read');
      const joined = await findHazard(db(), auth.scope, request.params.id);
      if (!joined) throw AppError('NOT_FOUND');
      const h = joined.hazard;
      const { kind } = request.params;
      const org = auth.actor.org;
      const acceptance = h.status === 'closed' ? await findAcceptance(db(), await listHazardEvents(db(), h.id)) : null;
      const offered = hazardDocuments({ ...h, verifiedByOrgId: acceptance?.verifierOrg?.id ?? null }, org).find((d) => d.kind === kind);
      if (!offered || !org) throw AppError('DOCUMENT_NOT_APPLICABLE', { message: NOT_APPLICABLE[kind] });
      const orgName = auth.user.org?.name ?? '';
      const regionName = (await regionNames(db(), [org.regionCode])).get(org.regionCode)?.name ?? '';
      const criteria = (await findCriteria(db(), h.criterionIds)).map((c) => c.text ?? c.topic ?? '').filter((text) => text !== '');
      const issued = await issueDocument(
        db(),
        { kind: `hazard_${kind}`, subjectId: h.id, kindWord: HAZARD_DOCUMENT_KIND_WORDS[kind], org: { id: org.id, name: orgName, regionName }, by: auth.user.id, at: app.services.clock.now(), reissue: request.query.reissue === 'true' },
        (docNo, issuedOn) => {
          const notice: HazardNoticeInput = {
            docNo,
            issuedOn,
            issuerName: orgName,
            hazard: { hazardNo: h.hazardNo, level: h.level, enterpriseName: joined.enterpriseName, title: h.title, description: h.description, location: h.location, foundAt: h.foundAt, deadline: h.deadline, criteria },
          };
          if (kind === 'acceptance_record' && acceptance) {
            return buildAcceptanceRecordDocx({
              ...notice,
              plan: { measures: h.plan?.measures ?? '', responsible: h.plan?.responsible ?? '', fundsWanYuan: h.plan?.fundsWanYuan ?? null },
              completedOn: acceptance.completedAt ? chinaDate(acceptance.completedAt) : null,
              completedBy: acceptance.completedBy,
              completionNote: acceptance.completionNote,
              verifiedOn: chinaDate(acceptance.verifiedAt),
              verifiedBy: acceptance.verifiedBy,
              verificationNote: acceptance.verificationNote,
              closedOn: h.closedAt ? chinaDate(h.closedAt) : null,
            });
          }
          const listing = h.listing;
          if (kind === 'rectification_notice' || !listing) return buildHazardNoticeDocx(notice);
          return buildListingNoticeDocx({ ...notice, listing: { level: listing.level, docNo: listing.docNo, deadline: listing.deadline, listedOn: chinaDate(new Date(listing.listedAt)) } });
        },
      );
      return sendIssuedDocument(reply, `${offered.title}-${h.hazardNo}.docx`, issued);
    },
  );
}
