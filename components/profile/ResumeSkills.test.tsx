// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SkillSummary } from '../../lib/analysis/types';
import { ResumeSkills } from './ResumeSkills';

const found = (id: string, name: string, category: SkillSummary['category']): SkillSummary => ({
  id,
  name,
  category,
  side: 'engineering',
  count: 1,
  listedAs: 'unspecified',
});

function setup() {
  const analyze = vi.fn((_text: string) => [
    found('python', 'Python', 'core'),
    found('sql', 'SQL', 'underemphasized'),
    found('spark', 'Apache Spark', 'nice-to-have'),
  ]);
  const onAdd = vi.fn();
  render(<ResumeSkills analyze={analyze} held={new Set(['python'])} onAdd={onAdd} />);
  return { analyze, onAdd };
}

afterEach(cleanup);

describe('ResumeSkills', () => {
  it('proposes the skills found, ticked, at level working; adds only the ticked ones with their level', () => {
    const { analyze, onAdd } = setup();
    fireEvent.input(screen.getByLabelText('Résumé text'), {
      target: { value: 'Python, SQL and Spark at scale' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Find skills' }));
    expect(analyze).toHaveBeenCalledWith('Python, SQL and Spark at scale');
    expect(screen.getByText('Already in your profile: Python.')).toBeTruthy();
    const sql = screen.getByRole('checkbox', { name: /SQL/ }) as HTMLInputElement;
    const spark = screen.getByRole('checkbox', { name: /Apache Spark/ }) as HTMLInputElement;
    expect(sql.checked && spark.checked).toBe(true);
    expect(screen.getByText('Underemphasized')).toBeTruthy();

    fireEvent.change(screen.getByRole('combobox', { name: 'Level of SQL' }), { target: { value: 'expert' } });
    fireEvent.click(spark);
    expect(
      (screen.getByRole('combobox', { name: 'Level of Apache Spark' }) as HTMLSelectElement).disabled,
    ).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Add 1 skill' }));
    expect(onAdd).toHaveBeenCalledWith([{ id: 'sql', level: 'expert' }]);
    expect(screen.getByRole('status').textContent).toBe('Added 1 skill to your profile.');
  });

  it('asks for text first', () => {
    const { analyze } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Find skills' }));
    expect(screen.getByRole('alert').textContent).toMatch(/Paste your résumé/);
    expect(analyze).not.toHaveBeenCalled();
  });

  it('reads a .txt file into the text box and refuses an oversized one', async () => {
    setup();
    const input = screen.getByLabelText('Or choose a .txt / .md file…');
    fireEvent.change(input, {
      target: { files: [new File(['Kubernetes and Go'], 'cv.txt', { type: 'text/plain' })] },
    });
    await vi.waitFor(() =>
      expect((screen.getByLabelText('Résumé text') as HTMLTextAreaElement).value).toBe('Kubernetes and Go'),
    );
    const big = new File(['x'], 'cv.md');
    Object.defineProperty(big, 'size', { value: 3 * 1024 * 1024 });
    fireEvent.change(input, { target: { files: [big] } });
    expect((await screen.findByRole('alert')).textContent).toBe(
      'cv.md is 3 MB; a résumé file is at most 256 KB.',
    );
  });
});
