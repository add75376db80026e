import type { RoleId } from '../types';

/** How each role is named in reasons (and elsewhere in the UI). */
export const ROLE_LABELS: Readonly<Record<RoleId, string>> = {
  'ml-engineer': 'ML engineer',
  'data-scientist': 'data scientist',
  'data-engineer': 'data engineer',
  'research-scientist': 'research scientist',
  'data-analyst': 'data analyst',
  'backend-engineer': 'backend engineer',
  'frontend-engineer': 'frontend engineer',
  devops: 'DevOps / SRE',
  'product-manager': 'product manager',
  other: 'other role',
};
