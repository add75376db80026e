import { useEffect, useRef, useState } from 'preact/hooks';
import { addSkill } from '../../lib/profile/edit';
import { BACKGROUND_HINTS, BACKGROUND_LABELS } from '../../lib/profile/labels';
import { BACKGROUNDS } from '../../lib/profile/schema';
import { useAddTypedSkill, useCatalogue } from '../profile/catalogue';
import { ResumeSkills } from '../profile/ResumeSkills';
import { SkillPicker } from '../profile/SkillPicker';
import type { SectionProps } from './section-props';

/**
 * First run: 1) background, 2) skills (picker or résumé). Every choice saves at once, so
 * leaving half-way loses nothing; `onDone` marks the onboarding finished.
 */
export function Onboarding({ store, analyze, onDone }: SectionProps & { onDone(): void }) {
  const [step, setStep] = useState<1 | 2>(1);
  const heading = useRef<HTMLHeadingElement>(null);
  const { profile, update } = store;
  const held = new Set(profile.skills.map((s) => s.skill));
  const addTyped = useAddTypedSkill(profile, update);
  const catalogue = useCatalogue();
  const count = profile.skills.length + profile.freeText.length + (profile.ownSkills?.length ?? 0);

  // Move focus to the new step's heading so screen readers announce it.
  useEffect(() => heading.current?.focus(), [step]);

  return (
    <section class="card onboarding" aria-labelledby="onboarding-title">
      <p class="step-count">Step {step} of 2</p>
      {step === 1 ? (
        <>
          <h2 id="onboarding-title" ref={heading} tabIndex={-1}>
            Welcome. What is your background?
          </h2>
          <p class="hint">It shapes the advice next to each posting. You can change it later.</p>
          <fieldset class="background-choices">
            <legend class="visually-hidden">Background</legend>
            {BACKGROUNDS.map((b) => (
              <label key={b} class="choice">
                <input
                  type="radio"
                  name="background"
                  value={b}
                  checked={profile.background === b}
                  onChange={() => update((p) => ({ ...p, background: b }))}
                />
                <span class="choice__text">
                  <strong>{BACKGROUND_LABELS[b]}</strong>
                  <span class="hint">{BACKGROUND_HINTS[b]}</span>
                </span>
              </label>
            ))}
          </fieldset>
          <div class="actions">
            <button type="button" class="primary" onClick={() => setStep(2)}>
              Next
            </button>
            <button type="button" class="link-button" onClick={onDone}>
              Skip setup
            </button>
          </div>
        </>
      ) : (
        <>
          <h2 id="onboarding-title" ref={heading} tabIndex={-1}>
            Add your skills
          </h2>
          <p class="hint">Type them one by one, or paste your résumé and tick what it finds.</p>
          <SkillPicker
            held={held}
            onAddSkill={(id, level) => update((p) => addSkill(p, id, level))}
            onAddFreeText={addTyped}
          />
          <p class="onboarding__count" aria-live="polite">
            {count === 0 ? 'No skills yet.' : `${count} skill${count === 1 ? '' : 's'} in your profile.`}
          </p>
          {count > 0 && (
            <ul class="chips" aria-label="Skills added">
              {profile.skills.map((held) => (
                <li key={held.skill}>{catalogue.skillOf(held.skill)?.name ?? held.skill}</li>
              ))}
              {profile.freeText.map((text) => (
                <li key={`free:${text}`}>{text}</li>
              ))}
              {profile.ownSkills?.map((own) => (
                <li key={own.id}>{own.name}</li>
              ))}
            </ul>
          )}
          <details class="onboarding__resume">
            <summary>Or take them from your résumé (PDF, Word or text)</summary>
            <ResumeSkills
              analyze={analyze}
              held={held}
              onAdd={(skills) => update((p) => skills.reduce((acc, s) => addSkill(acc, s.id, s.level), p))}
            />
          </details>
          <div class="actions">
            <button type="button" class="primary" onClick={onDone}>
              {count === 0 ? 'Finish without skills' : 'Done'}
            </button>
            <button type="button" onClick={() => setStep(1)}>
              Back
            </button>
          </div>
        </>
      )}
    </section>
  );
}
