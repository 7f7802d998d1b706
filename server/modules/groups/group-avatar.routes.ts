import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app-context.js';
import { requireUser } from '../../http/session.js';
import { AppError } from '../../shared/errors.js';
import { AVATAR_CONTENT_TYPES, AVATAR_MAX_BYTES } from './avatar-image.js';
import { findGroupAvatar, removeGroupAvatar, uploadGroupAvatar } from './group-avatar.service.js';
import { groupParams, groupResponse } from './groups.schemas.js';

const tooLarge = () => new AppError('image_too_large', 'The picture is larger than 5 MB. Choose a smaller one.');

/** PUT, GET and DELETE of a group's picture. The upload is the image itself as the body, not JSON. */
export const groupAvatarRoutes: FastifyPluginAsyncZod<AppContext> = async (app, { db, invalidations }) => {
  // Any image/* type reaches the handler, so a GIF or an SVG gets 400 invalid_image rather than 415. The body
  // is read here with our own limit, so a too-large upload gets its own error code.
  app.addContentTypeParser(/^image\//, (request, payload, done) => {
    if (Number(request.headers['content-length'] ?? 0) > AVATAR_MAX_BYTES) return done(tooLarge(), undefined);
    const chunks: Buffer[] = [];
    let size = 0;
    let failed = false;
    payload.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > AVATAR_MAX_BYTES && !failed) {
        failed = true;
        payload.resume();
        done(tooLarge(), undefined);
      } else if (!failed) chunks.push(chunk);
    });
    payload.on('end', () => !failed && done(null, Buffer.concat(chunks)));
    payload.on('error', (error) => !failed && done(error, undefined));
  });

  app.put(
    '/api/groups/:groupId/avatar',
    {
      schema: {
        tags: ['groups'],
        description:
          'Uploads the group picture: the image as the body with its Content-Type (PNG, JPEG or WebP, at most 5 MB). ' +
          'Owners and admins. 413 image_too_large, 400 invalid_image (SVG, or a file that does not decode).',
        params: groupParams,
        response: { 200: groupResponse },
      },
    },
    async (request) => {
      const user = requireUser(request);
      const contentType = (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
      if (!(AVATAR_CONTENT_TYPES as readonly string[]).includes(contentType) || !Buffer.isBuffer(request.body)) {
        throw new AppError('invalid_image', 'Upload a PNG, JPEG or WebP picture (SVG is not accepted).');
      }
      const group = await uploadGroupAvatar(db, invalidations, {
        idOrSlug: request.params.groupId,
        userId: user.id,
        image: request.body,
      });
      return { group };
    },
  );

  app.delete(
    '/api/groups/:groupId/avatar',
    {
      schema: {
        tags: ['groups'],
        description: 'Removes the group picture (initials are shown again).',
        params: groupParams,
        response: { 200: groupResponse },
      },
    },
    async (request) => {
      const user = requireUser(request);
      return { group: await removeGroupAvatar(db, invalidations, { idOrSlug: request.params.groupId, userId: user.id }) };
    },
  );

  app.get(
    '/api/groups/:groupId/avatar/:version',
    {
      schema: {
        tags: ['groups'],
        description:
          "A version of the group's picture as PNG (the group's avatarUrl). Cached for a year: each upload has a new version.",
        params: z.object({ groupId: z.uuid(), version: z.coerce.number().int().min(1).max(2_147_483_647) }),
        querystring: z.object({ size: z.enum(['128', '512']).default('128') }),
      },
    },
    async (request, reply) => {
      const image = await findGroupAvatar(db, {
        groupId: request.params.groupId,
        version: request.params.version,
        size: request.query.size === '512' ? 512 : 128,
      });
      if (!image) throw new AppError('not_found', 'This picture does not exist (any more).');
      return reply
        .header('content-type', 'image/png')
        .header('cache-control', 'public, max-age=31536000, immutable')
        .header('x-content-type-options', 'nosniff')
        .send(image);
    },
  );
};
