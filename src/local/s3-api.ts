// The slice of S3 the action uses, served by the local Lambda API on the same port (requests signed for `s3`):
// path-style buckets and objects, as S3 answers them, including the aws-chunked bodies and checksum trailers the
// SDK's flexible checksums send by default.
import { createHash } from 'node:crypto';
import { crc32 } from 'node:zlib';

export interface S3Object {
  body: Buffer;
  etag: string;
  contentType: string;
  lastModified: Date;
}

export interface S3Reply {
  status: number;
  headers?: Record<string, string>;
  body?: Buffer | string;
}

export interface S3Request {
  method: string;
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
  /** From the request's signature. */
  region: string;
}

/** An S3 error as S3 reports it: an HTTP status, a code, a message. */
export class S3Error extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

const NO_SUCH_BUCKET = 'The specified bucket does not exist';
const NO_SUCH_KEY = 'The specified key does not exist.';

export function createS3Store() {
  const buckets = new Map<string, { region: string; objects: Map<string, S3Object> }>();

  function bucket(name: string, region: string) {
    const b = buckets.get(name);
    if (!b) throw new S3Error(404, 'NoSuchBucket', NO_SUCH_BUCKET);
    if (b.region !== region) {
      throw new S3Error(301, 'PermanentRedirect', `The bucket you are attempting to access must be addressed using the specified endpoint. The bucket is in ${b.region}.`, {
        'x-amz-bucket-region': b.region,
      });
    }
    return b;
  }

  function createBucket(name: string, region = 'us-east-1'): void {
    if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(name)) throw new Error(`invalid bucket name '${name}'`);
    buckets.set(name, { region, objects: buckets.get(name)?.objects ?? new Map() });
  }

  return {
    createBucket,

    object(name: string, key: string): S3Object | undefined {
      return buckets.get(name)?.objects.get(key);
    },

    /** GetObject as Lambda performs it for PublishLayerVersion; throws S3Error. */
    read(name: string, key: string, region: string): Buffer {
      const found = bucket(name, region).objects.get(key);
      if (!found) throw new S3Error(404, 'NoSuchKey', NO_SUCH_KEY);
      return found.body;
    },

    /** The operation a request is, and the name recorded for it (`bucket/key`). */
    route(method: string, path: string): { op: string; name?: string } {
      const [name, key] = splitPath(path);
      const ops: Record<string, [string, string]> = {
        PUT: ['CreateBucket', 'PutObject'],
        HEAD: ['HeadBucket', 'HeadObject'],
        GET: ['ListObjects', 'GetObject'],
        DELETE: ['DeleteBucket', 'DeleteObject'],
      };
      const op = ops[method]?.[key ? 1 : 0] ?? 'Unknown';
      return { op, name: name && (key ? `${name}/${key}` : name) };
    },

    handle(op: string, req: S3Request): S3Reply {
      const [name, key] = splitPath(req.path);
      switch (op) {
        case 'CreateBucket':
          if (buckets.has(name)) throw new S3Error(409, 'BucketAlreadyOwnedByYou', 'Your previous request to create the named bucket succeeded and you already own it.');
          createBucket(name, req.region);
          return { status: 200, headers: { location: `/${name}` } };
        case 'HeadBucket':
          return { status: 200, headers: { 'x-amz-bucket-region': bucket(name, req.region).region } };
        case 'PutObject': {
          const target = bucket(name, req.region);
          const { body, checksums } = decodeBody(req);
          verifyChecksums(body, checksums);
          const etag = `"${createHash('md5').update(body).digest('hex')}"`;
          const contentType = header(req.headers, 'content-type') ?? 'binary/octet-stream';
          target.objects.set(key, { body, etag, contentType, lastModified: new Date() });
          const echoed = Object.fromEntries(Object.entries(checksums).filter(([h]) => h.startsWith('x-amz-checksum-')));
          return { status: 200, headers: { etag, ...echoed } };
        }
        case 'GetObject':
        case 'HeadObject': {
          const found = bucket(name, req.region).objects.get(key);
          if (!found) throw new S3Error(404, 'NoSuchKey', NO_SUCH_KEY);
          const headers = {
            etag: found.etag,
            'content-type': found.contentType,
            'content-length': String(found.body.length),
            'last-modified': found.lastModified.toUTCString(),
          };
          return { status: 200, headers, body: op === 'GetObject' ? found.body : undefined };
        }
        case 'DeleteObject':
          bucket(name, req.region).objects.delete(key);
          return { status: 204 };
        default:
          throw new S3Error(501, 'NotImplemented', `A header or operation you provided implies functionality that is not implemented (${req.method} ${req.path}).`);
      }
    },
  };
}

