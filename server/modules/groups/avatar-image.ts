import sharp from 'sharp';
import { AppError } from '../../shared/errors.js';

export const AVATAR_MAX_BYTES = 5 * 1024 * 1024;
export const AVATAR_CONTENT_TYPES = ['image/png', 'image/jpeg', 'image/webp'] as const;
const DECODABLE_FORMATS = new Set(['png', 'jpeg', 'webp']);

const invalidImage = () => new AppError('invalid_image', 'Upload a PNG, JPEG or WebP picture (SVG is not accepted).');

/**
 * Re-encodes an uploaded picture into the two squares Hearth serves (512 px for cards, 128 px for lists) as
 * PNG. Re-encoding drops every byte of the original: EXIF (GPS positions from phones), ICC profiles, and
 * anything a crafted file might smuggle. The format is checked from the pixels, not the Content-Type.
 */
export async function renderAvatar(upload: Buffer): Promise<{ image512: Buffer; image128: Buffer }> {
  let format: string | undefined;
  try {
    // A 5 MB file can still declare a huge canvas: refuse more than 50 megapixels before decoding it.
    format = (await sharp(upload, { limitInputPixels: 50_000_000 }).metadata()).format;
  } catch {
    throw invalidImage();
  }
  if (!format || !DECODABLE_FORMATS.has(format)) throw invalidImage();
  try {
    const square = (size: number) =>
      sharp(upload, { limitInputPixels: 50_000_000 })
        .rotate() // honours the EXIF orientation before it is dropped
        .resize(size, size, { fit: 'cover', position: 'attention' })
        .png({ compressionLevel: 9 })
        .toBuffer();
    const [image512, image128] = await Promise.all([square(512), square(128)]);
    return { image512, image128 };
  } catch {
    throw invalidImage();
  }
}
