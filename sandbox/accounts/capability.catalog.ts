/**
 * The capabilities an account can request, as Stripe lists them: those of the 2023-08-16
 * OpenAPI subset (`account_capabilities`), then those the SDK's `AccountCreateParams` added since.
 */
export const SUBSET_CAPABILITIES = [
  'acss_debit_payments', 'affirm_payments', 'afterpay_clearpay_payments', 'au_becs_debit_payments', 'bacs_debit_payments',
  'bancontact_payments', 'bank_transfer_payments', 'blik_payments', 'boleto_payments', 'card_issuing', 'card_payments',
  'cartes_bancaires_payments', 'cashapp_payments', 'eps_payments', 'fpx_payments', 'giropay_payments', 'grabpay_payments',
  'ideal_payments', 'india_international_payments', 'jcb_payments', 'klarna_payments', 'konbini_payments', 'legacy_payments',
  'link_payments', 'oxxo_payments', 'p24_payments', 'paynow_payments', 'promptpay_payments', 'sepa_debit_payments',
  'sofort_payments', 'tax_reporting_us_1099_k', 'tax_reporting_us_1099_misc', 'transfers', 'treasury',
  'us_bank_account_ach_payments', 'zip_payments',
] as const;

/** Newer than the subset: listed in spec-extensions.ts so an account holding one still validates. */
export const NEWER_CAPABILITIES = [
  'alma_payments', 'amazon_pay_payments', 'app_distribution', 'billie_payments', 'bizum_payments', 'blik_recurring_payments',
  'crypto_payments', 'gb_bank_transfer_payments', 'jp_bank_transfer_payments', 'kakao_pay_payments', 'kr_card_payments',
  'mb_way_payments', 'mobilepay_payments', 'multibanco_payments', 'mx_bank_transfer_payments', 'naver_pay_payments',
  'nz_bank_account_becs_debit_payments', 'pay_by_bank_payments', 'payco_payments', 'paypay_payments', 'payto_payments',
  'pix_payments', 'revolut_pay_payments', 'samsung_pay_payments', 'satispay_payments', 'scalapay_payments',
  'sepa_bank_transfer_payments', 'sequra_payments', 'sunbit_payments', 'swish_payments', 'twint_payments', 'upi_payments',
  'us_bank_transfer_payments', 'wero_payments',
] as const;

export const CAPABILITY_NAMES: readonly string[] = [...SUBSET_CAPABILITIES, ...NEWER_CAPABILITIES];
