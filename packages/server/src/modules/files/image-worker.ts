/** Worker-thread body: sanitises one image per message, off the main event loop (see image-runner.ts). */
import { parentPort } from 'node:worker_threads';
import { isAppError } from '../../errors.ts';
import { sanitizeImage } from './image.ts';
import type { ImageJob, ImageJobResult } from './image-runner.ts';

const port = parentPort;
if (!port) throw new Error('image-worker.ts must run in a worker thread');

port.on('message', (job: ImageJob) => {
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    const sanitized = sanitizeImage(job.kind, job.bytes);
    // An exact-size copy to transfer: a Buffer may be a view into a larger shared pool.
    bytes = new Uint8Array(sanitized.length);
    bytes.set(sanitized);
  } catch (error) {
    const code = isAppError(error) && error.code === 'FILE_IMAGE_TOO_MANY_PIXELS' ? error.code : 'FILE_IMAGE_INVALID';
    port.postMessage({ ok: false, code } satisfies ImageJobResult);
    return;
  }
  port.postMessage({ ok: true, bytes } satisfies ImageJobResult, [bytes.buffer]);
});
