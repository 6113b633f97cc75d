/** Worker-thread body: sanitises one image per message, off the main event loop (see image-runner.ts). */
import { parentPort } from 'node:worker_threads';
import { isAppError } from '../../errors.ts';
import { sanitizeImage } from './image.ts';
import type { ImageJob, ImageJobResult } from './image-runner.ts';

const port = parentPort;
if (!port) throw new Error('image-worker.ts must run in a worker thread');

port.on('message', (job: ImageJob) => {
  let result: ImageJobResult;
  try {
    const bytes = sanitizeImage(job.kind, job.bytes);
    result = { ok: true, bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) };
  } catch (error) {
    result = { ok: false, code: isAppError(error) && error.code === 'FILE_IMAGE_TOO_MANY_PIXELS' ? error.code : 'FILE_IMAGE_INVALID' };
  }
  port.postMessage(result);
});
