import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { type PdfRun, pageText } from './pdf-layout';

const run = (str: string, x: number, y: number, w = str.length * 5, h = 10): PdfRun => ({ str, x, y, w, h });

describe('pageText', () => {
  test('reads two columns one after the other, whatever order the runs come in', () => {
    const left = ['Experience', 'Built services in Python', 'Trained models with PyTorch'];
    const right = ['Skills', 'Kubernetes, Docker', 'PostgreSQL'];
    const runs = left.flatMap((l, i) => [
      run(l, 40, 700 - i * 14),
      run(right[i] as string, 380, 700 - i * 14),
    ]);
    expect(pageText(runs)).toBe(
      'Experience\nBuilt services in Python\nTrained models with PyTorch\n\nSkills\nKubernetes, Docker\nPostgreSQL',
    );
  });

  test('a full-width heading above the columns is read first', () => {
    const runs = [
      run('Left one', 40, 700),
      run('Right one', 380, 700),
      run('Ada Example, Machine Learning Engineer', 40, 740, 400, 16),
      run('Left two', 40, 686),
      run('Right two', 380, 686),
    ];
    expect(pageText(runs)).toBe(
      'Ada Example, Machine Learning Engineer\n\nLeft one\nLeft two\n\nRight one\nRight two',
    );
  });

  test('runs that touch make one word; runs apart get a space; blank runs are dropped', () => {
    const runs = [
      run('Py', 40, 700, 10),
      run('Torch', 50, 700, 25),
      run(' ', 75, 700, 3),
      run('and JAX', 78, 700),
    ];
    expect(pageText(runs)).toBe('PyTorch and JAX');
    expect(pageText([run('  ', 0, 0)])).toBe('');
  });

  test('property: every visible run appears exactly once, in any input order', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: 60 })), {
          selector: ([col, row]) => `${col}:${row}`,
          maxLength: 80,
        }),
        (cells) => {
          const runs = cells.map(([col, row]) => run(`w${col}x${row}`, col * 60, 800 - row * 12, 50));
          const words = pageText(runs).split(/\s+/).filter(Boolean);
          expect(words.sort()).toEqual(runs.map((r) => r.str).sort());
        },
      ),
    );
  });
});