export type S3Store = ReturnType<typeof createS3Store>;

/** S3's XML error body; HEAD answers carry none, as on S3. */
export function s3ErrorReply(error: S3Error, method: string, requestId: string): S3Reply {
  const body =
    method === 'HEAD'
      ? undefined
      : `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${error.code}</Code><Message>${escapeXml(error.message)}</Message><RequestId>${requestId}</RequestId></Error>`;
  return { status: error.status, headers: { 'content-type': 'application/xml', ...error.headers }, body };
}

function splitPath(path: string): [string, string] {
  const [, name = '', ...rest] = path.split('/');
  return [decodeURIComponent(name), rest.map(decodeURIComponent).join('/')];
}

function header(headers: S3Request['headers'], name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value.join(',') : value;
}

/** The object's bytes and the checksums sent with it, in headers or, for aws-chunked bodies, in trailers. */
function decodeBody(req: S3Request): { body: Buffer; checksums: Record<string, string> } {
  const checksums: Record<string, string> = {};
  for (const name of [...CHECKSUMS.keys(), 'content-md5']) {
    const value = header(req.headers, name);
    if (value) checksums[name] = value;
  }
  const chunked =
    /aws-chunked/.test(header(req.headers, 'content-encoding') ?? '') || (header(req.headers, 'x-amz-content-sha256') ?? '').startsWith('STREAMING-');
  if (!chunked) return { body: req.body, checksums };

  const { body, trailers } = decodeAwsChunked(req.body);
  const declared = Number(header(req.headers, 'x-amz-decoded-content-length'));
  if (!Number.isNaN(declared) && declared !== body.length) {
    throw new S3Error(400, 'IncompleteBody', `You did not provide the number of bytes specified by the x-amz-decoded-content-length header (${declared}, got ${body.length}).`);
  }
  return { body, checksums: { ...checksums, ...trailers } };
}

/** `<hex size>[;chunk-signature=...]\r\n<bytes>\r\n` ... `0\r\n` then `name:value\r\n` trailers and an empty line. */
function decodeAwsChunked(raw: Buffer): { body: Buffer; trailers: Record<string, string> } {
  const chunks: Buffer[] = [];
  let at = 0;
  const line = () => {
    const end = raw.indexOf('\r\n', at);
    if (end < 0) throw new S3Error(400, 'IncompleteBody', 'The aws-chunked body ended in the middle of a chunk header.');
    const text = raw.subarray(at, end).toString('latin1');
    at = end + 2;
    return text;
  };
  for (;;) {
    const size = parseInt(line().split(';')[0], 16);
    if (Number.isNaN(size)) throw new S3Error(400, 'InvalidChunkSizeError', 'Only the last chunk is allowed to have a size less than 8192 bytes');
    if (size === 0) break;
    chunks.push(raw.subarray(at, at + size));
    at += size + 2;
  }
  const trailers: Record<string, string> = {};
  for (let text = at < raw.length ? line() : ''; text !== ''; text = at < raw.length ? line() : '') {
    const colon = text.indexOf(':');
    trailers[text.slice(0, colon).trim().toLowerCase()] = text.slice(colon + 1).trim();
  }
  return { body: Buffer.concat(chunks), trailers };
}

const CHECKSUMS = new Map<string, (body: Buffer) => string>([
  ['x-amz-checksum-crc32', (body) => uint32(crc32(body))],
  ['x-amz-checksum-sha1', (body) => createHash('sha1').update(body).digest('base64')],
  ['x-amz-checksum-sha256', (body) => createHash('sha256').update(body).digest('base64')],
]);

/** Checks what Node can compute (CRC32, SHA-1, SHA-256, MD5); other algorithms are accepted unchecked. */
function verifyChecksums(body: Buffer, sent: Record<string, string>): void {
  for (const [name, value] of Object.entries(sent)) {
    const compute = name === 'content-md5' ? (b: Buffer) => createHash('md5').update(b).digest('base64') : CHECKSUMS.get(name);
    if (compute && compute(body) !== value) {
      const what = name === 'content-md5' ? 'Content-MD5' : name.slice('x-amz-checksum-'.length).toUpperCase();
      throw new S3Error(400, 'BadDigest', `The ${what} you specified did not match the calculated checksum.`);
    }
  }
}

function uint32(n: number): string {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n >>> 0);
  return b.toString('base64');
}

function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);
}
