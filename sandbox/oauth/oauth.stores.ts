import { keyedMapStore } from '../kernel/sandbox.state';
import type { OAuthRecord } from './oauth.model';

/** Every OAuth record, each kind under its own key prefix (`oauthKeys`). */
export const OAUTH = keyedMapStore<OAuthRecord>({ name: 'oauth' });

export const OAUTH_STORES = [OAUTH];
