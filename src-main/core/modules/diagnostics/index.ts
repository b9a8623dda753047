import { diagnosticsMethods } from '../../../../src-shared/contract/diagnostics';
import { defineModule } from '../../module';
import type { ModuleHandlers } from '../../handler-types';

const diagnosticsHandlers = {
  'diagnostics.reportClientError': async (input, ctx) => {
    const error = Object.assign(new Error(input.message), { stack: input.stack ?? input.message });
    const errorId = ctx.logError(`window ${input.route}`, error, { user: ctx.user?.username ?? null });
    return { errorId };
  },
} satisfies ModuleHandlers<typeof diagnosticsMethods>;

/** What the window reports of its own failures: logged beside the core's, with an id to quote. */
export const diagnosticsModule = defineModule({
  name: 'diagnostics',
  methods: diagnosticsMethods,
  handlers: diagnosticsHandlers,
});
