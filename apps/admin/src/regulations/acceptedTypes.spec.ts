import { HttpError } from 'react-admin';
import { describe, expect, it } from 'vitest';
import { ACCEPT_ATTRIBUTE, isRefusedType } from './acceptedTypes';

describe('accepted import types', () => {
  it('lets the file input offer every type the api reads', () => {
    expect(ACCEPT_ATTRIBUTE).toBe('.docx,.doc,.ofd,.pdf,.md,.txt');
  });

  it('recognises a refusal for the file type (415) and nothing else', () => {
    expect(
      isRefusedType(
        new HttpError('scan.pdf: … missing: tesseract', 415, {
          code: 'unsupported_type',
        }),
      ),
    ).toBe(true);
    expect(
      isRefusedType(
        new HttpError('bomb.ofd: too large', 413, {
          code: 'payload_too_large',
        }),
      ),
    ).toBe(false);
    expect(isRefusedType(new Error('network'))).toBe(false);
  });
});
