import type { FastifyRequest } from 'fastify';
import { ErrorCode } from '@luyue/contracts';
import { DomainError, ValidationError } from '@luyue/domain';

export interface UploadedForm {
  file?: { fieldName: string; fileName: string; buffer: Buffer };
  fields: Record<string, string>;
}

/** Reads a multipart form (one file at most; the size limit answers 413 through the error filter). */
export async function readMultipart(request: FastifyRequest): Promise<UploadedForm> {
  if (!request.isMultipart()) throw new DomainError(ErrorCode.UnsupportedType, 'Expected multipart/form-data');
  // No prototype: a field named `__proto__` or `constructor` is just a field.
  const form: UploadedForm = { fields: Object.create(null) as Record<string, string> };
  for await (const part of request.parts()) {
    if (part.type === 'file') {
      form.file = { fieldName: part.fieldname, fileName: part.filename, buffer: await part.toBuffer() };
    } else {
      form.fields[part.fieldname] = String(part.value ?? '');
    }
  }
  return form;
}

/** The `file` field of a multipart upload, or 400. */
export async function readUploadedFile(request: FastifyRequest): Promise<UploadedForm & { file: NonNullable<UploadedForm['file']> }> {
  const form = await readMultipart(request);
  if (!form.file || form.file.fieldName !== 'file') throw new ValidationError('multipart field "file" is required', { field: 'file' });
  return form as UploadedForm & { file: NonNullable<UploadedForm['file']> };
}

/** `filename*=` form so Chinese file names survive every browser. */
export function attachment(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
