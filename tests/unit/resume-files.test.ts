import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, test } from 'vitest';
import { analyzePosting } from '../../lib/analysis/index';
import { type PdfJs, pdfRuns } from '../../lib/resume/pdf-runs';
import {
  MAX_RESUME_FILE_BYTES,
  type ResumeFile,
  type ResumeReaders,
  readResume,
} from '../../lib/resume/read-resume';
import { docx, encryptedPdf, scannedPdf, twoColumnPdf } from '../fixtures/resume/make-files';

/** Real files through the real readers (pdf.js's Node build, the .docx reader), as the options page reads them. */
const readers: ResumeReaders = {
  pdf: (data) => pdfRuns(pdfjs as unknown as PdfJs, data),
};

const asFile = (name: string, bytes: Uint8Array, type = ''): ResumeFile => ({
  name,
  size: bytes.byteLength,
  type,
  arrayBuffer: async () => bytes.slice().buffer as ArrayBuffer,
});

const skillIds = (text: string) => analyzePosting({ text }).skills.map((s) => s.id);

describe('readResume', () => {
  test('a two-column PDF keeps each column together, and its skills are found', async () => {
    const read = await readResume(asFile('cv.pdf', await twoColumnPdf()), readers);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.text).toContain(
      'Built pricing services in Python and Go\nTrained demand models with PyTorch',
    );
    expect(read.text).toContain('Skills\nPostgreSQL, Kafka\nDocker, Terraform');
    expect(skillIds(read.text)).toEqual(
      expect.arrayContaining([
        'python',
        'pytorch',
        'kubernetes',
        'grpc',
        'postgresql',
        'kafka',
        'docker',
        'terraform',
        'aws',
        'mlflow',
      ]),
    );
  });

  test('a Word document gives its paragraphs, and its skills are found', async () => {
    const read = await readResume(asFile('cv.docx', await docx()), readers);
    expect(read.ok && read.text).toContain('Trained demand models with PyTorch');
    expect(read.ok && skillIds(read.text)).toEqual(expect.arrayContaining(['pytorch', 'kafka', 'mlflow']));
  });

  test('a scanned PDF (no text layer) is refused with a way forward', async () => {
    expect(await readResume(asFile('scan.pdf', await scannedPdf()), readers)).toEqual({
      ok: false,
      message:
        'scan.pdf: this PDF has no text layer (a scan or a photo?). Export the résumé from your word processor as PDF, or paste its text. Your profile is unchanged.',
    });
  });

  test('a password-protected PDF, a damaged PDF and a damaged .docx each say what is wrong', async () => {
    const locked = await readResume(asFile('locked.pdf', await encryptedPdf()), readers);
    expect(locked).toMatchObject({ ok: false, message: expect.stringContaining('password-protected') });
    const junk = Uint8Array.from([37, 80, 68, 70, 1, 2, 3]);
    expect(await readResume(asFile('broken.pdf', junk), readers)).toMatchObject({
      ok: false,
      message: expect.stringContaining('not a readable PDF'),
    });
    expect(await readResume(asFile('broken.docx', junk), readers)).toMatchObject({
      ok: false,
      message: expect.stringContaining('not a readable Word document'),
    });
  });

  test('over 10 MB, an old .doc, or an unknown kind is refused before reading', async () => {
    const never: ResumeReaders = {
      pdf: () => Promise.reject(new Error('must not read')),
    };
    const big = { ...asFile('cv.pdf', new Uint8Array(1)), size: MAX_RESUME_FILE_BYTES + 1 };
    expect(await readResume(big, never)).toEqual({
      ok: false,
      message:
        'cv.pdf is 10,000,001 bytes; a résumé file is at most 10,000,000 bytes. Your profile is unchanged.',
    });
    const doc = await readResume(asFile('cv.doc', new Uint8Array(1)), never);
    expect(doc).toMatchObject({ ok: false, message: expect.stringContaining('Save it as PDF or .docx') });
    const png = await readResume(asFile('me.png', new Uint8Array(1), 'image/png'), never);
    expect(png).toMatchObject({
      ok: false,
      message: expect.stringContaining('choose a PDF, Word (.docx), .txt or .md file'),
    });
  });

  test('plain text is read as UTF-8 and a very long file is cut, with the cut said', async () => {
    const text = new TextEncoder().encode(`Compétences : Python, Kubernetes\n${'x '.repeat(40_000)}`);
    const read = await readResume(asFile('cv.txt', text), readers);
    expect(read).toMatchObject({ ok: true, cut: true });
    expect(read.ok && read.text.startsWith('Compétences : Python')).toBe(true);
    expect(read.ok && read.text.length).toBe(60_000);
  });
});
