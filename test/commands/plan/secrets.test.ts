import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { generatePassword, secretName } from '../../../src/commands/index.ts';

describe('generatePassword', () => {
  it('has every character class, the asked length, and differs each time', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const password = generatePassword();
      assert.equal(password.length, 24);
      assert.match(password, /[a-z]/);
      assert.match(password, /[A-Z]/);
      assert.match(password, /[2-9]/);
      assert.match(password, /[!#%*+\-=?@^_~]/);
      assert.doesNotMatch(password, /[\s"'`\\<>&]/);
      seen.add(password);
    }
    assert.equal(seen.size, 200);
    assert.equal(generatePassword(40).length, 40);
  });
});

describe('secretName', () => {
  it('keeps letters, digits and single hyphens', () => {
    assert.equal(secretName('vm', 'My_Svc', 'web.1', 'admin-password'), 'vm-my-svc-web-1-admin-password');
  });
});
