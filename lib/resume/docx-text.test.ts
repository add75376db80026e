import { zipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { bodyText, DocxError, docxText } from './docx-text';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

describe('bodyText', () => {
  test('a line per paragraph; runs joined; tabs, breaks and entities kept', () => {
    const xml = `<?xml version="1.0"?><w:document ${W}><w:body>
      <w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Skills</w:t></w:r></w:p>
      <w:p><w:r><w:t xml:space="preserve">Py</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>Torch, </w:t></w:r><w:r><w:t>C&amp;C++ &lt;3 &#x2013; R&#38;D</w:t></w:r></w:p>
      <w:p><w:r><w:t>Go</w:t><w:tab/><w:t>Rust</w:t><w:br/><w:t>Kafka</w:t></w:r></w:p>
      <w:p/><w:tbl><w:tr><w:tc><w:p><w:r><w:t>SQL</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
    </w:body></w:document>`;
    expect(bodyText(xml)).toBe('Skills\nPyTorch, C&C++ <3 – R&D\nGo\tRust\nKafka\nSQL\n');
  });

  test('an unterminated run ends the text instead of looping', () => {
    expect(bodyText('<w:p><w:t>Python</w:t></w:p><w:p><w:t>never closed')).toBe('Python\n');
  });
});

describe('docxText', () => {
  test('reads word/document.xml from the package', () => {
    const xml = `<w:document ${W}><w:body><w:p><w:r><w:t>Kubernetes</w:t></w:r></w:p></w:body></w:document>`;
    const zip = zipSync({
      'word/document.xml': new TextEncoder().encode(xml),
      'word/styles.xml': new Uint8Array(3),
    });
    expect(docxText(zip)).toBe('Kubernetes\n');
  });

  test('a file that is not a zip, or a zip without a document part, is a DocxError', () => {
    expect(() => docxText(new Uint8Array([1, 2, 3]))).toThrow(DocxError);
    expect(() => docxText(zipSync({ 'content.xml': new Uint8Array(2) }))).toThrow(/no word\/document\.xml/);
  });
});
