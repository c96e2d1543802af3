import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter } from '@bull-board/fastify';
import { BullBoardModule } from '@bull-board/nestjs';
import { Module, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';
import { QUEUE_EMAIL, QUEUE_SWEEP } from '@luyue/contracts';
import { ReminderQueuesModule } from '@luyue/queue';
import { sessionPreHandler } from '../auth/session-token';
import { SessionVerifier } from '../auth/session-verifier';

/** Under the global 'api' prefix: /api/admin/queues. */
export const QUEUES_BOARD_ROUTE = '/admin/queues';
const BOARD_PATH = `/api${QUEUES_BOARD_ROUTE}`;

/**
 * Bull Board for administrators. Its pages and JSON endpoints are a Fastify plugin outside
 * Nest's guards, so access is checked in a root preHandler hook (after cookies are parsed) on
 * every route registered under /api/admin/queues:
 * the `luyue_session` cookie or a bearer token of an admin; 401 without a session, 403 for
 * other roles.
 */
@Module({
  imports: [
    ReminderQueuesModule,
    BullBoardModule.forRoot({
      route: QUEUES_BOARD_ROUTE,
      adapter: FastifyAdapter,
      // Nest-level middleware is not used with Fastify here; the hook below does the check.
      middleware: (_req: unknown, _res: unknown, next: () => void) => next(),
      boardOptions: { uiConfig: { boardTitle: '履约 队列' } },
    }),
    BullBoardModule.forFeature({ name: QUEUE_SWEEP, adapter: BullMQAdapter }, { name: QUEUE_EMAIL, adapter: BullMQAdapter }),
  ],
})
export class QueuesBoardModule implements OnModuleInit {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly sessions: SessionVerifier,
  ) {}

  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter.getInstance<FastifyInstance>();
    const adminOnly = sessionPreHandler(this.sessions, ['admin']);
    fastify.addHook('preHandler', async (request, reply) => {
      // The route that matched, not the raw URL: the router decodes %-escapes before matching,
      // so `/api/admin/%71ueues` reaches the board while its raw URL does not start with BOARD_PATH.
      const route = request.routeOptions.url ?? '';
      if (route !== BOARD_PATH && !route.startsWith(`${BOARD_PATH}/`)) return;
      await adminOnly(request, reply);
      if (reply.sent) return reply;
    });
  }
}
