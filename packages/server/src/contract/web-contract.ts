import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { z } from 'zod';
import { buildApp } from '../app.ts';
import { openDatabase } from '../db/client.ts';
import { actionBodies as hazardActionBodies } from '../modules/hazards/hazards.schema.ts';
import { actionBodies as inspectionActionBodies } from '../modules/inspections/inspections.schema.ts';
import { followupBody, tipActionBodies, tipSubmission } from '../modules/tips/tips.schema.ts';
import { planActionBodies } from '../modules/plans/plans.schema.ts';
import { taskActionBodies } from '../modules/tasks/tasks.schema.ts';
import { returnActionBodies } from '../modules/returns/returns.schema.ts';
import { roundActionBodies } from '../modules/dispatch/dispatch.schema.ts';
import { drawActionBodies } from '../modules/random-draws/random-draws.schema.ts';

/** Where the web keeps the generated wire types (committed; `npm run contract:generate` rewrites it). */
export const webContractPath = fileURLToPath(new URL('../../../web/src/api/contract.gen.ts', import.meta.url));

const header = `/**
 * The web's wire types, generated from the server's OpenAPI document (built from its zod schemas).
 * Do not edit: run \`npm run contract:generate\` after changing a server schema; a test fails while this is stale.
 */
/* eslint-disable */
`;

type OpenApiDocument = { components?: { schemas?: Record<string, unknown> } } & Record<string, unknown>;

/**
 * Bodies that a handler parses itself, so they are not in the route schema: the workflow action routes take one body
 * per action, checked after the record is loaded (an out-of-scope record is a 404 before any 400), and the public
 * tip routes read JSON or multipart. The contract adds them as components so that the web is typed by the server's
 * schemas all the same.
 */
function handlerBodyComponents(): Record<string, unknown> {
  const asComponent = (schema: z.ZodType) => z.toJSONSchema(schema, { io: 'input', target: 'openapi-3.0', unrepresentable: 'any' });
  return {
    HazardActionBodies: asComponent(z.object(hazardActionBodies)),
    TipActionBodies: asComponent(z.object(tipActionBodies)),
    PlanActionBodies: asComponent(z.object(planActionBodies)),
    TaskActionBodies: asComponent(z.object(taskActionBodies)),
    ReturnActionBodies: asComponent(z.object(returnActionBodies)),
    RoundActionBodies: asComponent(z.object(roundActionBodies)),
    InspectionActionBodies: asComponent(z.object(inspectionActionBodies)),
    DrawActionBodies: asComponent(z.object(drawActionBodies)),
    TipSubmission: asComponent(tipSubmission),
    TipFollowup: asComponent(followupBody),
  };
}

/** The OpenAPI document of the app, built in-process on an empty in-memory database without listening. */
export async function buildOpenApiDocument(): Promise<OpenApiDocument> {
  const database = await openDatabase({ kind: 'pglite', dataDir: null });
  const filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhiben-contract-'));
  try {
    const app = await buildApp({
      database,
      config: { bodyLimitBytes: 64 * 1024, uploadLimitBytes: 1024 * 1024, filesDir, webDist: '/nonexistent', cookieSecure: false },
    });
    try {
      await app.ready();
      return app.swagger() as unknown as OpenApiDocument;
    } finally {
      await app.close();
    }
  } finally {
    await database.close();
    fs.rmSync(filesDir, { recursive: true, force: true });
  }
}

/** The text of `contract.gen.ts` for the current server schemas. */
export async function renderWebContract(): Promise<string> {
  const document = await buildOpenApiDocument();
  const withBodies = { ...document, components: { ...document.components, schemas: { ...document.components?.schemas, ...handlerBodyComponents() } } };
  const ast = await openapiTS(withBodies as Parameters<typeof openapiTS>[0], { alphabetize: false, defaultNonNullable: false });
  return header + astToString(ast);
}
