// @vitest-environment jsdom
/** closingStash after "Erase everything" (issue 13): a page that began an erase keeps nothing more. */
import { describe, expect, it } from 'vitest';
import { CLOSING_STASH_KEY, forgetUnwritten, keepUnwritten } from './closingStash';
import type { ProfileId } from '../../domain/records';

const stash = { profileId: 'p1' as ProfileId, records: [{ kind: 'budget', record: { amount: '73519.46' } }] };

describe('forgetUnwritten', () => {
  // Break: drop the `if (erased) stash = undefined` line in keepUnwritten → the second stash is kept and this fails.
  it('removes the kept records and keeps none afterwards (the reload after an erase cannot write one back)', () => {
    keepUnwritten(stash);
    expect(localStorage.getItem(CLOSING_STASH_KEY)).toContain('73519.46');
    forgetUnwritten();
    expect(localStorage.getItem(CLOSING_STASH_KEY)).toBeNull();
    keepUnwritten(stash);
    expect(localStorage.getItem(CLOSING_STASH_KEY)).toBeNull();
  });
});
