import { GraphQLError } from 'graphql';
import { CombinedError } from 'urql';
import { describeError, roughDuration } from '../../admin-ui/src/ui/server-error';

const refusal = (message: string, extensions: Record<string, unknown>) => new CombinedError({ graphQLErrors: [new GraphQLError(message, { extensions })] });

describe('the console words refusals for people and keeps the code for integrators', () => {
  it('names fields as the form labels them', () => {
    const problem = describeError(
      refusal('Invalid input: displayName must be 1 to 120 characters.', {
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'input.displayName', messages: ['displayName must be 1 to 120 characters'] }],
      }),
    );
    expect(problem).toMatchObject({
      message: 'Name must be 1 to 120 characters.',
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'input.displayName', messages: ['Name must be 1 to 120 characters.'] }],
    });
  });

  it('says how long to wait in minutes, not seconds', () => {
    expect(describeError(refusal('Too many sign-in attempts; try again in 892 s.', { code: 'RATE_LIMITED', retryAfterSeconds: 892 })).message).toBe(
      'Too many attempts. Try again in about 15 minutes.',
    );
    expect([roughDuration(20), roughDuration(61), roughDuration(3600 * 3)]).toEqual(['20 seconds', 'a minute', 'about 3 hours']);
  });

  it('never shows a bare code or an unexpected failure as is', () => {
    expect(describeError(refusal('Internal server error', { code: 'INTERNAL_SERVER_ERROR' })).message).toMatch(/^The gateway ran into an unexpected problem/);
    expect(describeError(new CombinedError({ networkError: new Error('Failed to fetch') })).message).toBe(
      'The gateway could not be reached. Check the connection, then try again.',
    );
  });
});
