import { collectionStore } from '../kernel/sandbox.state';
import type { Customer } from './customer.model';

export const CUSTOMERS = collectionStore<Customer>({ name: 'customers', idPrefix: 'cus', objectType: 'customer' });

export const CUSTOMER_STORES = [CUSTOMERS];
