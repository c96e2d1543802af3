import type { OcrJobStatusDto } from '@luyue/contracts';

const POLL_MS = 1000;

/** Polls an OCR job (`read` fetches its state) until it ends, reporting each state; answers the completed job (throws on failure). */
export async function waitForOcr(
  read: () => Promise<OcrJobStatusDto>,
  onStatus: (status: OcrJobStatusDto) => void,
): Promise<OcrJobStatusDto> {
  for (;;) {
    const status = await read();
    onStatus(status);
    if (status.state === 'completed') return status;
    if (status.state === 'failed')
      throw new Error(status.error ?? 'OCR failed');
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}
