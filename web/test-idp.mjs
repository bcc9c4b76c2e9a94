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
import crypto from 'node:crypto';
import http from 'node:http';
import Provider from 'oidc-provider';

const [clientId, clientSecret, redirectUri] = process.argv.slice(2);
if (!redirectUri) {
  console.error('usage: node web/test-idp.mjs CLIENT_ID CLIENT_SECRET REDIRECT_URI');
  process.exit(2);
}

// Signing keys made for this run: RS256 (which every provider must offer) and ES256.
const jwk = (type, opts, alg) => ({
  ...crypto.generateKeyPairSync(type, opts).privateKey.export({ format: 'jwk' }),
  kid: `test-${alg}`, alg, use: 'sig',
});
const jwks = {
  keys: [
    jwk('rsa', { modulusLength: 2048 }, 'RS256'),
    jwk('ec', { namedCurve: 'P-256' }, 'ES256'),
  ],
};

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
      // Not the RS256 most providers use by default, so that the workspace is seen to take
      // other asymmetric signatures.
      id_token_signed_response_alg: process.env.IDP_ALG || 'ES256',
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
    jwks,
    enabledJWA: { idTokenSigningAlgValues: ['RS256', 'ES256'] },
    pkce: { required: () => true },
    cookies: { keys: ['casevault test provider only'] },
    ttl: { Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 600, AuthorizationCode: 60, IdToken: 600 },
  });
  server.on('request', provider.callback());
  console.log(`issuer=${issuer}`);
});

for (const sig of ['SIGTERM', 'SIGINT']) process.on(sig, () => server.close(() => process.exit(0)));
