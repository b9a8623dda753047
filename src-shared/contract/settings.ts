import { z } from 'zod';
import { deadlineSettingsSchema } from '../domain/deadlines/rules';
import { method, onlyIn } from './define';

/** The office's settings: the regulation's deadlines as the manager adjusts them. */
export const settingsMethods = onlyIn('office', {
  'settings.deadlines': method({
    input: z.object({}).strict(),
    output: deadlineSettingsSchema,
    access: 'signedIn',
  }),
  'settings.updateDeadlines': method({
    input: deadlineSettingsSchema,
    output: deadlineSettingsSchema,
    access: ['manager'],
  }),
});
