import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { createRoot } from 'react-dom/client';

// A GraphiQL served by the gateway itself, for exploring the API offline (Apollo Sandbox
// loads from Apollo's CDN). Subscriptions go over graphql-ws on the same path.
const url = new URL('/graphql', location.href).toString();
const fetcher = createGraphiQLFetcher({
  url,
  subscriptionUrl: url.replace(/^http/, 'ws'),
  headers: { 'apollo-require-preflight': 'true' },
});

const DEFAULT_QUERY = `# Sign in with the logIn mutation, then add a header:
#   { "Authorization": "Bearer <token>" }
query ServerInfo {
  serverInfo {
    version
    sandbox
  }
}
`;

createRoot(document.getElementById('graphiql')!).render(<GraphiQL fetcher={fetcher} defaultQuery={DEFAULT_QUERY} defaultEditorToolsVisibility="headers" />);
