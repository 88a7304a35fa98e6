import { keyedMapStore } from '../kernel/sandbox.state';
import type { LoginLinkRecord } from './login-link.model';

export const LOGIN_LINKS = keyedMapStore<LoginLinkRecord>({ name: 'loginLinks' });

export const LOGIN_LINK_STORES = [LOGIN_LINKS];
