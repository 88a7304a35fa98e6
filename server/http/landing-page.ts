import type { ApolloServerPlugin } from '@apollo/server';

const GRAPHIQL_PATH = '/graphiql/';
// Apollo's own words when its CDN cannot be reached (development Sandbox, production page).
const OFFLINE_LINES = [
  '<p>Apollo Sandbox cannot be loaded; it appears that you might be offline.</p>',
  '<p>The full landing page cannot be loaded; it appears that you might be offline.</p>',
];
const POINTER = `<p>Apollo Sandbox comes from Apollo's servers, which this browser cannot reach. The gateway serves its own GraphiQL, which works offline: <a href="${GRAPHIQL_PATH}">open GraphiQL at ${GRAPHIQL_PATH}</a>.</p>`;
// The Sandbox's frame covers the page even when empty, which would hide the link from the pointer.
const EMPTY_FRAME_RULE = ['#embeddableSandbox {', '#embeddableSandbox:empty { display: none; }\n  #embeddableSandbox {'] as const;

/** Apollo's landing page, pointing to the self-hosted GraphiQL when Apollo's CDN is out of reach. */
export function withGraphiqlFallback(landingPage: ApolloServerPlugin): ApolloServerPlugin {
  return {
    async serverWillStart(service) {
      const listener = await landingPage.serverWillStart?.(service);
      const render = listener?.renderLandingPage;
      if (!listener || !render) return listener;
      return {
        ...listener,
        async renderLandingPage() {
          const page = await render.call(listener);
          const html = async () => {
            const original = typeof page.html === 'string' ? page.html : await page.html();
            return OFFLINE_LINES.reduce((text, line) => text.replace(line, POINTER), original).replace(...EMPTY_FRAME_RULE);
          };
          return { html };
        },
      };
    },
  };
}
