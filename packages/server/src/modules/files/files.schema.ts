import { z } from 'zod';
import { str } from '../../lib/schemas.ts';

export const sha256Hex = str().regex(/^[0-9a-f]{64}$/, '应为64位小写十六进制的 SHA-256 摘要');

export const fileParams = z.object({ sha256: sha256Hex });

/** Answer to an upload: what a client puts into a hazard's `evidence` (with a kind). */
export const uploadedFile = z.object({
  sha256: sha256Hex,
  name: z.string(),
  mime: z.string(),
  size: z.number().int(),
});
export type UploadedFile = z.infer<typeof uploadedFile>;

export const evidenceKinds = ['before', 'after', 'document', 'verification'] as const;
export type EvidenceKind = (typeof evidenceKinds)[number];

/** What a client sends to attach a file; name is optional (defaults to the uploaded name). */
export const evidenceInput = z.object({
  sha256: sha256Hex,
  name: str().trim().max(120).optional(),
  kind: z.enum(evidenceKinds),
});
export type EvidenceInput = z.infer<typeof evidenceInput>;

/** Evidence as stored in a hazard event payload and presented (docs/hazards-api.md `Evidence`). */
export const evidence = uploadedFile.extend({ kind: z.enum(evidenceKinds) });
export type Evidence = z.infer<typeof evidence>;
