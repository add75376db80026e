import { describe, expect, it } from 'vitest';
import { describeStorageError, StorageError } from './errors';

describe('describeStorageError', () => {
  it.each([
    ['QuotaExceededError', /storage is full/],
    ['InvalidStateError', /refused to open/],
    ['UnknownError', /could not open/],
    ['SecurityError', /blocked by a browser setting/],
    ['VersionError', /newer version/],
    ['DatabaseClosedError', /was closed/],
    ['MissingAPIError', /no IndexedDB/],
    ['BlockedError', /Close other ML Fit tabs/],
  ])('explains %s', (name, expected) => {
    expect(describeStorageError(new DOMException('x', name))).toMatch(expected);
    expect(describeStorageError({ name })).toMatch(expected);
  });

  it('prefers the browser cause Dexie wrapped', () => {
    const wrapped = { name: 'OpenFailedError', inner: { name: 'QuotaExceededError' } };
    expect(describeStorageError(wrapped)).toMatch(/storage is full/);
  });

  it('explains a bare open failure', () => {
    expect(describeStorageError({ name: 'OpenFailedError', inner: { name: 'Weird' } })).toMatch(
      /could not be opened/,
    );
  });

  it('keeps its own messages and passes unknown ones through', () => {
    expect(describeStorageError(new StorageError('Exact words.'))).toBe('Exact words.');
    expect(describeStorageError(new Error('boom'))).toBe('The extension’s storage failed: boom');
    expect(describeStorageError('odd')).toBe('The extension’s storage failed: odd');
  });
});
