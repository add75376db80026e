// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { exportProfile } from '../../lib/profile/export-format';
import type { Profile } from '../../lib/profile/schema';
import { testCatalogue } from '../../tests/support/catalogue';
import { CatalogueContext } from './catalogue';
import { ImportExport } from './ImportExport';

const current: Profile = {
  skills: [
    { skill: 'python', level: 'expert', years: 6 },
    { skill: 'pytorch', level: 'learning' },
  ],
  freeText: [],
  background: 'backend-engineer',
  years: 6,
  targetRole: null,
  updatedAt: 5,
};

function setup() {
  const onImport = vi.fn(async (_next: Profile) => true);
  render(
    <CatalogueContext.Provider value={testCatalogue().catalogue}>
      <ImportExport profile={current} onImport={onImport} canExport />
    </CatalogueContext.Provider>,
  );
  const input = screen.getByLabelText('Choose a profile file…') as HTMLInputElement;
  async function choose(file: File) {
    fireEvent.change(input, { target: { files: [file] } });
  }
  return { onImport, choose };
}

const file = (text: string, name = 'profile.json') => new File([text], name, { type: 'application/json' });

afterEach(cleanup);

/** The preview's change list: each heading, then its items indented. */
function changeList(): string[] {
  return [...document.querySelectorAll('.change-list > dt, .change-list > dd')].map((e) =>
    e.tagName === 'DD' ? `  ${e.textContent}` : (e.textContent ?? ''),
  );
}

describe('ImportExport', () => {
  it('previews a hand-written file, then saves only on confirm, keeping fields the file lacks', async () => {
    const { onImport, choose } = setup();
    await choose(
      file(
        '{ "skills": [ { "skill": "pytorch", "level": "expert" }, { "skill": "SQL", "level": "working" } ] }',
      ),
    );
    await screen.findByText('Preview of profile.json');
    expect(changeList()).toEqual([
      'Skills added (1)',
      '  SQL (working)',
      'Skills changed (1)',
      '  PyTorch: learning → expert',
      'Skills removed (1)',
      '  Python (expert, 6 yrs)',
    ]);
    expect(onImport).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole('button', { name: 'Apply these changes' }));
    await screen.findByText('Imported profile.json.');
    expect(onImport).toHaveBeenCalledWith({
      ...current,
      skills: [
        { skill: 'pytorch', level: 'expert' },
        { skill: 'sql', level: 'working' },
      ],
      ownSkills: [],
    });
  });

  it('can add the file’s skills to the current ones instead of replacing them', async () => {
    const { onImport, choose } = setup();
    await choose(file('{"skills":[{"skill":"sql","level":"expert"}]}'));
    await screen.findByText('Skills removed (2)');
    fireEvent.click(screen.getByRole('radio', { name: 'Add them to my skills' }));
    expect(screen.queryByText(/Skills removed/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Apply these changes' }));
    await screen.findByText('Imported profile.json.');
    expect(onImport).toHaveBeenCalledWith({
      ...current,
      skills: [...current.skills, { skill: 'sql', level: 'expert' }],
      ownSkills: [],
    });
  });

  it('offers no skills choice for a file without skills', async () => {
    const { choose } = setup();
    await choose(file('{"years":3}'));
    await screen.findByText('Years of experience: 6 → 3');
    expect(screen.queryByRole('radio')).toBeNull();
  });

  it('lists unknown skills in the preview before anything is written', async () => {
    const { onImport, choose } = setup();
    await choose(file('{"skills":[{"skill":"Python","level":"expert","years":6},{"skill":"Brainfuck"}]}'));
    await screen.findByText(
      /Not in the skill catalogue, kept as your own skills at level “working”: Brainfuck\./,
    );
    expect(changeList()).toEqual([
      'Skills removed (1)',
      '  PyTorch (learning)',
      'Own skills added (1)',
      '  Brainfuck',
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByText('Preview of profile.json')).toBeNull();
    expect(onImport).not.toHaveBeenCalled();
  });

  it('says when a file would change nothing, and offers no confirm', async () => {
    const { choose } = setup();
    await choose(file(exportProfile(current)));
    await screen.findByText('This file matches your profile: nothing would change.');
    expect((screen.getByRole('button', { name: /Apply these changes/ }) as HTMLButtonElement).disabled).toBe(
      true,
    );
  });

  it.each([
    [
      'not JSON',
      '{"skills": [ {"skill": "pytorch",, } ]}',
      /profile\.json: This is not valid JSON: it breaks at line 1, column 34: expected a "quoted" property name\. Your profile was not changed\./,
    ],
    [
      'a newer version',
      '{"format":"ml-fit-profile","version":7,"profile":{}}',
      /format version 7, from a newer ML Fit; this version of ML Fit reads version 1/,
    ],
    [
      'a wrong type',
      '{"skills":[{"skill":"pytorch","level":3}]}',
      /skills\[0\]\.level: expected one of learning, working, expert, got 3/,
    ],
  ])('refuses %s with a specific message and writes nothing', async (_case, text, message) => {
    const { onImport, choose } = setup();
    await choose(file(text));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(message);
    expect(screen.queryByText(/Preview of/)).toBeNull();
    expect(onImport).not.toHaveBeenCalled();
  });

  it('refuses a 50 MB file by its size, without reading it', async () => {
    const { onImport, choose } = setup();
    const big = file('{}', 'huge.json');
    Object.defineProperty(big, 'size', { value: 50_000_000 });
    const read = vi.spyOn(big, 'text');
    await choose(big);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      'huge.json: This file is 50 MB; a profile file is at most 1 MB. Nothing was imported.',
    );
    expect(read).not.toHaveBeenCalled();
    expect(onImport).not.toHaveBeenCalled();
  });

  it('reports a failed save and keeps the preview away', async () => {
    const { onImport, choose } = setup();
    onImport.mockResolvedValueOnce(false);
    await choose(file('{"background":"research"}'));
    await screen.findByText('Background: Backend / software engineer → Research scientist / engineer');
    fireEvent.click(screen.getByRole('button', { name: /Apply these changes/ }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/could not be saved/));
  });

  it('exports a versioned JSON file through a download link', async () => {
    const created: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      created.push(blob as Blob);
      return 'blob:test';
    });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      expect(this.download).toMatch(/^ml-fit-profile-\d{4}-\d{2}-\d{2}\.json$/);
      expect(this.href).toBe('blob:test');
    });
    setup();
    fireEvent.click(screen.getByRole('button', { name: 'Export profile' }));
    expect(click).toHaveBeenCalledOnce();
    const exported = JSON.parse(await (created[0] as Blob).text());
    expect(exported).toMatchObject({ format: 'ml-fit-profile', version: 1, profile: current });
  });

  it('says where a file of 20,000 nested brackets breaks', async () => {
    const { onImport, choose } = setup();
    await choose(file(`{"skills":${'['.repeat(20_000)}`));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      'profile.json: This is not valid JSON: it breaks at the end of the file (is it cut short?): expected a value. Your profile was not changed.',
    );
    expect(onImport).not.toHaveBeenCalled();
  });
});
