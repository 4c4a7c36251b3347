// GET /api/v1/openapi.json - the OpenAPI 3.1 document, generated from the API's zod schemas (public)
import { openApiDocument } from '@/lib/api/openapi';

export function GET() {
  return Response.json(openApiDocument(), { headers: { 'cache-control': 'public, max-age=300' } });
}
