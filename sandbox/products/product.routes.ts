import { updateFields } from '../events/object-update';
import type { ApiRoute } from '../http/api-route';
import { paginate } from '../http/list';
import { listFields, param, parseParams } from '../http/params';
import { pathParam } from '../http/router';
import { priceCreateFields, priceUpdateFields, productCreateFields, productUpdateFields } from './product.params';
import { createPrice, createProduct, deleteProduct, requirePrice, requireProduct } from './product.service';
import { PRICES, PRODUCTS } from './product.stores';

const productListFields = { ...listFields, active: param.boolean(), ids: param.array(param.string()), url: param.string() };
const priceListFields = {
  ...listFields,
  active: param.boolean(),
  currency: param.string(),
  product: param.string(),
  type: param.enum(['one_time', 'recurring'] as const),
  lookup_keys: param.array(param.string()),
};

export const productRoutes: ApiRoute[] = [
  {
    method: 'POST',
    path: '/v1/products',
    returns: 'product',
    handler: (context, request) => {
      const { default_price_data: defaultPrice, ...input } = parseParams(request.params, productCreateFields);
      const product = createProduct(context, request.accountId, input);
      if (defaultPrice) {
        const price = createPrice(context, request.accountId, { ...defaultPrice, product: product.id }, { param: 'default_price_data' });
        product.default_price = price.id;
      }
      return product;
    },
  },
  {
    method: 'GET',
    path: '/v1/products',
    returns: 'list:product',
    handler: (context, request) => {
      const params = parseParams(request.params, productListFields);
      const products = context.state
        .of(PRODUCTS)
        .listOwned(
          request.accountId,
          (product) => (params.active == null || product.active === params.active) && (!params.ids || params.ids.includes(product.id)),
        );
      return paginate(products, params, '/v1/products', 'product');
    },
  },
  {
    method: 'GET',
    path: '/v1/products/{id}',
    returns: 'product',
    handler: (context, request) => {
      parseParams(request.params, {});
      return requireProduct(context, request.accountId, pathParam(request, 'id'));
    },
  },
  {
    method: 'POST',
    path: '/v1/products/{id}',
    returns: 'product',
    handler: (context, request) => {
      const product = requireProduct(context, request.accountId, pathParam(request, 'id'));
      const input = parseParams(request.params, productUpdateFields);
      if (input.default_price) requirePrice(context, request.accountId, input.default_price, 'default_price');
      return updateFields(context, request.accountId, product, input);
    },
  },
  {
    method: 'DELETE',
    path: '/v1/products/{id}',
    handler: (context, request) => {
      parseParams(request.params, {});
      return deleteProduct(context, request.accountId, requireProduct(context, request.accountId, pathParam(request, 'id')));
    },
  },
  {
    method: 'POST',
    path: '/v1/prices',
    returns: 'price',
    handler: (context, request) => createPrice(context, request.accountId, parseParams(request.params, priceCreateFields)),
  },
  {
    method: 'GET',
    path: '/v1/prices',
    returns: 'list:price',
    handler: (context, request) => {
      const params = parseParams(request.params, priceListFields);
      const prices = context.state
        .of(PRICES)
        .listOwned(
          request.accountId,
          (price) =>
            (params.active == null || price.active === params.active) &&
            (!params.currency || price.currency === params.currency.toLowerCase()) &&
            (!params.product || price.product === params.product) &&
            (!params.type || price.type === params.type) &&
            (!params.lookup_keys || (price.lookup_key !== null && params.lookup_keys.includes(price.lookup_key))),
        );
      return paginate(prices, params, '/v1/prices', 'price');
    },
  },
  {
    method: 'GET',
    path: '/v1/prices/{price}',
    returns: 'price',
    handler: (context, request) => {
      parseParams(request.params, {});
      return requirePrice(context, request.accountId, pathParam(request, 'price'));
    },
  },
  {
    method: 'POST',
    path: '/v1/prices/{price}',
    returns: 'price',
    handler: (context, request) => {
      const price = requirePrice(context, request.accountId, pathParam(request, 'price'));
      return updateFields(context, request.accountId, price, parseParams(request.params, priceUpdateFields));
    },
  },
];
