import { describe, expect, it } from 'vitest';
import { analyzePosting } from '../index';

/** Each mention as "text@line", the line's first words standing for the line. */
const found = (text: string, company?: string) =>
  analyzePosting({ text, ...(company ? { company } : {}) }).mentions.map((m) => {
    const line = text.slice(text.lastIndexOf('\n', m.start) + 1);
    return `${m.text}@${line.split(' ').slice(0, 2).join(' ')}`;
  });

describe('concepts in a sentence where the employer speaks of itself', () => {
  const text = `Backend Engineer

What you'll do
- Build the APIs behind our camera platform in Go and PostgreSQL

The team
We are twelve engineers. Our deep learning models watch camera feeds for near-misses.
Sightframe builds computer vision software for construction sites.
Our stack: Go, Kafka and Kubernetes.
We expect you to know deep learning basics.

Requirements
- Experience with computer vision pipelines`;

  it("are the employer's product, not skills asked for", () => {
    const m = found(text, 'Sightframe');
    expect(m).not.toContain('deep learning@We are');
    expect(m).not.toContain('computer vision@Sightframe builds');
  });

  it('stay skills when the sentence addresses the candidate, in the requirements, and for tools', () => {
    expect(found(text, 'Sightframe')).toEqual(
      expect.arrayContaining([
        'deep learning@We expect',
        'computer vision@- Experience',
        'Kafka@Our stack:',
        'Kubernetes@Our stack:',
      ]),
    );
  });
});
