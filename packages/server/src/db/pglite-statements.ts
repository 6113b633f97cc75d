import { messages as protocol, types, type PGlite, type QueryOptions, type Results, type Transaction } from '@electric-sql/pglite';

/**
 * Statements for embedded PGlite in one call each. PGlite's own `query` sends every statement as six separate
 * protocol calls into the WebAssembly backend (parse, describe, bind, describe, execute, sync), and those calls
 * cost more than running a short statement. Here a statement's parameter types are described once per text; every
 * later run is one call. The app's hot statements (db/prepared.ts marks them with `keepPlan`) are named: parsed
 * once, and after a few runs PostgreSQL may keep a generic plan for them, as it does for them on a server. Every
 * other statement is parsed and planned with its values each time, as before (a generic plan made the as-of
 * statistics 20–25 % slower). Values are serialised by the described parameter types and rows parsed by the
 * column types with PGlite's parsers, so results are what PGlite's `query` gives (the test compares both). The
 * backend's answer is read here from its raw bytes (readReply): PGlite's own reader copies each message twice and
 * builds an object per message through transpiled private fields, about a tenth of a short write's time.
 *
 * Installed on the app's instance only (`query` and the transaction's `query`); `exec` and everything else stay
 * PGlite's own.
 */

const keptPlans = new Set<string>();

/** Marks a statement text as hot: run by name, so that its parse (and, where PostgreSQL decides so, its plan) is kept. */
export function keepPlan(text: string): void {
  keptPlans.add(text);
}

type Field = { name: string; dataTypeID: number };
/** `name` is null for a statement parsed anew each run (the unnamed statement). */
type Statement = { name: string | null; paramTypes: readonly number[]; fields: readonly Field[] };
type Row = Record<string, unknown>;
/** What the backend answered to one batch ending in Sync: what a statement's caller needs of it. */
type Reply = {
  paramTypes: number[] | null;
  /** From a RowDescription; [] after NoData; null when the batch described nothing. */
  fields: Field[] | null;
  rows: (string | null)[][];
  command: string | null;
  /** The first ErrorResponse, as PGlite's own DatabaseError. */
  error: Error | null;
  /** ReadyForQuery came: the backend answered the whole batch. */
  ready: boolean;
};

/** The backend stopped before answering a batch: the error carries the call, which rejects with PGlite's own error. */
function unfinished(call: Promise<void>): Error {
  // Awaited by runInTurn for its error; until then it must not count as unhandled.
  call.catch(() => undefined);
  return Object.assign(new Error('PGlite: the backend did not answer the statement'), { unfinishedCall: call });
}
const unfinishedCall = (error: unknown): Promise<void> | null =>
  error instanceof Error && 'unfinishedCall' in error && error.unfinishedCall instanceof Promise ? (error.unfinishedCall as Promise<void>) : null;

/** Statements kept per process: the app has a few hundred distinct texts; lists with n ids make more. */
export const STATEMENT_CACHE_SIZE = 500;

/** A kept statement no longer usable as described: its result type changed, or the backend no longer has it. */
const isStale = (error: unknown): boolean => {
  const { code, message } = (error && typeof error === 'object' ? error : {}) as { code?: unknown; message?: unknown };
  return code === '26000' || (code === '0A000' && typeof message === 'string' && message.includes('cached plan'));
};

