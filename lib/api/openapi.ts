import { z } from 'zod';
import { strictBody } from './handler';
import { OPERATIONS, type Operation } from './operations';

/** The problem-details body every error carries (RFC 9457), as documented. */
export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string(),
  instance: z.string().optional(),
  code: z.enum([
    'invalid',
    'unauthenticated',
    'forbidden',
    'not_found',
    'conflict',
    'too_large',
    'unsupported_media_type',
    'rate_limited',
    'server',
  ]),
  i18n: z.object({
    vi: z.object({ title: z.string(), detail: z.string() }),
    en: z.object({ title: z.string(), detail: z.string() }),
  }),
  errors: z.array(z.object({ pointer: z.string(), detail: z.string() })).optional(),
});

type JsonSchema = Record<string, unknown>;

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const out = z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' }) as JsonSchema;
  delete out.$schema;
  return out;
}

const ERRORS: Record<number, string> = {
  400: 'Dữ liệu không hợp lệ / Invalid request',
  401: 'Thiếu hoặc sai khóa API / Missing or bad token',
  403: 'Không có quyền / Forbidden',
  404: 'Không tìm thấy / Not found',
  409: 'Xung đột phiên bản / Version conflict',
  415: 'Nội dung không phải JSON / Body is not JSON',
  429: 'Quá nhiều yêu cầu / Too many requests',
};

const schemaName = (op: Operation) => `${op.id[0]!.toUpperCase()}${op.id.slice(1)}Response`;

/** The OpenAPI 3.1 document, generated from the operations' zod schemas (served at /api/v1/openapi.json). */
export function openApiDocument(): JsonSchema {
  const ops = Object.values(OPERATIONS) as Operation[];
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of ops) {
    const parameters: unknown[] = [];
    if (op.path.includes('{id}'))
      parameters.push({ name: 'id', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } });
    if (op.query) {
      const q = jsonSchema(op.query, 'input') as { properties?: Record<string, JsonSchema> };
      for (const [name, schema] of Object.entries(q.properties ?? {})) {
        const { description, ...rest } = schema;
        parameters.push({
          name,
          in: 'query',
          required: false,
          schema: rest,
          ...(description ? { description } : {}),
          ...(rest.type === 'array' ? { style: 'form', explode: true } : {}),
        });
      }
    }
    const errors = [400, 401, 403, 404, 429, ...(op.method === 'post' ? [409] : []), ...(op.body ? [415] : [])];
    paths[op.path] ??= {};
    paths[op.path]![op.method] = {
      operationId: op.id,
      summary: op.summary,
      ...(op.description ? { description: op.description } : {}),
      parameters,
      ...(op.body
        ? {
            requestBody: {
              required: true,
              content: { 'application/json': { schema: jsonSchema(strictBody(op.body), 'input') } },
            },
          }
        : {}),
      responses: {
        [String(op.status ?? 200)]: {
          description: 'OK',
          content: { 'application/json': { schema: { $ref: `#/components/schemas/${schemaName(op)}` } } },
        },
        ...Object.fromEntries(
          errors.map((status) => [
            String(status),
            {
              description: ERRORS[status],
              content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
            },
          ]),
        ),
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'API Theo dõi chỉ đạo của Ban Chỉ đạo',
      version: '1.0.0',
      description:
        'Đọc phiên họp, nội dung chỉ đạo, nhiệm vụ và báo cáo; cơ quan chủ trì gửi cập nhật tiến độ. Xác thực bằng khóa API cá nhân (Tài khoản → Khóa API), gửi trong tiêu đề Authorization: Bearer. Thời điểm theo ISO 8601 với múi giờ +07:00; ngày dạng YYYY-MM-DD là ngày theo giờ Việt Nam. Lỗi theo RFC 9457 (application/problem+json), tiếng Việt mặc định, tiếng Anh khi gửi Accept-Language: en.',
    },
    servers: [{ url: '/api/v1' }],
    security: [{ bearer: [] }],
    paths,
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'Khóa API cá nhân (sct_…)' } },
      schemas: {
        Problem: jsonSchema(problemSchema, 'output'),
        ...Object.fromEntries(ops.map((op) => [schemaName(op), jsonSchema(op.response, 'output')])),
      },
    },
  };
}
