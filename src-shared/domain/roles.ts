/** The three roles of a regional office (FORMS.md, "People and places"). */
export const ROLES = ['manager', 'rep', 'clerk'] as const;
export type Role = (typeof ROLES)[number];

/** Chinese names of the roles as users see them. */
export const ROLE_LABELS: Record<Role, string> = {
  manager: '区域经理',
  rep: '营销代表',
  clerk: '内勤',
};
