import type { ParsedDocument } from '@luyue/regulation-parser';

/** The parsed document's header fields as a regulation and each of its versions store them. */
export function documentMetadata(meta: ParsedDocument['document']) {
  return {
    documentNumber: meta.documentNumber,
    issuer: meta.issuer,
    adoptedOn: meta.adoptedOn,
    publishedOn: meta.publishedOn,
    effectiveDate: meta.effectiveDate,
  };
}
