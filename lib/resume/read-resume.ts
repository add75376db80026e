import { MAX_RESUME_CHARS } from '../messages/limits';
import { sizeOverLimit } from '../profile/export-format';
import { docxText } from './docx-text';
import { type PdfRun, pageText } from './pdf-layout';

/**
 * A résumé file → its text, on this machine. Plain text and Markdown are read as they are,
 * Word (.docx) by docx-text.ts, and PDF through the reader passed in (pdf.js's browser build
 * in the options page, its Node build in tests), so this module stays free of pdf.js and the
 * decisions (which kind, how large, what each failure tells the user) are tested once.
 */

export const MAX_RESUME_FILE_BYTES = 10_000_000;

export type ResumeKind = 'text' | 'pdf' | 'docx';

export interface ResumeFile {
  name: string;
  size: number;
  type: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export interface ResumeReaders {
  /** Text runs of each page; throws pdf.js's named errors (PasswordException, InvalidPDFException). */
  pdf(data: Uint8Array): Promise<PdfRun[][]>;
}

export type ResumeRead = { ok: true; text: string; cut: boolean } | { ok: false; message: string };

export function resumeKind(file: Pick<ResumeFile, 'name' | 'type'>): ResumeKind | 'doc' | null {
  const ext = /\.([a-z0-9]+)$/i.exec(file.name)?.[1]?.toLowerCase() ?? '';
  if (ext === 'pdf' || file.type === 'application/pdf') return 'pdf';
  if (
    ext === 'docx' ||
    file.type === 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
  )
    return 'docx';
  if (ext === 'doc' || ext === 'rtf' || ext === 'odt' || ext === 'pages') return 'doc';
  if (['txt', 'md', 'markdown', 'text'].includes(ext) || file.type.startsWith('text/')) return 'text';
  return null;
}

const NOTHING = 'Your profile is unchanged.';

export async function readResume(file: ResumeFile, readers: ResumeReaders): Promise<ResumeRead> {
  const kind = resumeKind(file);
  if (kind === null || kind === 'doc') {
    const hint = kind === 'doc' ? ' Save it as PDF or .docx from your word processor.' : '';
    return {
      ok: false,
      message: `${file.name} is not a file ML Fit reads: choose a PDF, Word (.docx), .txt or .md file.${hint}`,
    };
  }
  if (file.size > MAX_RESUME_FILE_BYTES) {
    const over = sizeOverLimit(file.size, MAX_RESUME_FILE_BYTES);
    return {
      ok: false,
      message: `${file.name} is ${over.size}; a résumé file is at most ${over.limit}. ${NOTHING}`,
    };
  }
  let text: string;
  try {
    const data = await file.arrayBuffer();
    if (kind === 'text') text = new TextDecoder().decode(data);
    else if (kind === 'docx') text = docxText(new Uint8Array(data));
    else text = (await readers.pdf(new Uint8Array(data))).map(pageText).join('\n\n');
  } catch (error) {
    return { ok: false, message: `${file.name}: ${failure(kind, error)} ${NOTHING}` };
  }
  text = text.replaceAll(String.fromCharCode(0), '').trim();
  if (!text) {
    const why =
      kind === 'pdf'
        ? 'this PDF has no text layer (a scan or a photo?). Export the résumé from your word processor as PDF, or paste its text.'
        : 'the file holds no text.';
    return { ok: false, message: `${file.name}: ${why} ${NOTHING}` };
  }
  const cut = text.length > MAX_RESUME_CHARS;
  return { ok: true, text: cut ? text.slice(0, MAX_RESUME_CHARS) : text, cut };
}

function failure(kind: ResumeKind, error: unknown): string {
  const name = error instanceof Error ? error.name : '';
  if (kind === 'pdf') {
    if (name === 'PasswordException')
      return 'this PDF is password-protected. Save a copy without a password, or paste its text.';
    return 'this is not a readable PDF (damaged or not a PDF at all).';
  }
  if (kind === 'docx')
    return 'this is not a readable Word document (damaged, or an older .doc saved as .docx).';
  return 'the file could not be read.';
}
