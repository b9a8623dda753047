import { keysMethods } from '../../../../src-shared/contract/keys';
import { defineModule } from '../../module';
import { ensureOfficeKey, keyHandlers } from './office-keys';

/** The office's bundle-signing key: made at setup, its public half exported for head office. */
export const keysModule = defineModule({
  name: 'keys',
  methods: keysMethods,
  handlers: keyHandlers,
  // Each office signs its monthly bundles with a key of its own, made once at setup; head office
  // signs nothing, it checks the offices' keys.
  afterSetup: async (ctx, setup) => {
    if (setup.mode === 'office') await ensureOfficeKey(ctx, setup.managerId);
  },
});

export { ensureOfficeKey, privateKeyPath } from './office-keys';
