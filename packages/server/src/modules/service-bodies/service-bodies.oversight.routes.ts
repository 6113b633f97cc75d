import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { bodyCheckActionLabels, bodyCheckKindLabels, quarterOf, rate, reviewResultLabels, serviceBodyTypeLabels, supervisionPersonKindLabels, termState, termStateLabels, type Scope } from '@zhiben/core';
import { AppError } from '../../errors.ts';
import { chinaDate } from '../../lib/dates.ts';
import { standardErrors, uuidParam } from '../../lib/schemas.ts';
import { requireRegionStaff } from '../../lib/scope-registry.ts';
import { initiator } from '../../plugins/auth.ts';
import type { FieldSealer } from '../tips/tip-crypto.ts';
import * as oversight from './service-bodies.oversight.ts';
import * as repo from './service-bodies.oversight.repository.ts';
import {
  checkBody,
  checkSampleQuery,
  checkSampleResponse,
  checksResponse,
  checkView,
  insurerFiguresQuery,
  insurerFiguresResponse,
  peopleQuery,
  peopleResponse,
  personBody,
  personPatch,
  personView,
  policiesResponse,
  policyBody,
  policyView,
} from './service-bodies.oversight.schema.ts';
import { findBody } from './service-bodies.repository.ts';
import { requireOwner } from './service-bodies.service.ts';

