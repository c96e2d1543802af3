export * from './document';
export * from './errors';
export { parseText, type ParseTextOptions } from './parse-text';
export { parseBuffer, parseFile, type ParseOptions } from './parse-file';
export { DEFAULT_MAX_BYTES } from './input/read-document';
export { sniffFormat, type InputFormat } from './input/sniff-format';
export { findAnnotations, type AnnotationSpan } from './structure/responsibility';