export function useOneCallStatements(client: PGlite, cacheSize = STATEMENT_CACHE_SIZE): void {
  const statements = new Map<string, Statement>();
  let closing: string[] = [];
  let counter = 0;
  const ownQuery = client.query.bind(client);
  const ownTransaction = client.transaction.bind(client);

  // Who holds or waits for PGlite's two mutexes: its own transaction(), query() and exec(), and this code when it
  // has to queue. While neither is held or awaited, a statement runs at once (runNow is synchronous, so nothing can
  // come between its calls into the backend); otherwise it queues behind them as PGlite's own query does. The
  // mutexes (async-mutex, through transpiled generators) cost more than a short statement's call into the backend.
  let queryMutexUsers = 0;
  let transactionMutexUsers = 0;
  const ownExclusiveQuery = client._runExclusiveQuery.bind(client);
  const ownExclusiveTransaction = client._runExclusiveTransaction.bind(client);
  client._runExclusiveQuery = <T>(fn: () => Promise<T>): Promise<T> => {
    queryMutexUsers += 1;
    return ownExclusiveQuery(fn).finally(() => (queryMutexUsers -= 1));
  };
  client._runExclusiveTransaction = <T>(fn: () => Promise<T>): Promise<T> => {
    transactionMutexUsers += 1;
    return ownExclusiveTransaction(fn).finally(() => (transactionMutexUsers -= 1));
  };

  /** Parses and describes a statement (once per text), evicting the least recently used beyond the cache size. */
  function statementFor(text: string): Statement {
    const kept = statements.get(text);
    if (kept) {
      statements.delete(text);
      statements.set(text, kept);
      return kept;
    }
    const name = keptPlans.has(text) ? `zs${(counter += 1)}` : null;
    const reply = exchange([...closeMessages(), parse(name ?? '', text), describeStatement(name ?? ''), SYNC]);
    const described: Statement = { name, paramTypes: reply.paramTypes ?? [], fields: reply.fields ?? [] };
    statements.set(text, described);
    if (statements.size > cacheSize) {
      const [oldest] = statements;
      if (oldest) {
        statements.delete(oldest[0]);
        if (oldest[1].name !== null) closing.push(oldest[1].name);
      }
    }
    return described;
  }

  /**
   * One call into the backend: the batch's frontend messages in, its answer read from the raw bytes; throws its
   * error. Synchronous: without syncToFs PGlite runs the backend to the end of the batch inside the call
   * (execProtocolRawSync). An answer cut short (the backend itself failed) throws an error that carries the call,
   * whose rejection is PGlite's own error.
   */
  function exchange(batch: readonly Uint8Array[]): Reply {
    if (client.closed) throw new Error('PGlite is closed');
    const chunks: Uint8Array[] = [];
    // The chunk is a view of the backend's memory, valid only during the callback.
    const call = client.execProtocolRawStream(concat(batch), { syncToFs: false, onRawData: (chunk) => void chunks.push(chunk.slice()) });
    const reply = readReply(chunks.length === 1 ? (chunks[0] as Uint8Array) : concat(chunks));
    if (!reply.ready) throw unfinished(call);
    if (reply.error) throw reply.error;
    return reply;
  }

  function closeMessages(): Uint8Array[] {
    if (closing.length === 0) return [];
    const messages = closing.map(closeStatement);
    closing = [];
    return messages;
  }

  /** Runs a statement now: its calls into the backend one after the other, with nothing between them. */
  function runNow<T>(text: string, params: readonly unknown[] = [], options?: QueryOptions): Results<T> {
    let statement: Statement | null = null;
    let reply: Reply;
    try {
      statement = statementFor(text);
      const { name, paramTypes } = statement;
      const values = params.map((value, i) => {
        if (value === null || value === undefined) return null;
        const oid = paramTypes[i] ?? 0;
        const serialize = options?.serializers?.[oid] ?? client.serializers[oid];
        return serialize ? serialize(value) : String(value);
      });
      // The unnamed statement is parsed again and its columns described with the run, so they are always current.
      const batch = name === null ? [parse('', text), bind('', values), DESCRIBE_PORTAL, EXECUTE, SYNC] : [bind(name, values), EXECUTE, SYNC];
      reply = exchange([...closeMessages(), ...batch]);
    } catch (error) {
      if (isStale(error) && statement?.name) {
        statements.delete(text);
        closing.push(statement.name);
      }
      // As PGlite's own query: the error names its statement (db-errors.ts logs a fingerprint of it, never values).
      if (error && typeof error === 'object') Object.assign(error, { query: text });
      throw error;
    }
    return present<T>((statement.name === null ? reply.fields : null) ?? statement.fields, reply, options);
  }

  function present<T>(fields: readonly Field[], reply: Reply, options?: QueryOptions): Results<T> {
    if (reply.command === null) return { rows: [], fields: [], affectedRows: 0 };
    const parsers = fields.map((f) => options?.parsers?.[f.dataTypeID] ?? client.parsers[f.dataTypeID] ?? types.parsers[f.dataTypeID]);
    const asArrays = options?.rowMode === 'array';
    const rows = reply.rows.map((cells) => {
      const values = cells.map((cell, i) => {
        if (cell === null) return null;
        const parser = parsers[i];
        return parser ? parser(cell, fields[i]?.dataTypeID) : cell;
      });
      if (asArrays) return values;
      const row: Row = {};
      fields.forEach((f, i) => (row[f.name] = values[i]));
      return row;
    });
    // As PGlite's parseResults: the tag's last word is the row count ("INSERT 0 5", "SELECT 2"); writes count.
    const parts = reply.command.split(' ');
    const command = parts[0] ?? '';
    const rowCount = Number.parseInt(parts[parts.length - 1] ?? '', 10);
    const affectedRows = ['INSERT', 'UPDATE', 'DELETE', 'COPY', 'MERGE'].includes(command) ? rowCount : 0;
    return { rows: rows as T[], fields: fields.map((f) => ({ ...f })), command, affectedRows, ...(Number.isNaN(rowCount) ? {} : { rowCount }) };
  }

  /** Options this path does not carry (a blob for COPY, declared parameter types) go to PGlite's own query. */
  const ownPathNeeded = (options?: QueryOptions): boolean => Boolean(options?.blob || options?.paramTypes);

  /** A statement now when no one holds or awaits the mutexes it needs, else queued behind them. */
  const runInTurn = async <T>(text: string, params: unknown[] | undefined, options: QueryOptions | undefined, outsideTransaction: boolean): Promise<Results<T>> => {
    try {
      if (queryMutexUsers === 0 && (!outsideTransaction || transactionMutexUsers === 0)) return runNow<T>(text, params, options);
      const queued = () => client._runExclusiveQuery(async () => runNow<T>(text, params, options));
      return await (outsideTransaction ? client._runExclusiveTransaction(queued) : queued());
    } catch (error) {
      await unfinishedCall(error);
      throw error;
    }
  };

  client.query = async <T>(text: string, params?: unknown[], options?: QueryOptions): Promise<Results<T>> => {
    if (ownPathNeeded(options)) return ownQuery<T>(text, params, options);
    // Like PGlite's query: not beside a transaction, one statement at a time, synced to disk after.
    const once = () => runInTurn<T>(text, params, options, true);
    // A kept statement whose result type changed (a table altered since) fails once and is parsed anew: outside a
    // transaction that is safe to repeat. Inside one the error aborts it, as it would on PostgreSQL.
    const result = await once().catch((error: unknown) => (isStale(error) ? once() : Promise.reject(error)));
    await client.syncToFs();
    return result;
  };

  client.transaction = async <T>(callback: (tx: Transaction) => Promise<T>): Promise<T> =>
    ownTransaction((tx) =>
      callback({
        ...tx,
        get closed() {
          return tx.closed;
        },
        query: async <R>(text: string, params?: unknown[], options?: QueryOptions): Promise<Results<R>> => {
          if (tx.closed) throw new Error('Transaction is closed');
          if (ownPathNeeded(options)) return tx.query<R>(text, params, options);
          return runInTurn<R>(text, params, options, false);
        },
      }),
    );
}