/** 安责险 policies, 资质保持/过程控制/执业行为 checks, the quarter's check sample, and 执法技术检查员/社会监督员 (MODULES A-6). */
export async function serviceBodyOversightRoutes(fastify: FastifyInstance, options: { crypto: FieldSealer }): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const deps = () => ({ db: app.services.database.db, clock: app.services.clock, crypto: options.crypto });
  const today = () => chinaDate(app.services.clock.now());
  const tags = ['service-bodies'];
  const withForbidden = { ...standardErrors, 403: standardErrors[400] };

  const reader = (request: FastifyRequest) => requireRegionStaff(request, 'service_bodies.read');
  const manager = (request: FastifyRequest) => {
    const { auth, scope } = requireRegionStaff(request, 'service_bodies.manage');
    const org = auth.user.org;
    return { auth, scope, owner: org ? { id: org.id, regionCode: org.regionCode } : null };
  };
  const bodyInScope = async (scope: Scope, id: string) => {
    const body = await findBody(deps().db, scope, id);
    if (!body) throw AppError('NOT_FOUND');
    return body;
  };

  const presentPolicy = (p: repo.PolicyRow & { enterpriseName: string }) => ({
    id: p.id,
    bodyId: p.bodyId,
    enterpriseId: p.enterpriseId,
    enterpriseName: p.enterpriseName,
    policyNo: p.policyNo,
    periodFrom: p.periodFrom,
    periodTo: p.periodTo,
    premiumFen: p.premiumFen,
    createdAt: p.createdAt.toISOString(),
  });
  const presentCheck = (c: repo.CheckRow) => ({
    id: c.id,
    bodyId: c.bodyId,
    kind: c.kind,
    kindLabel: bodyCheckKindLabels[c.kind],
    checkedOn: c.checkedOn,
    result: c.result,
    resultLabel: reviewResultLabels[c.result],
    findings: c.findings,
    action: c.action,
    actionLabel: bodyCheckActionLabels[c.action],
    createdAt: c.createdAt.toISOString(),
  });
  const presentPerson = (p: repo.PersonRow & { orgName: string }, orgId: string | null) => {
    const state = termState(p.status, p.termTo, today());
    return {
      id: p.id,
      orgId: p.orgId,
      orgName: p.orgName,
      kind: p.kind,
      kindLabel: supervisionPersonKindLabels[p.kind],
      name: p.name,
      phone: p.phone,
      idNumberMasked: p.idNumberMasked,
      employer: p.employer,
      certificate: p.certificate ?? null,
      termFrom: p.termFrom,
      termTo: p.termTo,
      status: p.status,
      termState: state,
      termStateLabel: termStateLabels[state],
      mine: p.orgId === orgId,
      version: p.version,
    };
  };

  // ---- 安责险 ----

  app.get('/api/service-bodies/insurer-figures', { schema: { tags, description: '保险机构事故预防服务：本年度投保企业中已开展服务的企业数、发现隐患数（按机构）', querystring: insurerFiguresQuery, response: { 200: insurerFiguresResponse, ...standardErrors } } }, async (request) => {
    const { scope } = reader(request);
    const year = request.query.year ?? Number(today().slice(0, 4));
    const rows = await repo.insurerFigures(deps().db, scope, year);
    return { year, items: rows.map((r) => ({ ...r, visitedRate: rate(r.visited, r.insured) })) };
  });

  app.get('/api/service-bodies/:id/policies', { schema: { tags, description: '保险机构的投保企业（安责险保单）及各保单年度已服务企业数、发现隐患数', params: uuidParam, response: { 200: policiesResponse, ...standardErrors } } }, async (request) => {
    const { scope } = reader(request);
    const body = await bodyInScope(scope, request.params.id);
    const [items, years] = await Promise.all([repo.listPolicies(deps().db, body.id), repo.policyYearFigures(deps().db, body.id)]);
    return { items: items.map(presentPolicy), total: items.length, years };
  });

  app.post('/api/service-bodies/:id/policies', { schema: { tags, description: '登记投保企业（安责险保单；仅保险机构，同一企业保险期间不得重叠）', params: uuidParam, body: policyBody, response: { 201: policyView, ...withForbidden } } }, async (request, reply) => {
    const { auth, scope, owner } = manager(request);
    const body = await bodyInScope(scope, request.params.id);
    requireOwner(body, owner);
    const row = await oversight.addPolicy(deps(), auth.scope, body, initiator(request), request.body);
    const listed = (await repo.listPolicies(deps().db, body.id)).find((p) => p.id === row.id);
    if (!listed) throw new Error('policy not listed');
    return reply.status(201).send(presentPolicy(listed));
  });

  // ---- 资质保持 / 过程控制 / 执业行为 ----

  app.get('/api/service-bodies/check-sample', { schema: { tags, description: '本季度资质保持检查抽取的机构（可复算的确定性抽样）', querystring: checkSampleQuery, response: { 200: checkSampleResponse, ...standardErrors } } }, async (request) => {
    const { auth } = reader(request);
    const org = auth.user.org;
    if (!org) throw AppError('NOT_FOUND');
    const quarter = request.query.quarter ?? quarterOf(today());
    const sample = await oversight.checkSample(deps().db, { id: org.id, regionCode: org.regionCode }, quarter);
    return { quarter, seedSource: sample.seedSource, seed: sample.seed, ratePercent: sample.ratePercent, listed: sample.listed, items: sample.bodies.map((b) => ({ bodyId: b.id, name: b.name, typeLabel: serviceBodyTypeLabels[b.type] })) };
  });

  app.get('/api/service-bodies/:id/checks', { schema: { tags, description: '机构的资质保持、过程控制检查和执业行为记录', params: uuidParam, response: { 200: checksResponse, ...standardErrors } } }, async (request) => {
    const { scope } = reader(request);
    const body = await bodyInScope(scope, request.params.id);
    const items = (await repo.listChecks(deps().db, body.id)).map(presentCheck);
    return { items, total: items.length };
  });

  app.post('/api/service-bodies/:id/checks', { schema: { tags, description: '录入资质保持、过程控制检查或执业行为违规（不合格须列明问题；处理措施仅记录）', params: uuidParam, body: checkBody, response: { 201: checkView, ...withForbidden } } }, async (request, reply) => {
    const { scope, owner } = manager(request);
    const body = await bodyInScope(scope, request.params.id);
    requireOwner(body, owner);
    return reply.status(201).send(presentCheck(await oversight.addCheck(deps(), body, initiator(request), request.body)));
  });

  // ---- 执法技术检查员 / 社会监督员 ----

  app.get('/api/supervision-people', { schema: { tags, description: '执法技术检查员、社会监督员名册', querystring: peopleQuery, response: { 200: peopleResponse, ...standardErrors } } }, async (request) => {
    const { auth, scope } = reader(request);
    const { page, pageSize, ...filter } = request.query;
    const { rows, total } = await repo.listPeople(deps().db, scope, filter, page, pageSize);
    return { items: rows.map((r) => presentPerson(r, auth.user.org?.id ?? null)), total };
  });

  app.post('/api/supervision-people', { schema: { tags, description: '登记执法技术检查员或社会监督员（身份证号加密保存，仅显示脱敏号码）', body: personBody, response: { 201: personView, ...withForbidden } } }, async (request, reply) => {
    const { scope, owner } = manager(request);
    if (!owner) throw AppError('NOT_FOUND');
    const row = await oversight.addPerson(deps(), owner, initiator(request), request.body);
    const found = await repo.findPerson(deps().db, scope, row.id);
    if (!found) throw new Error('person not found after insert');
    return reply.status(201).send(presentPerson(found, owner.id));
  });

  app.patch('/api/supervision-people/:id', { schema: { tags, description: '修改执法技术检查员或社会监督员（含 version）', params: uuidParam, body: personPatch, response: { 200: personView, ...withForbidden } } }, async (request) => {
    const { scope, owner } = manager(request);
    const person = await repo.findPerson(deps().db, scope, request.params.id);
    if (!person) throw AppError('NOT_FOUND');
    if (!owner || owner.id !== person.orgId) throw AppError('FORBIDDEN', { message: '只能修改本单位名册中的人员' });
    const row = await oversight.updatePerson(deps(), person, initiator(request), request.body);
    return presentPerson({ ...row, orgName: person.orgName }, owner.id);
  });
}
