// vitest resolves 'server-only' here (vitest.config.ts): the tests import server modules directly, outside
// React's "react-server" condition, where the real package would throw. Next.js still enforces it in the app.
export {};
