import { describe, expect, it } from 'vitest';
import { SessionTokenStore } from '../../../src-main/electron/session-tokens';

describe('SessionTokenStore', () => {
  it('keeps one token per window and clears it on sign-out or close', () => {
    const store = new SessionTokenStore();
    store.set(1, 'a');
    store.set(2, 'b');
    expect(store.get(1)).toBe('a');
    expect(store.get(2)).toBe('b');
    store.set(1, null);
    expect(store.get(1)).toBeNull();
    store.set(2, '');
    expect(store.get(2)).toBeNull();
    store.set(3, 'c');
    store.drop(3);
    expect(store.get(3)).toBeNull();
    expect(store.size).toBe(0);
  });
});
