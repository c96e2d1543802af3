import type { ArgumentMetadata, Type } from '@nestjs/common';
import { createValidationPipe } from './validation.pipe';

const pipe = createValidationPipe();

/** Validates a body the route could not declare with @Body (e.g. a route taking JSON or multipart). */
export async function validateBody<T extends object>(dto: Type<T>, value: unknown): Promise<T> {
  const metadata: ArgumentMetadata = { type: 'body', metatype: dto };
  return pipe.transform(value ?? {}, metadata) as Promise<T>;
}
