import { readFileSync } from 'node:fs';
import path from 'node:path';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import { documentOperation } from './api-contract.js';
import { webhooksOpenApiSection } from '../modules/webhooks/webhooks.openapi.js';

/** The OpenAPI document at /api/openapi.json, generated from the routes' zod schemas; docs at /api/docs. */
export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(fastifySwagger, {
    openapi: {
      // 3.1 for the `webhooks` section.
      openapi: '3.1.0',
      info: { title: 'Hearth API', version: '0.1.0', description: 'Groups, members and shareable invitation links.' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'hearth_session' } } },
      // OpenAPI 3.1's `webhooks`: every event Hearth POSTs to a group's endpoints.
      webhooks: webhooksOpenApiSection(),
    },
    // Every operation gets its summary, operationId and documented error codes from the contract table.
    transform: (input) => {
      const transformed = jsonSchemaTransform(input);
      if (!input.url.startsWith('/api/') || transformed.schema.hide) return transformed;
      const openApiPath = input.url.replace(/:(\w+)/g, '{$1}');
      return { ...transformed, schema: documentOperation(String(input.route.method), openApiPath, transformed.schema) };
    },
  });
  await app.register(fastifySwaggerUi, {
    routePrefix: '/api/docs',
    // Stock Swagger UI fails axe (contrast, an unlabelled URL box, controls nested in controls): this theme fixes it.
    theme: {
      title: 'Hearth API',
      css: [{ filename: 'hearth.css', content: readFileSync(path.join(import.meta.dirname, 'api-docs-theme.css'), 'utf8') }],
      js: [{ filename: 'hearth.js', content: readFileSync(path.join(import.meta.dirname, 'api-docs-theme.js'), 'utf8') }],
    },
    // Swagger UI writes a <style> element at run time; on its own pages only, inline styles are allowed.
    // Scripts stay 'self' and framing stays forbidden, as everywhere else.
    transformStaticCSP: (header) => header.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'"),
  });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
}
