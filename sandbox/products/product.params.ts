import { param, required } from '../http/params';

const TAX_BEHAVIORS = ['exclusive', 'inclusive', 'unspecified'] as const;

/** What a product is made of, in `POST /v1/products` and a price's `product_data`. */
export const productDataFields = {
  name: required(param.string({ maxLength: 5000 })),
  active: param.boolean(),
  description: param.string({ maxLength: 40000 }),
  images: param.array(param.string()),
  metadata: param.metadata(),
  shippable: param.boolean(),
  statement_descriptor: param.string({ maxLength: 22 }),
  unit_label: param.string({ maxLength: 12 }),
  url: param.string({ maxLength: 5000 }),
};

export const productCreateFields = {
  ...productDataFields,
  default_price_data: param.object({ currency: required(param.string()), unit_amount: param.integer({ min: 0 }) }),
};

export const productUpdateFields = {
  name: param.string({ maxLength: 5000 }),
  active: param.boolean(),
  description: param.string({ maxLength: 40000 }),
  metadata: param.metadata(),
  default_price: param.string(),
  url: param.string({ maxLength: 5000 }),
};

/** A one-time price; inline `price_data` of a Checkout line item takes the same fields but `nickname`/`lookup_key`. */
export const priceDataFields = {
  currency: required(param.string()),
  unit_amount: param.integer({ min: 0 }),
  unit_amount_decimal: param.string(),
  product: param.string(),
  product_data: param.object(productDataFields),
  tax_behavior: param.enum(TAX_BEHAVIORS),
};

export const priceCreateFields = {
  ...priceDataFields,
  active: param.boolean(),
  lookup_key: param.string({ maxLength: 200 }),
  metadata: param.metadata(),
  nickname: param.string({ maxLength: 5000 }),
};

export const priceUpdateFields = {
  active: param.boolean(),
  lookup_key: param.string({ maxLength: 200 }),
  metadata: param.metadata(),
  nickname: param.string({ maxLength: 5000 }),
  tax_behavior: param.enum(TAX_BEHAVIORS),
};
