import { collectionStore } from '../kernel/sandbox.state';
import type { Price, Product } from './product.model';

export const PRODUCTS = collectionStore<Product>({ name: 'products', idPrefix: 'prod', objectType: 'product', expandable: { default_price: 'price' } });

export const PRICES = collectionStore<Price>({ name: 'prices', idPrefix: 'price', objectType: 'price', expandable: { product: 'product' } });

export const PRODUCT_STORES = [PRODUCTS, PRICES];
