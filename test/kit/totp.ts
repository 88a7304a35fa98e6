import { generate } from 'otplib';

/**
 * A valid code for the 30-second step `stepsAhead` from now. The gateway accepts one step of
 * drift and never the same step twice, so consecutive sign-ins in a test use 0, then 1.
 */
export function totpCode(secret: string, stepsAhead = 0): Promise<string> {
  return generate({ secret, epoch: Math.floor(Date.now() / 1000) + stepsAhead * 30 });
}
