import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { type PdfJs, pdfRuns } from '../../lib/resume/pdf-runs';
import type { ResumeReaders } from '../../lib/resume/read-resume';

/**
 * The options page's PDF reader. pdf.js loads only when a PDF is chosen, so the page opens
 * without it; its worker is a file of the extension itself (no remote code).
 */
export const browserReaders: ResumeReaders = {
  async pdf(data) {
    const pdfjs = await import('pdfjs-dist');
    pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;
    return pdfRuns(pdfjs as unknown as PdfJs, data);
  },
};
