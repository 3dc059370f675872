import { describe, expect, it } from '@jest/globals';
import { diffFields } from './diff.js';

describe('diffFields', () => {
  it('lists only changed fields with old and new values', () => {
    expect(diffFields({ name: 'A', revenue: 10, tags: ['x'] }, { name: 'B', revenue: 10, tags: ['x'] })).toEqual([
      { field: 'name', old: 'A', new: 'B' },
    ]);
  });

  it('records a creation as every field going from null', () => {
    expect(diffFields(null, { name: 'A' })).toEqual([{ field: 'name', old: null, new: 'A' }]);
  });

  it('never writes a password hash into the audit log', () => {
    expect(diffFields({ passwordHash: 'h1' }, { passwordHash: 'h2' })).toEqual([{ field: 'passwordHash', old: '***', new: '***' }]);
  });
});
