import type { PdfRun } from './pdf-layout';

/**
 * Text runs of every page of a PDF, with pdf.js passed in: the options page hands in the
 * browser build (its worker bundled in the extension), tests the Node build. No fonts, no
 * character maps and no eval are asked for, so pdf.js fetches nothing.
 */

interface TextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
}

export interface PdfJs {
  getDocument(src: {
    data: Uint8Array;
    isEvalSupported: boolean;
    disableFontFace: boolean;
    useSystemFonts: boolean;
    verbosity: number;
  }): {
    promise: Promise<{
      numPages: number;
      getPage(n: number): Promise<{ getTextContent(): Promise<{ items: unknown[] }> }>;
      destroy(): Promise<void>;
    }>;
  };
}

export async function pdfRuns(pdfjs: PdfJs, data: Uint8Array, maxPages = 20): Promise<PdfRun[][]> {
  const doc = await pdfjs.getDocument({
    data,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  }).promise;
  try {
    const pages: PdfRun[][] = [];
    for (let n = 1; n <= Math.min(doc.numPages, maxPages); n++) {
      const content = await (await doc.getPage(n)).getTextContent();
      pages.push(
        content.items.filter(isTextItem).map((item) => ({
          str: item.str,
          x: item.transform[4] ?? 0,
          y: item.transform[5] ?? 0,
          w: item.width,
          h: item.height || Math.abs(item.transform[3] ?? 0),
        })),
      );
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}

function isTextItem(item: unknown): item is TextItem {
  return typeof item === 'object' && item !== null && typeof (item as TextItem).str === 'string';
}
