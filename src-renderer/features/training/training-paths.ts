/** Where the training screens live in the hash router. */
export const TRAINING_PATHS = {
  list: '/training',
  figures: '/training/figures',
  settings: '/training/settings',
  session: (id: number | string = ':id') => `/training/sessions/${id}`,
  attendance: (id: number | string = ':id') => `/training/sessions/${id}/attendance`,
} as const;
