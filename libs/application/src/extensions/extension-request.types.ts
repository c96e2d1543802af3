import type { ExtensionRequestItemDto } from '@luyue/contracts';

/** An extension request as the api answers it (the shared contract). */
export type ExtensionRequestView = ExtensionRequestItemDto;
