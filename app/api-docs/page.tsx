import type { Metadata } from 'next';
import Link from '@/components/link';
import { openApiDocument } from '@/lib/api/openapi';
import { apiRateLimit } from '@/lib/api/rate-limit';

export const metadata: Metadata = { title: 'Tài liệu API' };

type Schema = {
  type?: string | string[];
  enum?: unknown[];
  anyOf?: Schema[];
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  description?: string;
  format?: string;
  $ref?: string;
};
type Parameter = { name: string; in: string; required?: boolean; schema: Schema; description?: string };
type OperationDoc = {
  operationId: string;
  summary: string;
  description?: string;
  parameters: Parameter[];
  requestBody?: { content: Record<string, { schema: Schema }> };
  responses: Record<string, { description: string; content: Record<string, { schema: Schema }> }>;
};

/** A schema in a few words: "integer", "string (date)", "one of a | b", "array of …". */
function typeOf(s: Schema | undefined): string {
  if (!s) return 'any';
  if (s.$ref) return s.$ref.split('/').pop()!;
  if (s.enum) return s.enum.map(String).join(' | ');
  if (s.anyOf) {
    const parts = s.anyOf.filter((x) => x.type !== 'null').map(typeOf);
    const nullable = s.anyOf.some((x) => x.type === 'null');
    return parts.join(' | ') + (nullable ? ' | null' : '');
  }
  if (Array.isArray(s.type)) return s.type.join(' | ');
  if (s.type === 'array') return `array of ${typeOf(s.items)}`;
  if (s.type === 'object') return 'object';
  return `${s.type ?? 'any'}${s.format ? ` (${s.format})` : ''}`;
}

function Fields({ schema, depth = 0 }: { schema: Schema; depth?: number }) {
  const target = schema.type === 'array' && schema.items ? schema.items : schema;
  const props = Object.entries(target.properties ?? {});
  if (!props.length) return null;
  return (
    <ul className={depth ? 'mt-1 ml-4 border-l border-slate-200 pl-3' : 'space-y-1'}>
      {props.map(([name, s]) => (
        <li key={name} className="text-sm">
          <code className="font-mono text-slate-900">{name}</code> <span className="text-slate-600">{typeOf(s)}</span>
          {target.required?.includes(name) ? <span className="text-slate-600"> · bắt buộc</span> : null}
          {s.description ? <span className="text-slate-700"> — {s.description}</span> : null}
          {depth < 2 ? <Fields schema={s.anyOf?.find((x) => x.type !== 'null') ?? s} depth={depth + 1} /> : null}
        </li>
      ))}
    </ul>
  );
}

