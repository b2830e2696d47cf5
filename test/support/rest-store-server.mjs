// A real HTTP server implementing docs/storage/rest-contract.md in memory, for tests and the
// benchmark: 127.0.0.1, a free port, ETag / If-Match / If-None-Match, Idempotency-Key dedupe.
// Test switches: go offline (sockets destroyed), fail the next N requests, count applied writes,
// and change a record "from another device".
import { createServer } from 'node:http';

const ID = /^[A-Za-z0-9._:-]{1,128}$/;
const ROUTE = /^\/collections\/([^/]+)\/records(?:\/([^/]+))?$/;

function decode(part) {
  try {
    const value = decodeURIComponent(part);
    return ID.test(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

const etagOf = (version) => `"${version}"`;

export async function startRestStoreServer(options = {}) {
  const now = options.now ?? (() => new Date());
  const maxBodyBytes = options.maxBodyBytes ?? 2_000_000;
  const collections = new Map();
  const idempotency = new Map();
  const sockets = new Set();
  const failures = [];
  const requests = [];
  let offline = false;
  let appliedWrites = 0;

  const recordsOf = (collection) => {
    let records = collections.get(collection);
    if (records === undefined) {
      records = new Map();
      collections.set(collection, records);
    }
    return records;
  };

  function respond(res, status, body, headers = {}) {
    const text = body === undefined ? '' : JSON.stringify(body);
    res.writeHead(status, {
      ...(body === undefined ? {} : { 'content-type': 'application/json; charset=utf-8' }),
      'access-control-expose-headers': 'ETag, Retry-After, Idempotent-Replayed',
      ...headers,
    });
    res.end(text);
    return { status, text, headers };
  }

  function readBody(req) {
    return new Promise((resolve) => {
      const chunks = [];
      let size = 0;
      req.on('data', (chunk) => {
        size += chunk.length;
        if (size <= maxBodyBytes) chunks.push(chunk);
      });
      req.on('end', () => resolve(size > maxBodyBytes ? null : Buffer.concat(chunks).toString('utf8')));
      req.on('error', () => resolve(null));
    });
  }

  // Answers a precondition: undefined when it holds, else the 412 to send.
  function precondition(req, current) {
    const ifNoneMatch = req.headers['if-none-match'];
    const ifMatch = req.headers['if-match'];
    if (ifNoneMatch === '*' && current !== undefined) return false;
    if (ifMatch !== undefined) {
      if (ifMatch === '*') return current !== undefined;
      if (current === undefined || ifMatch.trim() !== etagOf(current.version)) return false;
    }
    return true;
  }

  async function write(req, res, collection, id, bodyText) {
    const records = recordsOf(collection);
    const current = records.get(id);
    if (req.method === 'DELETE') {
      if (current === undefined) return respond(res, 404, { error: 'not_found' });
      if (!precondition(req, current)) return respond(res, 412, { error: 'conflict', current });
      records.delete(id);
      appliedWrites += 1;
      return respond(res, 204, undefined, { etag: etagOf(current.version) });
    }
    let body;
    try {
      body = JSON.parse(bodyText);
    } catch {
      return respond(res, 400, { error: 'invalid_json' });
    }
    const value = body?.value;
    if (value === null || typeof value !== 'object' || Array.isArray(value) || value.id !== id) {
      return respond(res, 400, { error: 'invalid_record' });
    }
    if (!precondition(req, current)) return respond(res, 412, { error: 'conflict', current: current ?? null });
    const record = { id, collection, version: (current?.version ?? 0) + 1, value, updatedAt: now().toISOString() };
    records.set(id, record);
    appliedWrites += 1;
    return respond(res, current === undefined ? 201 : 200, record, { etag: etagOf(record.version) });
  }

  async function handle(req, res) {
    if (offline) {
      req.socket.destroy();
      return;
    }
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const key = req.headers['idempotency-key'];
    requests.push({ method: req.method, path: url.pathname, idempotencyKey: key, ifMatch: req.headers['if-match'], ifNoneMatch: req.headers['if-none-match'] });
    const failure = failures.shift();
    if (failure !== undefined) {
      await readBody(req);
      return respond(res, failure.status, { error: 'unavailable' }, failure.retryAfter === undefined ? {} : { 'retry-after': String(failure.retryAfter) });
    }
    const match = ROUTE.exec(url.pathname);
    if (match === null) return respond(res, 404, { error: 'no_route' });
    const collection = decode(match[1]);
    const id = match[2] === undefined ? undefined : decode(match[2]);
    if (collection === undefined || (match[2] !== undefined && id === undefined)) return respond(res, 400, { error: 'invalid_id' });

    if (id === undefined) {
      if (req.method !== 'GET') return respond(res, 405, { error: 'method_not_allowed' }, { allow: 'GET' });
      const limitText = url.searchParams.get('limit');
      const limit = limitText === null ? 100 : Number(limitText);
      const after = url.searchParams.get('after');
      if (!Number.isInteger(limit) || limit < 1 || limit > 1000 || (after !== null && !ID.test(after))) {
        return respond(res, 400, { error: 'invalid_paging' });
      }
      const ids = [...recordsOf(collection).keys()].sort();
      const start = after === null ? 0 : ids.findIndex((candidate) => candidate > after);
      const page = start < 0 ? [] : ids.slice(start, start + limit);
      const more = start >= 0 && start + page.length < ids.length;
      return respond(res, 200, { records: page.map((pageId) => recordsOf(collection).get(pageId)), next: more ? page[page.length - 1] : null });
    }

    if (req.method === 'GET') {
      const record = recordsOf(collection).get(id);
      return record === undefined ? respond(res, 404, { error: 'not_found' }) : respond(res, 200, record, { etag: etagOf(record.version) });
    }
    if (req.method !== 'PUT' && req.method !== 'DELETE') return respond(res, 405, { error: 'method_not_allowed' }, { allow: 'GET, PUT, DELETE' });

    const bodyText = req.method === 'PUT' ? await readBody(req) : '';
    if (bodyText === null) return respond(res, 413, { error: 'too_large' });
    if (typeof key !== 'string' || !ID.test(key)) return respond(res, 400, { error: 'idempotency_key_required' });
    const fingerprint = `${req.method} ${url.pathname} ${req.headers['if-match'] ?? ''} ${req.headers['if-none-match'] ?? ''} ${bodyText}`;
    const seen = idempotency.get(key);
    if (seen !== undefined) {
      if (seen.fingerprint !== fingerprint) return respond(res, 422, { error: 'idempotency_key_reused' });
      res.writeHead(seen.status, { ...seen.headers, 'idempotent-replayed': 'true', ...(seen.text === '' ? {} : { 'content-type': 'application/json; charset=utf-8' }) });
      res.end(seen.text);
      return undefined;
    }
    const answer = await write(req, res, collection, id, bodyText);
    // Only outcomes that changed state (or decided a conflict) are remembered for a replayed key.
    if (answer.status < 500) idempotency.set(key, { fingerprint, ...answer });
    return undefined;
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) respond(res, 500, { error: 'internal' });
    });
  });
  server.keepAliveTimeout = 60_000;
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();

  return {
    url: `http://127.0.0.1:${port}`,
    get appliedWrites() {
      return appliedWrites;
    },
    requests,
    setOffline(value) {
      offline = value;
      if (value) for (const socket of sockets) socket.destroy();
    },
    failNext(count, { status = 503, retryAfter } = {}) {
      for (let n = 0; n < count; n += 1) failures.push({ status, retryAfter });
    },
    record(collection, id) {
      const record = collections.get(collection)?.get(id);
      return record === undefined ? undefined : structuredClone(record);
    },
    changeElsewhere(collection, value) {
      const records = recordsOf(collection);
      const current = records.get(value.id);
      const record = { id: value.id, collection, version: (current?.version ?? 0) + 1, value: structuredClone(value), updatedAt: now().toISOString() };
      records.set(value.id, record);
      return structuredClone(record);
    },
    resetCounters() {
      appliedWrites = 0;
      requests.length = 0;
    },
    async close() {
      offline = true;
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
