import {
  addSkill,
  addTypedSkill,
  removeFreeText,
  removeSkill,
  setLevel,
  setSkillYears,
} from '../../lib/profile/edit';
import { ProfileFields } from '../profile/ProfileFields';
import { ResumeSkills } from '../profile/ResumeSkills';
import { SkillGroups } from '../profile/SkillGroups';
import { SkillPicker } from '../profile/SkillPicker';
import type { SectionProps } from './sections';

export function ProfileSection({ store, analyze }: SectionProps) {
  const { profile, update } = store;
  const held = new Set(profile.skills.map((s) => s.skill));
  return (
    <>
      <section class="card" aria-labelledby="about-title">
        <h2 id="about-title">About you</h2>
        <ProfileFields
          profile={profile}
          onBackground={(background) => update((p) => ({ ...p, background }))}
          onYears={(years) => update((p) => ({ ...p, years }), { debounce: true })}
          onTargetRole={(targetRole) => update((p) => ({ ...p, targetRole }), { debounce: true })}
        />
      </section>
      <section class="card" aria-labelledby="skills-title">
        <h2 id="skills-title">
          Skills <span class="count">({profile.skills.length + profile.freeText.length})</span>
        </h2>
        <SkillPicker
          held={held}
          onAddSkill={(id, level) => update((p) => addSkill(p, id, level))}
          onAddFreeText={(text, level) => update((p) => addTypedSkill(p, text, level).profile)}
        />
        <SkillGroups
          skills={profile.skills}
          freeText={profile.freeText}
          onLevel={(id, level) => update((p) => setLevel(p, id, level))}
          onYears={(id, years) => update((p) => setSkillYears(p, id, years), { debounce: true })}
          onRemove={(id) => update((p) => removeSkill(p, id))}
          onRemoveFreeText={(text) => update((p) => removeFreeText(p, text))}
        />
      </section>
      <section class="card" aria-labelledby="resume-title">
        <h2 id="resume-title">Skills from your résumé</h2>
        <ResumeSkills
          analyze={analyze}
          held={held}
          onAdd={(skills) => update((p) => skills.reduce((acc, s) => addSkill(acc, s.id, s.level), p))}
        />
      </section>
    </>
  );
}