/** The readable API reference, generated from the same OpenAPI document the API serves. Public. */
export default function ApiDocsPage() {
  const doc = openApiDocument() as {
    info: { title: string; description: string };
    paths: Record<string, Record<string, OperationDoc>>;
    components: { schemas: Record<string, Schema> };
  };
  const ops = Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({ path, method, op })),
  );
  return (
    <main className="mx-auto max-w-4xl px-4 py-10 sm:px-6">
      <p className="text-xs font-semibold tracking-[0.14em] text-brand-700 uppercase">API v1</p>
      <h1 className="mt-2 text-2xl font-semibold text-slate-900">{doc.info.title}</h1>
      <p className="mt-3 max-w-prose text-slate-700">{doc.info.description}</p>
      <ul className="mt-4 space-y-1 text-sm text-slate-700">
        <li>
          Tài liệu OpenAPI 3.1:{' '}
          <a href="/api/v1/openapi.json" className="font-medium text-brand-700 underline">
            /api/v1/openapi.json
          </a>
        </li>
        <li>
          Khóa API: đăng nhập, vào{' '}
          <Link href="/account#api-tokens" className="font-medium text-brand-700 underline">
            Tài khoản → Khóa API
          </Link>
          ; khóa chỉ hiển thị một lần, có thời hạn và có thể thu hồi.
        </li>
        <li>
          Giới hạn: {apiRateLimit()} yêu cầu mỗi phút cho mỗi khóa (tiêu đề RateLimit-*; vượt quá: 429, Retry-After).
        </li>
        <li>
          Phân trang: <code className="font-mono">limit</code> (1–200) và <code className="font-mono">cursor</code> lấy
          từ <code className="font-mono">nextCursor</code> của trang trước; hết trang khi nextCursor là null.
        </li>
        <li>
          Cập nhật: gửi <code className="font-mono">version</code> đã đọc; nếu bản ghi đã thay đổi, trả 409 và không
          thay đổi gì.
        </li>
      </ul>

      <h2 className="mt-10 text-lg font-semibold text-slate-900">Thao tác</h2>
      <nav aria-label="Danh sách thao tác" className="mt-3">
        <ul className="grid gap-1 text-sm sm:grid-cols-2">
          {ops.map(({ path, method, op }) => (
            <li key={op.operationId}>
              <a href={`#${op.operationId}`} className="text-brand-700 hover:underline">
                <span className="font-mono text-xs font-semibold uppercase">{method}</span>{' '}
                <span className="font-mono">{path}</span>
              </a>
            </li>
          ))}
        </ul>
      </nav>

      {ops.map(({ path, method, op }) => {
        const ok = Object.entries(op.responses).find(([s]) => s.startsWith('2'))!;
        const okSchema = ok[1].content['application/json']!.schema;
        const schema = okSchema.$ref ? doc.components.schemas[okSchema.$ref.split('/').pop()!]! : okSchema;
        const query = op.parameters.filter((p) => p.in === 'query');
        return (
          <section
            key={op.operationId}
            id={op.operationId}
            aria-labelledby={`${op.operationId}-title`}
            className="mt-8 rounded-xl border border-slate-200 bg-white p-5 shadow-sm"
          >
            <h3 id={`${op.operationId}-title`} className="font-mono text-base text-slate-900">
              <span className="mr-2 rounded bg-brand-50 px-1.5 py-0.5 text-xs font-semibold text-brand-800 uppercase">
                {method}
              </span>
              /api/v1{path}
            </h3>
            <p className="mt-2 text-sm text-slate-800">{op.summary}</p>
            {op.description ? <p className="mt-1 text-sm text-slate-700">{op.description}</p> : null}
            {query.length ? (
              <>
                <h4 className="mt-4 text-sm font-semibold text-slate-900">Tham số</h4>
                <ul className="mt-1 space-y-1">
                  {query.map((p) => (
                    <li key={p.name} className="text-sm">
                      <code className="font-mono text-slate-900">{p.name}</code>{' '}
                      <span className="text-slate-600">{typeOf(p.schema)}</span>
                      {p.description ? <span className="text-slate-700"> — {p.description}</span> : null}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
            {op.requestBody ? (
              <>
                <h4 className="mt-4 text-sm font-semibold text-slate-900">Nội dung gửi (JSON)</h4>
                <Fields schema={op.requestBody.content['application/json']!.schema} />
              </>
            ) : null}
            <h4 className="mt-4 text-sm font-semibold text-slate-900">Kết quả {ok[0]}</h4>
            <Fields schema={schema} />
            <p className="mt-3 text-xs text-slate-600">
              Lỗi:{' '}
              {Object.keys(op.responses)
                .filter((s) => !s.startsWith('2'))
                .join(', ')}{' '}
              (problem+json)
            </p>
          </section>
        );
      })}

      <h2 className="mt-10 text-lg font-semibold text-slate-900">Lỗi (RFC 9457)</h2>
      <p className="mt-2 text-sm text-slate-700">
        Mọi lỗi trả về <code className="font-mono">application/problem+json</code> với type, title, status, detail,
        instance, code, i18n (cả tiếng Việt và tiếng Anh) và errors (con trỏ JSON tới từng giá trị sai).
      </p>
      <dl className="mt-3 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
        {[
          ['invalid', '400 — dữ liệu không hợp lệ'],
          ['unauthenticated', '401 — thiếu khóa, khóa sai, hết hạn hoặc đã thu hồi'],
          ['forbidden', '403 — chủ khóa không có quyền'],
          ['not_found', '404 — không có bản ghi, hoặc chủ khóa không được xem'],
          ['conflict', '409 — phiên bản đã cũ'],
          ['too_large', '413 — nội dung yêu cầu vượt quá 1 MB'],
          ['unsupported_media_type', '415 — nội dung gửi không khai báo Content-Type: application/json'],
          ['rate_limited', '429 — quá số yêu cầu mỗi phút'],
          ['server', '500 — lỗi máy chủ'],
        ].map(([code, text]) => (
          <div key={code} id={`problem-${code}`} className="contents">
            <dt className="font-mono text-slate-900">{code}</dt>
            <dd className="text-slate-700">{text}</dd>
          </div>
        ))}
      </dl>
    </main>
  );
}
