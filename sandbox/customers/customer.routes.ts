import { updateFields } from '../events/object-update';
import type { ApiRoute } from '../http/api-route';
import { paginate } from '../http/list';
import { listFields, mergeMetadata, param, parseParams } from '../http/params';
import { pathParam } from '../http/router';
import { noSuchResource } from '../kernel/errors';
import { emitEvent, eventAccountOf } from '../kernel/event.service';
import { newId, randomBase62 } from '../kernel/ids';
import type { SandboxContext } from '../kernel/sandbox.context';
import { emptyAddress } from '../kernel/stripe-object.types';
import type { Customer } from './customer.model';
import { CUSTOMERS } from './customer.stores';

const addressFields = param.object({
  city: param.string(),
  country: param.string(),
  line1: param.string(),
  line2: param.string(),
  postal_code: param.string(),
  state: param.string(),
});

const customerFields = {
  address: addressFields,
  description: param.string({ maxLength: 5000 }),
  email: param.string({ maxLength: 512 }),
  metadata: param.metadata(),
  name: param.string({ maxLength: 256 }),
  phone: param.string({ maxLength: 20 }),
  preferred_locales: param.array(param.string()),
};

export function requireCustomer(context: SandboxContext, ownerId: string, id: string): Customer {
  const customer = context.state.of(CUSTOMERS).getOwned(ownerId, id);
  if (!customer) throw noSuchResource('customer', id);
  return customer;
}

/** As far as Stripe's fixtures and Checkout need: who paid, with contact details. */
export function createCustomer(
  context: SandboxContext,
  ownerId: string,
  input: {
    email?: string | null;
    name?: string | null;
    description?: string | null;
    phone?: string | null;
    metadata?: Record<string, string | null> | null;
    address?: Record<string, string | null | undefined> | null;
    preferred_locales?: string[] | null;
  },
): Customer {
  const customer: Customer = {
    id: newId(CUSTOMERS.idPrefix, 14),
    object: 'customer',
    address: input.address ? { ...emptyAddress(), ...input.address } : null,
    balance: 0,
    created: context.clock.nowSeconds(),
    currency: null,
    default_source: null,
    delinquent: false,
    description: input.description ?? null,
    discount: null,
    email: input.email ?? null,
    invoice_prefix: randomBase62(8).toUpperCase(),
    invoice_settings: { custom_fields: null, default_payment_method: null, footer: null, rendering_options: null },
    livemode: false,
    metadata: mergeMetadata({}, input.metadata),
    name: input.name ?? null,
    next_invoice_sequence: 1,
    phone: input.phone ?? null,
    preferred_locales: input.preferred_locales ?? [],
    shipping: null,
    tax_exempt: 'none',
    test_clock: null,
  };
  context.state.of(CUSTOMERS).insert(ownerId, customer);
  emitEvent(context, { type: 'customer.created', object: customer, account: eventAccountOf(context, ownerId) });
  return customer;
}

export const customerRoutes: ApiRoute[] = [
  {
    method: 'POST',
    path: '/v1/customers',
    returns: 'customer',
    handler: (context, request) => createCustomer(context, request.accountId, parseParams(request.params, customerFields)),
  },
  {
    method: 'GET',
    path: '/v1/customers',
    returns: 'list:customer',
    handler: (context, request) => {
      const params = parseParams(request.params, { ...listFields, email: param.string() });
      const customers = context.state.of(CUSTOMERS).listOwned(request.accountId, (customer) => !params.email || customer.email === params.email);
      return paginate(customers, params, '/v1/customers', 'customer');
    },
  },
  {
    method: 'GET',
    path: '/v1/customers/{customer}',
    returns: 'customer',
    handler: (context, request) => {
      parseParams(request.params, {});
      return requireCustomer(context, request.accountId, pathParam(request, 'customer'));
    },
  },
  {
    method: 'POST',
    path: '/v1/customers/{customer}',
    returns: 'customer',
    handler: (context, request) => {
      const customer = requireCustomer(context, request.accountId, pathParam(request, 'customer'));
      const { address, ...input } = parseParams(request.params, customerFields);
      return updateFields(context, request.accountId, customer, {
        ...input,
        ...(address !== undefined ? { address: address && { ...emptyAddress(), ...address } } : {}),
      });
    },
  },
  {
    method: 'DELETE',
    path: '/v1/customers/{customer}',
    handler: (context, request) => {
      parseParams(request.params, {});
      const customer = requireCustomer(context, request.accountId, pathParam(request, 'customer'));
      context.state.of(CUSTOMERS).delete(customer.id);
      emitEvent(context, { type: 'customer.deleted', object: customer, account: eventAccountOf(context, request.accountId) });
      return { id: customer.id, object: 'customer', deleted: true };
    },
  },
];
