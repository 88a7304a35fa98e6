import { mergeMetadata, type MetadataUpdate } from '../http/params';
import { invalidParam, invalidRequest, noSuchParamResource, noSuchResource } from '../kernel/errors';
import { emitEvent, eventAccountOf } from '../kernel/event.service';
import { newId } from '../kernel/ids';
import { checkCurrency } from '../kernel/money';
import type { SandboxContext } from '../kernel/sandbox.context';
import type { Price, Product } from './product.model';
import { PRICES, PRODUCTS } from './product.stores';

export interface ProductInput {
  name: string;
  active?: boolean | null;
  description?: string | null;
  images?: string[] | null;
  metadata?: MetadataUpdate | null;
  shippable?: boolean | null;
  statement_descriptor?: string | null;
  unit_label?: string | null;
  url?: string | null;
}

export interface PriceInput {
  currency: string;
  unit_amount?: number | null;
  unit_amount_decimal?: string | null;
  product?: string | null;
  product_data?: ProductInput | null;
  active?: boolean | null;
  lookup_key?: string | null;
  metadata?: MetadataUpdate | null;
  nickname?: string | null;
  tax_behavior?: Price['tax_behavior'] | null;
}

export function createProduct(context: SandboxContext, ownerId: string, input: ProductInput, announce = true): Product {
  const now = context.clock.nowSeconds();
  const product: Product = {
    id: newId(PRODUCTS.idPrefix, 14),
    object: 'product',
    active: input.active ?? true,
    created: now,
    default_price: null,
    description: input.description ?? null,
    features: [],
    images: input.images ?? [],
    livemode: false,
    metadata: mergeMetadata({}, input.metadata),
    name: input.name,
    package_dimensions: null,
    shippable: input.shippable ?? null,
    statement_descriptor: input.statement_descriptor ?? null,
    tax_code: null,
    unit_label: input.unit_label ?? null,
    updated: now,
    url: input.url ?? null,
  };
  context.state.of(PRODUCTS).insert(ownerId, product);
  if (announce) emitEvent(context, { type: 'product.created', object: product, account: eventAccountOf(context, ownerId) });
  return product;
}

export function requireProduct(context: SandboxContext, ownerId: string, id: string, param?: string): Product {
  const product = context.state.of(PRODUCTS).getOwned(ownerId, id);
  if (!product) throw param ? noSuchParamResource('product', id, param) : noSuchResource('product', id);
  return product;
}

/**
 * A price, from `POST /v1/prices` or inline as a line item's `price_data` (then with no event:
 * Stripe makes such prices inactive, for that session only).
 */
export function createPrice(context: SandboxContext, ownerId: string, input: PriceInput, options: { inline?: boolean; param?: string } = {}): Price {
  const prefix = options.param ? `${options.param}[` : '';
  const suffix = options.param ? ']' : '';
  const currency = checkCurrency(input.currency, `${prefix}currency${suffix}`);
  const unitAmount = unitAmountOf(input, `${prefix}unit_amount${suffix}`);
  if (input.product && input.product_data) {
    throw invalidParam('You may only specify one of these parameters: product, product_data.', `${prefix}product${suffix}`, 'parameters_exclusive');
  }
  if (!input.product && !input.product_data)
    throw invalidParam(`Missing required param: ${prefix}product${suffix}.`, `${prefix}product${suffix}`, 'parameter_missing');
  const product = input.product
    ? requireProduct(context, ownerId, input.product, `${prefix}product${suffix}`)
    : createProduct(context, ownerId, input.product_data!, !options.inline);
  const price: Price = {
    id: newId(PRICES.idPrefix),
    object: 'price',
    active: options.inline ? false : (input.active ?? true),
    billing_scheme: 'per_unit',
    created: context.clock.nowSeconds(),
    currency,
    custom_unit_amount: null,
    livemode: false,
    lookup_key: input.lookup_key ?? null,
    metadata: mergeMetadata({}, input.metadata),
    nickname: input.nickname ?? null,
    product: product.id,
    recurring: null,
    tax_behavior: input.tax_behavior ?? 'unspecified',
    tiers_mode: null,
    transform_quantity: null,
    type: 'one_time',
    unit_amount: unitAmount,
    unit_amount_decimal: String(unitAmount),
  };
  context.state.of(PRICES).insert(ownerId, price);
  if (!options.inline) emitEvent(context, { type: 'price.created', object: price, account: eventAccountOf(context, ownerId) });
  return price;
}

function unitAmountOf(input: PriceInput, param: string): number {
  if (input.unit_amount != null && input.unit_amount_decimal != null) {
    throw invalidParam('You may only specify one of these parameters: unit_amount, unit_amount_decimal.', param, 'parameters_exclusive');
  }
  const amount = input.unit_amount ?? (input.unit_amount_decimal != null ? Number(input.unit_amount_decimal) : undefined);
  if (amount === undefined) throw invalidParam(`Missing required param: ${param}.`, param, 'parameter_missing');
  if (!Number.isInteger(amount) || amount < 0)
    throw invalidParam('Invalid integer: unit_amount must be a whole number of the smallest currency unit, 0 or more.', param, 'parameter_invalid_integer');
  return amount;
}

export function requirePrice(context: SandboxContext, ownerId: string, id: string, param?: string): Price {
  const price = context.state.of(PRICES).getOwned(ownerId, id);
  if (!price) throw param ? noSuchParamResource('price', id, param) : noSuchResource('price', id);
  return price;
}

export function deleteProduct(context: SandboxContext, ownerId: string, product: Product) {
  if (context.state.of(PRICES).values((price) => price.product === product.id && price.active).length > 0) {
    throw invalidRequest('This product cannot be deleted because it has one or more user-created prices.');
  }
  context.state.of(PRODUCTS).delete(product.id);
  emitEvent(context, { type: 'product.deleted', object: product, account: eventAccountOf(context, ownerId) });
  return { id: product.id, object: 'product' as const, deleted: true as const };
}
