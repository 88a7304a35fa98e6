// Money policy as named constants with units. Stripe refuses amounts above eight digits for
// most currencies, so the gateway never sends one.
export const MAX_TRANSFER_AMOUNT_MINOR = 99_999_999;
export const MAX_TOP_UP_AMOUNT_MINOR = 99_999_999;
export const MAX_DESCRIPTION_LENGTH = 200;
/** Stripe's limit for a top-up's statement descriptor. */
export const MAX_STATEMENT_DESCRIPTOR_LENGTH = 15;
export const MAX_IDEMPOTENCY_KEY_LENGTH = 255;
