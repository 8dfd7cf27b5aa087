import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ManagementError, MANAGEMENT_ERROR_CODES, isManagementError } from '../../../src/management/errors/index.ts';

describe('ManagementError', () => {
  it('carries code, status, request id, retryability, details and cause as plain fields', () => {
    const cause = new Error('socket hang up');
    const error = new ManagementError({ code: 'ConflictError', message: 'exists', statusCode: 409, requestId: 'abc', details: { operationId: 'op-1' }, cause });
    assert.ok(error instanceof Error);
    assert.equal(error.name, 'ManagementError');
    assert.equal(error.code, 'ConflictError');
    assert.equal(error.message, 'exists');
    assert.equal(error.statusCode, 409);
    assert.equal(error.requestId, 'abc');
    assert.equal(error.isRetryable, false);
    assert.deepEqual(error.details, { operationId: 'op-1' });
    assert.equal(error.cause, cause);
    assert.match(String(error.stack), /^ManagementError: exists/);
  });

  it('isManagementError accepts instances and look-alikes from another copy of the module', () => {
    assert.equal(isManagementError(new ManagementError({ code: MANAGEMENT_ERROR_CODES.Aborted, message: 'x' })), true);
    const foreign = Object.assign(new Error('x'), { name: 'ManagementError', code: 'ResourceNotFound' });
    assert.equal(isManagementError(foreign), true);
    assert.equal(isManagementError(Object.assign(new Error('x'), { name: 'ManagementError' })), false);
    assert.equal(isManagementError(new Error('x')), false);
    assert.equal(isManagementError(null), false);
    assert.equal(isManagementError('ManagementError'), false);
  });

  it('lists every local code under its own name', () => {
    for (const [name, value] of Object.entries(MANAGEMENT_ERROR_CODES)) assert.equal(name, value);
    assert.ok(Object.keys(MANAGEMENT_ERROR_CODES).length >= 14);
  });
});
