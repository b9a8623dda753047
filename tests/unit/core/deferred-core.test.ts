import { describe, expect, it, vi } from 'vitest';
import type { Caller, Core } from '../../../src-main/core';
import { deferredCore } from '../../../src-main/core/deferred-core';
import { ok } from '../../../src-shared/errors';

const caller: Caller = {
  transport: 'ipc',
  sessionToken: null,
  setSessionToken: () => undefined,
  clientKey: 'ipc:1',
};

function fakeCore(): Core & { closed: number } {
  const core = {
    closed: 0,
    dispatch: vi.fn(async (method: string) => ok({ method })),
    upload: vi.fn(async () => ok({ uploadId: 'u1', fileName: 'a.zip', bytes: 3 })),
    checkUpload: vi.fn(async () => ok(null)),
    getFile: vi.fn(() => ({ id: 'f1', path: '/tmp/f1', fileName: 'a.docx', mime: 'x' })),
    logError: vi.fn(() => 'E-1'),
    close: vi.fn(() => {
      core.closed++;
    }),
  };
  return core;
}

describe('the core while it opens (the window shows before the database is ready)', () => {
  it('lets a call made while opening wait, then answers it from the opened core', async () => {
    let open!: (core: Core) => void;
    const core = deferredCore(new Promise<Core>((resolve) => (open = resolve)));
    let answered = false;
    const pending = core.dispatch('auth.me', {}, caller).then((r) => ((answered = true), r));
    await new Promise((r) => setTimeout(r, 20));
    expect(answered).toBe(false);
    const real = fakeCore();
    open(real);
    expect(await pending).toEqual({ ok: true, value: { method: 'auth.me' } });
    expect(real.dispatch).toHaveBeenCalledWith('auth.me', {}, caller);
    expect(core.getFile('f1', 't')).toMatchObject({ fileName: 'a.docx' });
    expect(core.logError('x', new Error('y'))).toBe('E-1');
  });

  it('answers every call with a Chinese reason when the database cannot be opened', async () => {
    const core = deferredCore(Promise.reject(new Error('corrupt')));
    const answer = await core.dispatch('auth.me', {}, caller);
    expect(answer.ok).toBe(false);
    if (!answer.ok) {
      expect(answer.error.code).toBe('INTERNAL');
      expect(answer.error.message).toMatch(/数据库未能打开/);
    }
    expect((await core.checkUpload(caller)).ok).toBe(false);
    expect(core.getFile('f1', null)).toBeNull();
    expect(() => core.close()).not.toThrow();
  });

  it('closes the core once it has opened, even when asked to close before', async () => {
    let open!: (core: Core) => void;
    const core = deferredCore(new Promise<Core>((resolve) => (open = resolve)));
    core.close();
    const real = fakeCore();
    open(real);
    await new Promise((r) => setTimeout(r, 0));
    expect(real.closed).toBe(1);
  });
});
