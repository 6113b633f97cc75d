// The letters to the reporter (《举报受理告知书》/《不予受理告知书》, 《举报答复书》) as numbered .docx from the tip's detail.
// The reporter's name is printed only when the issuer may reveal it (core canRevealIdentity), and then through
// revealIdentity — the one path that opens tip_identities — with its audit row.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { TIP_DOCUMENT_KIND_WORDS, canRevealIdentity, flatActor, tipDocumentKinds, tipDocuments, type TipDocumentKind } from '@zhiben/core';
import { AppError } from '../../errors.ts';
import { chinaDate } from '../../lib/dates.ts';
import { initiator, requireCapability } from '../../plugins/auth.ts';
import { scopeOf } from '../../lib/scope-registry.ts';
import { tipStream } from '../../workflow/streams.ts';
import { listEvents } from '../../workflow/timeline.ts';
import { sendIssuedDocument } from '../documents/documents.routes.ts';
import { issueDocument } from '../documents/documents.service.ts';
import { buildTipAcceptanceNoticeDocx, buildTipReplyLetterDocx, type TipLetterInput } from '../documents/tip-letters.docx.ts';
import { regionNames } from '../stats/stats.repository.ts';
import { revealIdentity } from './tips.identity.ts';
import type { TipDeps } from './tips.intake.ts';
import * as repo from './tips.repository.ts';
import { tipFactsOf } from './tips.workflow.ts';

const params = z.object({ id: z.uuid('应为有效的记录编号'), kind: z.enum(tipDocumentKinds) });
const query = z.object({ reissue: z.enum(['true', 'false']).optional() });
const NOT_APPLICABLE: Record<TipDocumentKind, string> = {
  acceptance_notice: '只有受理举报单位的举报受理员可以对已作出受理决定的举报出具告知书',
  reply_letter: '只有受理举报单位的举报受理员可以对已核查的举报出具答复书',
};

export async function tipDocumentRoutes(app: FastifyInstance, deps: () => TipDeps): Promise<void> {
  const typed = app.withTypeProvider<ZodTypeProvider>();
  typed.get(
    '/api/tips/:id/documents/:kind',
    {
      schema: {
        tags: ['tips'],
        description: '致举报人的文书（.docx，带本单位当年文号）：受理告知书（或不予受理告知书）、答复书。举报人姓名仅对可查看身份的受理员打印，并记入审计。',
        params,
        querystring: query,
      },
    },
    async (request, reply) => {
      const auth = requireCapability(request, 'tips.read');
      const db = deps().db;
      const joined = await repo.findTip(db, scopeOf(auth, 'tip'), request.params.id);
      if (!joined) throw AppError('NOT_FOUND');
      const t = joined.tip;
      const { kind } = request.params;
      const facts = await tipFactsOf(db, t, deps().settings.rewardRules);
      const actor = flatActor(auth.actor);
      const offered = tipDocuments(facts, actor).find((d) => d.kind === kind);
      const org = auth.actor.org;
      if (!offered || !org) throw AppError('DOCUMENT_NOT_APPLICABLE', { message: NOT_APPLICABLE[kind] });

      const events = await listEvents(db, tipStream, t.id);
      const dayOf = (eventKind: string) => {
        const found = events.filter((e) => e.kind === eventKind).at(-1);
        return found ? chinaDate(found.at) : chinaDate(t.receivedAt);
      };
      const reporterName = canRevealIdentity(facts, actor) ? (await revealIdentity(deps(), auth, initiator(request), joined, `出具《${offered.title}》`)).name : null;
      // Read before the document's transaction: a query outside it would wait for it on a single connection.
      const hazardNo = kind === 'reply_letter' ? await repo.hazardNoOf(db, t.hazardId) : null;
      const orgName = auth.user.org?.name ?? joined.receivingOrgName;
      const regionName = (await regionNames(db, [org.regionCode])).get(org.regionCode)?.name ?? '';
      const issued = await issueDocument(
        db,
        { kind: `tip_${kind}`, subjectId: t.id, kindWord: TIP_DOCUMENT_KIND_WORDS[kind], org: { id: org.id, name: orgName, regionName }, by: auth.user.id, at: deps().clock.now(), reissue: request.query.reissue === 'true' },
        async (docNo, issuedOn) => {
          const letter: TipLetterInput = { docNo, issuedOn, issuerName: orgName, reporterName, tip: { tipNo: t.tipNo, channel: t.channel, receivedOn: chinaDate(t.receivedAt), targetName: t.targetName } };
          if (kind === 'acceptance_notice') {
            return buildTipAcceptanceNoticeDocx({
              ...letter,
              decision: t.status === 'declined' ? { accepted: false, declinedOn: dayOf('decline'), reason: t.declineReason, note: t.declineNote ?? '' } : { accepted: true, acceptedOn: dayOf('accept') },
            });
          }
          const inv = t.investigation;
          if (!inv) throw AppError('DOCUMENT_NOT_APPLICABLE', { message: NOT_APPLICABLE.reply_letter });
          return buildTipReplyLetterDocx({
            ...letter,
            investigation: { findings: inv.findings, verified: inv.verified, violationKind: inv.violationKind, penaltyYuan: inv.penaltyYuan, hazardNo },
            feedback: events.filter((e) => e.message === 'officer_feedback').map((e) => e.note),
            reward: t.rewardAmountYuan !== null && (t.rewardStatus === 'approved' || t.rewardStatus === 'paid') ? { amountYuan: t.rewardAmountYuan, paid: t.rewardStatus === 'paid' } : null,
          });
        },
      );
      return sendIssuedDocument(reply, `${offered.title}-${t.tipNo}.docx`, issued);
    },
  );
}
