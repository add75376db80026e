// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SkillSummary } from '../../lib/analysis/types';
import { MAX_RESUME_CHARS } from '../../lib/messages/limits';
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
  const analyze = vi.fn(async (_text: string) => [
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
  it('proposes the skills found, ticked, at level working; adds only the ticked ones with their level', async () => {
    const { analyze, onAdd } = setup();
    fireEvent.input(screen.getByLabelText('Résumé text'), {
      target: { value: 'Python, SQL and Spark at scale' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Find skills' }));
    expect(analyze).toHaveBeenCalledWith('Python, SQL and Spark at scale');
    expect((await screen.findByText(/^Already in your profile:/)).textContent).toBe(
      'Already in your profile: Python.',
    );
    expect(screen.queryByRole('checkbox', { name: /Python/ })).toBeNull();
    const sql = screen.getByRole('checkbox', { name: /SQL/ }) as HTMLInputElement;
    const spark = screen.getByRole('checkbox', { name: /Apache Spark/ }) as HTMLInputElement;
    expect(sql.checked && spark.checked).toBe(true);
    expect(sql.closest('li')?.querySelector('.cat-tag')?.textContent).toBe('Underemphasized');

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

  it('reads a .txt file into the text box and finds its skills at once', async () => {
    const { analyze } = setup();
    const input = screen.getByLabelText('Or choose a file (PDF, Word, .txt, .md)…');
    fireEvent.change(input, {
      target: { files: [new File(['Kubernetes and Go'], 'cv.txt', { type: 'text/plain' })] },
    });
    await vi.waitFor(() =>
      expect((screen.getByLabelText('Résumé text') as HTMLTextAreaElement).value).toBe('Kubernetes and Go'),
    );
    expect(analyze).toHaveBeenCalledWith('Kubernetes and Go');
    // Proposed at once, ticked: the skills found that the profile does not hold.
    const proposed = (await screen.findAllByRole('checkbox')) as HTMLInputElement[];
    expect(proposed.map((c) => [c.closest('li')?.querySelector('.cat-tag')?.textContent, c.checked])).toEqual(
      [
        ['Underemphasized', true],
        ['Nice to have', true],
      ],
    );
  });

  it('refuses an oversized file with its size and changes nothing', async () => {
    const { analyze } = setup();
    const big = new File(['x'], 'cv.pdf', { type: 'application/pdf' });
    Object.defineProperty(big, 'size', { value: 11 * 1024 * 1024 });
    fireEvent.change(screen.getByLabelText('Or choose a file (PDF, Word, .txt, .md)…'), {
      target: { files: [big] },
    });
    expect((await screen.findByRole('alert')).textContent).toBe(
      'cv.pdf is 11.5 MB; a résumé file is at most 10 MB. Your profile is unchanged.',
    );
    expect(analyze).not.toHaveBeenCalled();
    expect((screen.getByLabelText('Résumé text') as HTMLTextAreaElement).value).toBe('');
  });

  it('takes a dropped file through the same reader, and shows a reader failure', async () => {
    const readFile = vi.fn(async (file: File) =>
      file.name === 'cv.pdf'
        ? { ok: true as const, text: 'PyTorch and SQL', cut: false }
        : { ok: false as const, message: `${file.name}: this PDF is password-protected.` },
    );
    const analyze = vi.fn(async () => [found('sql', 'SQL', 'underemphasized')]);
    const { container } = render(
      <ResumeSkills analyze={analyze} held={new Set()} onAdd={vi.fn()} readFile={readFile} />,
    );
    const zone = container.querySelector('.resume') as HTMLElement;
    // happy-dom's DataTransfer cannot hold files: give the event the part the handler reads.
    const drop = (file: File) => {
      const event = new Event('drop', { bubbles: true, cancelable: true });
      Object.defineProperty(event, 'dataTransfer', { value: { files: [file], types: ['Files'] } });
      zone.dispatchEvent(event);
      expect(event.defaultPrevented).toBe(true);
    };
    drop(new File(['%PDF'], 'cv.pdf', { type: 'application/pdf' }));
    await vi.waitFor(() => expect(analyze).toHaveBeenCalledWith('PyTorch and SQL'));
    expect(readFile).toHaveBeenCalledTimes(1);
    drop(new File(['%PDF'], 'locked.pdf', { type: 'application/pdf' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'locked.pdf: this PDF is password-protected.',
    );
  });

  it('reads the résumé without zero-width and bidi characters, compatibility forms folded', () => {
    const { analyze } = setup();
    fireEvent.input(screen.getByLabelText('Résumé text'), {
      target: { value: 'Py\u200bTorch, \u202eSQL\u202c and ＫＵＢＥＲＮＥＴＥＳ\nDocker' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Find skills' }));
    expect(analyze).toHaveBeenCalledWith('PyTorch, SQL and KUBERNETES\nDocker');
  });

  it('reads only the beginning of a pasted text longer than a résumé, and says so', async () => {
    const { analyze } = setup();
    fireEvent.input(screen.getByLabelText('Résumé text'), { target: { value: 'SQL '.repeat(20_000) } });
    fireEvent.click(screen.getByRole('button', { name: 'Find skills' }));
    expect(analyze.mock.calls[0]?.[0]?.length).toBe(MAX_RESUME_CHARS);
    expect((await screen.findByText(/^Only the beginning/)).textContent).toBe(
      'Only the beginning of the text was read: it is longer than a résumé.',
    );
  });

  it('says so when the skills cannot be read, proposes nothing and adds nothing', async () => {
    const analyze = vi.fn(async (): Promise<SkillSummary[]> => {
      throw new Error('the background did not answer skills-in-text');
    });
    const onAdd = vi.fn();
    render(<ResumeSkills analyze={analyze} held={new Set()} onAdd={onAdd} />);
    fireEvent.input(screen.getByLabelText('Résumé text'), { target: { value: 'Python and SQL' } });
    fireEvent.click(screen.getByRole('button', { name: 'Find skills' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'The skills could not be read just now; try again. Your profile is unchanged.',
    );
    expect(screen.queryAllByRole('checkbox')).toEqual([]);
    expect(onAdd).not.toHaveBeenCalled();
    // The text stays, so trying again needs no new paste.
    expect((screen.getByLabelText('Résumé text') as HTMLTextAreaElement).value).toBe('Python and SQL');
  });
});
