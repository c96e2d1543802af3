import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'luyue:isPublic';

/** Marks a route as reachable without a token (health, docs, login). */
export const Public = () => SetMetadata(IS_PUBLIC, true);
