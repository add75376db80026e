import { addSkill, removeSkill, setLevel, setSkillYears } from '../../lib/profile/edit';
import {
  addAlias,
  mergeIntoCatalogue,
  removeAlias,
  removeOwnSkill,
  updateOwnSkill,
} from '../../lib/profile/own-edit';
import { useAddTypedSkill } from '../profile/catalogue';
import { ProfileFields } from '../profile/ProfileFields';
import { ResumeSkills } from '../profile/ResumeSkills';
import { SkillGroups } from '../profile/SkillGroups';
import { SkillPicker } from '../profile/SkillPicker';
import type { SectionProps } from './section-props';

export function ProfileSection({ store, analyze }: SectionProps) {
  const { profile, update } = store;
  const held = new Set(profile.skills.map((s) => s.skill));
  const addTyped = useAddTypedSkill(profile, update);
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
          Skills <span class="count">({profile.skills.length + (profile.ownSkills?.length ?? 0)})</span>
        </h2>
        <SkillPicker
          held={held}
          onAddSkill={(id, level) => update((p) => addSkill(p, id, level))}
          onAddFreeText={addTyped}
        />
        <SkillGroups
          skills={profile.skills}
          ownSkills={profile.ownSkills ?? []}
          onLevel={(id, level) => update((p) => setLevel(p, id, level))}
          onYears={(id, years) => update((p) => setSkillYears(p, id, years), { debounce: true })}
          onRemove={(id) => update((p) => removeSkill(p, id))}
          own={{
            onChange: (id, change) => update((p) => updateOwnSkill(p, id, change)),
            onAddAlias: (id, alias) => {
              const refused = addAlias(profile, id, alias).refused;
              if (!refused) update((p) => addAlias(p, id, alias).profile);
              return refused;
            },
            onRemoveAlias: (id, alias) => update((p) => removeAlias(p, id, alias)),
            onRemove: (id) => update((p) => removeOwnSkill(p, id)),
            onMerge: (id, catalogueId) => update((p) => mergeIntoCatalogue(p, id, catalogueId)),
          }}
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
