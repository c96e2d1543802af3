/** OCR figures of one page of a scan. */
export interface OcrPage {
  /** 1-based page number in the PDF. */
  page: number;
  /** Tesseract's mean word confidence on the page, 0–100 (0 for a page where it read nothing). */
  confidence: number;
  /** Below the low-confidence mark: the page's text should be checked against the scan. */
  low: boolean;
  seconds: number;
}

/** What the import preview shows of a scanned PDF's OCR. */
export interface OcrReport {
  engine: 'tesseract';
  language: string;
  pages: OcrPage[];
  /** Mean of the pages' confidences. */
  meanConfidence: number;
  lowPages: number[];
  seconds: number;
}

export interface OcrOptions {
  /** A scan of more pages is refused (too_large, 413) before anything is rasterised. */
  maxPages?: number;
  /** Pages whose mean confidence is under this are flagged low (default 70). */
  lowConfidence?: number;
  /** Rasterising resolution (default 200 dpi). */
  dpi?: number;
  /** Called after each page, e.g. to report a job's progress. */
  onPage?: (done: number, total: number) => void;
}

export const MAX_OCR_PAGES = 50;
export const LOW_CONFIDENCE = 70;
