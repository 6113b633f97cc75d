import { createRequire } from 'node:module';

/**
 * exceljs 4.4's streaming reader decodes each zip chunk on its own (utils/parse-sax.js), so a multi-byte
 * UTF-8 character split across two chunks becomes U+FFFD — Chinese ledgers come back with 乱码 in random cells
 * (exceljs issues #2063/#2084, unfixed upstream). Before exceljs loads, we put a parse-sax with a streaming
 * TextDecoder (one per parsed stream) into the require cache. Import ExcelJS from this module, never directly.
 */
const require = createRequire(import.meta.url);
const parseSaxPath = require.resolve('exceljs/lib/utils/parse-sax.js');

type SaxEvent = { eventType: 'opentag' | 'text' | 'closetag'; value: unknown };
type SaxesParserLike = { on: (event: string, listener: (value: unknown) => void) => void; write: (text: string) => void };

if (!require.cache[parseSaxPath]?.loaded) {
  const { SaxesParser } = require('saxes') as { SaxesParser: new () => SaxesParserLike };
  async function* parseSax(iterable: AsyncIterable<Buffer | string>): AsyncGenerator<SaxEvent[]> {
    const parser = new SaxesParser();
    const decoder = new TextDecoder('utf-8');
    let error: unknown = null;
    let events: SaxEvent[] = [];
    parser.on('error', (e) => {
      error = e;
    });
    parser.on('opentag', (value) => events.push({ eventType: 'opentag', value }));
    parser.on('text', (value) => events.push({ eventType: 'text', value }));
    parser.on('closetag', (value) => events.push({ eventType: 'closetag', value }));
    for await (const chunk of iterable) {
      parser.write(typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true }));
      if (error) throw error;
      yield events;
      events = [];
    }
    const rest = decoder.decode();
    if (rest) {
      parser.write(rest);
      if (error) throw error;
      yield events;
    }
  }
  const module = { id: parseSaxPath, filename: parseSaxPath, loaded: true, exports: parseSax, children: [], paths: [] };
  require.cache[parseSaxPath] = module as unknown as NodeJS.Module;
}

const ExcelJS = require('exceljs') as typeof import('exceljs');
export default ExcelJS;
