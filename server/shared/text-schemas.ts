import { z } from 'zod';

/**
 * Characters no name may hold: C0 and C1 control characters (line breaks, NUL, escape) and the bidirectional
 * overrides, embeddings and isolates (U+202A–U+202E, U+2066–U+2069, U+200E/F, U+061C) that make
 * "Dana\u202Egnp.exe" display as something it is not. Ordinary letters of every script stay allowed.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is this pattern's job.
const FORBIDDEN_IN_NAMES = /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

export function hasForbiddenNameCharacters(value: string): boolean {
  return FORBIDDEN_IN_NAMES.test(value);
}

/**
 * A name people see (user name, group name, link label): normalised to NFC (so "é" typed two ways is one name),
 * trimmed, and refused when it holds control characters or bidirectional overrides. The one helper every name
 * field uses; `empty` is the message for a blank name, or omitted when a blank one is allowed.
 */
export function displayNameSchema(options: { what: string; max: number; tooLong: string; empty?: string }) {
  const normalised = z
    .string()
    .overwrite((value) => value.normalize('NFC'))
    .trim();
  const sized = options.empty ? normalised.min(1, options.empty) : normalised;
  return sized.max(options.max, options.tooLong).refine((value) => !hasForbiddenNameCharacters(value), {
    error: `The ${options.what} cannot contain control characters or text-direction overrides.`,
  });
}

/** A PATCH body must change something: `{}` or only unknown keys (which are stripped) is a 400, not a no-op. */
export function atLeastOneField<Shape extends z.ZodRawShape>(schema: z.ZodObject<Shape>) {
  return schema.refine((body) => Object.values(body).some((value) => value !== undefined), {
    error: 'Send at least one field to change.',
  });
}