// The frontend messages of the extended query protocol (PostgreSQL docs, "Message Formats"); values go as text.
const encoder = new TextEncoder();

function message(type: string, body: readonly (Uint8Array | number[])[]): Uint8Array {
  const length = 4 + body.reduce((sum, part) => sum + part.length, 0);
  const out = new Uint8Array(1 + length);
  out[0] = type.charCodeAt(0);
  new DataView(out.buffer).setInt32(1, length);
  let at = 5;
  for (const part of body) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

const cstring = (text: string): Uint8Array => {
  const bytes = encoder.encode(text);
  const out = new Uint8Array(bytes.length + 1);
  out.set(bytes);
  return out;
};
const int16 = (n: number): number[] => [(n >> 8) & 0xff, n & 0xff];
const int32 = (n: number): number[] => [(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff];

const parse = (name: string, text: string): Uint8Array => message('P', [cstring(name), cstring(text), int16(0)]);
const describeStatement = (name: string): Uint8Array => message('D', [[0x53], cstring(name)]);
const closeStatement = (name: string): Uint8Array => message('C', [[0x53], cstring(name)]);
const DESCRIBE_PORTAL = message('D', [[0x50], cstring('')]);
const EXECUTE = message('E', [cstring(''), int32(0)]);
const SYNC = message('S', []);

function bind(name: string, values: readonly (string | null)[]): Uint8Array {
  const body: (Uint8Array | number[])[] = [cstring(''), cstring(name), int16(0), int16(values.length)];
  for (const value of values) {
    if (value === null) body.push(int32(-1));
    else {
      const bytes = encoder.encode(value);
      body.push(int32(bytes.length), bytes);
    }
  }
  body.push(int16(0));
  return message('B', body);
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

// The backend messages a statement's caller needs (PostgreSQL docs, "Message Formats"); the others (ParseComplete,
// BindComplete, CloseComplete, notices) are passed over.
const decoder = new TextDecoder();

/** The zero-terminated text at `at`, and where the bytes after it start. */
const cstringAt = (bytes: Uint8Array, at: number): [string, number] => {
  const end = bytes.indexOf(0, at);
  return [decoder.decode(bytes.subarray(at, end)), end + 1];
};

/** The messages of one batch's answer, read from its bytes. */
function readReply(bytes: Uint8Array): Reply {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const reply: Reply = { paramTypes: null, fields: null, rows: [], command: null, error: null, ready: false };
  let at = 0;
  while (at + 5 <= bytes.length) {
    const type = bytes[at] ?? 0;
    const length = view.getInt32(at + 1);
    let p = at + 5;
    switch (type) {
      case 0x44: {
        // DataRow: per column its length (−1 for null) and its text.
        const cells = new Array<string | null>(view.getInt16(p));
        p += 2;
        for (let i = 0; i < cells.length; i += 1) {
          const size = view.getInt32(p);
          p += 4;
          cells[i] = size < 0 ? null : decoder.decode(bytes.subarray(p, (p += size)));
        }
        reply.rows.push(cells);
        break;
      }
      case 0x54: {
        // RowDescription: per column its name, table, column number, type, size, modifier and format.
        const fields = new Array<Field>(view.getInt16(p));
        p += 2;
        for (let i = 0; i < fields.length; i += 1) {
          const [name, next] = cstringAt(bytes, p);
          fields[i] = { name, dataTypeID: view.getInt32(next + 6) };
          p = next + 18;
        }
        reply.fields = fields;
        break;
      }
      case 0x6e: // NoData
        reply.fields = [];
        break;
      case 0x74: {
        // ParameterDescription
        const count = view.getInt16(p);
        reply.paramTypes = Array.from({ length: count }, (_, i) => view.getInt32(p + 2 + 4 * i));
        break;
      }
      case 0x43: // CommandComplete
        [reply.command] = cstringAt(bytes, p);
        break;
      case 0x45: // ErrorResponse
        reply.error ??= databaseError(bytes, p, length);
        break;
      case 0x5a: // ReadyForQuery
        reply.ready = true;
        break;
      default:
        break;
    }
    at += 1 + length;
  }
  return reply;
}

/** An ErrorResponse as PGlite's own reader makes it: its DatabaseError with the fields it names. */
function databaseError(bytes: Uint8Array, from: number, length: number): Error {
  const named: Record<string, string> = {};
  let p = from;
  while (bytes[p] !== 0 && p < bytes.length) {
    const key = String.fromCharCode(bytes[p] as number);
    [named[key], p] = cstringAt(bytes, p + 1);
  }
  return Object.assign(new protocol.DatabaseError(named.M ?? '', length, 'error'), {
    severity: named.S,
    code: named.C,
    detail: named.D,
    hint: named.H,
    position: named.P,
    internalPosition: named.p,
    internalQuery: named.q,
    where: named.W,
    schema: named.s,
    table: named.t,
    column: named.c,
    dataType: named.d,
    constraint: named.n,
    file: named.F,
    line: named.L,
    routine: named.R,
  });
}
