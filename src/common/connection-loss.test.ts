import { describe, expect, it } from 'vitest';
import { connectionLossInWords, isConnectionLoss } from './connection-loss.js';
import { DossierError } from './errors.js';

const withCode = (code: string, message = 'failed') => Object.assign(new Error(message), { code });

describe('connection loss', () => {
  it('knows a server gone, by socket error, SQLSTATE or node-postgres words, also as a cause', () => {
    expect(isConnectionLoss(withCode('ECONNREFUSED'))).toBe(true);
    expect(isConnectionLoss(withCode('57P01', 'terminating connection due to administrator command'))).toBe(true);
    expect(isConnectionLoss(withCode('57P03', 'the database system is starting up'))).toBe(true);
    expect(isConnectionLoss(withCode('08006'))).toBe(true);
    expect(isConnectionLoss(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isConnectionLoss(new Error('a query failed', { cause: withCode('ECONNRESET') }))).toBe(true);
  });

  it('leaves every other error alone: a constraint, a syntax error, an error already in words', () => {
    expect(isConnectionLoss(withCode('23505', 'duplicate key value violates unique constraint'))).toBe(false);
    expect(isConnectionLoss(withCode('42601', 'syntax error'))).toBe(false);
    expect(isConnectionLoss(new DossierError('CAPTURE_FAILED', 'the site refused', {}, { cause: withCode('ECONNREFUSED') }))).toBe(false);
    expect(isConnectionLoss(new DossierError('DATABASE_UNAVAILABLE', 'the examiner is closing'))).toBe(true);
    expect(isConnectionLoss(new DossierError('VAULT_UNAVAILABLE', 'the S3 server does not answer'))).toBe(true);
    expect(isConnectionLoss(new DossierError('VAULT_IO', 'the bucket does not exist'))).toBe(false);
    expect(isConnectionLoss(undefined)).toBe(false);
  });

  it('says it as a retryable 503, not acknowledged', () => {
    const words = connectionLossInWords(withCode('57P01', 'terminating connection due to administrator command'))!;
    expect([words.code, words.httpStatus, words.exitCode, words.details.retryable]).toEqual(['DATABASE_UNAVAILABLE', 503, 7, true]);
    expect(words.message).toContain('was not acknowledged; try again shortly');
    expect(connectionLossInWords(new Error('ordinary'))).toBeUndefined();
  });
});
