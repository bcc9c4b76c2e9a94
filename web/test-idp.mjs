// A real OpenID Connect provider (the npm `oidc-provider` package, certified by the OpenID
// Foundation) for the workspace's sign-in tests, on loopback only.
//
//   node web/test-idp.mjs CLIENT_ID CLIENT_SECRET REDIRECT_URI
//
// It listens on a port of its own choosing on 127.0.0.1 and prints `issuer=http://127.0.0.1:PORT`
// once it answers. Its development sign-in page accepts any account name (with any password)
// and names the account after it: `sub` and `preferred_username` are the name typed, `email`
// is NAME@example.gov.uk. Only `sub` is in the ID token (the provider's default), so the
// workspace must read the other claims from the userinfo endpoint, as with many real providers.
import http from 'node:http';
import Provider from 'oidc-provider';

const [clientId, clientSecret, redirectUri] = process.argv.slice(2);
if (!redirectUri) {
  console.error('usage: node web/test-idp.mjs CLIENT_ID CLIENT_SECRET REDIRECT_URI');
  process.exit(2);
}

const server = http.createServer();
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  const issuer = `http://127.0.0.1:${port}`;
  const provider = new Provider(issuer, {
    clients: [{
      client_id: clientId,
      client_secret: clientSecret,
      redirect_uris: [redirectUri],
      grant_types: ['authorization_code'],
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_basic',
    }],
    claims: {
      openid: ['sub'],
      profile: ['preferred_username'],
      email: ['email', 'email_verified'],
    },
    findAccount: async (ctx, id) => ({
      accountId: id,
      claims: async () => ({
        sub: id,
        preferred_username: id,
        email: `${id}@example.gov.uk`,
        email_verified: true,
      }),
    }),
    pkce: { required: () => true },
    cookies: { keys: ['casevault test provider only'] },
    ttl: { Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 600, AuthorizationCode: 60, IdToken: 600 },
  });
  server.on('request', provider.callback());
  console.log(`issuer=${issuer}`);
});

for (const sig of ['SIGTERM', 'SIGINT']) process.on(sig, () => server.close(() => process.exit(0)));
