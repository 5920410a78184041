/**
 * The two apps the e2e suite starts (see playwright.config.ts). Different host names, so the
 * browser never sends one app's session cookie to the other.
 */
/** RATWISE_E2E_PORT moves both servers, so two e2e runs on one machine do not collide. */
export const DEMO_PORT = Number(process.env.RATWISE_E2E_PORT ?? 3100);
export const EMPTY_PORT = DEMO_PORT + 1;

/** The demo rescue: seeded at start-up (RATWISE_SEED_DEMO=true). The default baseURL. */
export const DEMO_URL = `http://localhost:${DEMO_PORT}`;

/** An empty rescue (RATWISE_SEED_DEMO=false): the app offers first-admin setup. */
export const EMPTY_URL = `http://127.0.0.1:${EMPTY_PORT}`;
