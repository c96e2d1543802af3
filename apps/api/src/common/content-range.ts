import type { FastifyReply } from 'fastify';
import { contentRange } from '@luyue/application';

/** Sets `Content-Range: <resource> start-end/total` (react-admin reads the exact total from it). */
export function setContentRange(reply: FastifyReply, resource: string, start: number, count: number, total: number): void {
  void reply.header('Content-Range', contentRange(resource, { start }, count, total));
}
