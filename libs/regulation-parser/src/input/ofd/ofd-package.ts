import type { Readable } from 'node:stream';
import JSZip from 'jszip';
import { RegulationParseError } from '../../errors';

/** Most bytes an OFD package may inflate to, counted as the parts are really inflated. */
export const MAX_OFD_INFLATED_BYTES = 100 * 1024 * 1024;

/**
 * The zip of an OFD document. Parts are inflated as streams and counted, so a part whose central
 * directory lies about its size (a zip bomb with small declared sizes) still stops at the limit.
 */
export class OfdPackage {
  private inflated = 0;

  private constructor(
    private readonly zip: JSZip,
    private readonly fileName: string,
    private readonly maxInflatedBytes: number,
  ) {}

  static async open(buffer: Buffer, fileName: string, maxInflatedBytes = MAX_OFD_INFLATED_BYTES): Promise<OfdPackage> {
    const zip = await JSZip.loadAsync(buffer);
    const ofd = new OfdPackage(zip, fileName, maxInflatedBytes);
    // The declared sizes are checked first: an honest bomb is refused before anything is inflated.
    let declared = 0;
    zip.forEach((_path, entry) => {
      declared += (entry as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0;
    });
    if (declared > maxInflatedBytes) throw ofd.tooLarge(`declares ${declared} inflated bytes`);
    return ofd;
  }

  /** A part by its path inside the package (`/Doc_0/Document.xml` or `Doc_0/Document.xml`). */
  async readText(path: string): Promise<string> {
    const name = path.replace(/^\/+/, '');
    const entry = this.zip.file(name) ?? this.zip.file(new RegExp(`^${escapeRegExp(name)}$`, 'i'))[0];
    if (!entry || entry.dir) throw new RegulationParseError('corrupt', this.fileName, `the OFD package has no part ${name}`);
    const chunks: Buffer[] = [];
    await new Promise<void>((resolve, reject) => {
      const stream = entry.nodeStream('nodebuffer') as Readable;
      stream.on('data', (chunk: Buffer) => {
        this.inflated += chunk.length;
        if (this.inflated > this.maxInflatedBytes) {
          stream.destroy();
          reject(this.tooLarge('inflates to more bytes than its headers declare'));
          return;
        }
        chunks.push(chunk);
      });
      stream.on('end', () => resolve());
      stream.on('error', (error: Error) => reject(new RegulationParseError('corrupt', this.fileName, `the OFD part ${name} could not be inflated (${error.message})`)));
    });
    return Buffer.concat(chunks).toString('utf8');
  }

  private tooLarge(what: string): RegulationParseError {
    return new RegulationParseError('too_large', this.fileName, `the OFD package ${what}, over the ${this.maxInflatedBytes}-byte limit`);
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
