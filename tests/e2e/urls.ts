/**
 * The two apps the e2e suite starts (see playwright.config.ts). Different host names, so the
 * browser never sends one app's session cookie to the other.
 */
export const DEMO_PORT = 3100;
export const EMPTY_PORT = 3101;

/** The demo rescue: seeded at start-up (RATWISE_SEED_DEMO=true). The default baseURL. */
export const DEMO_URL = `http://localhost:${DEMO_PORT}`;

/** An empty rescue (RATWISE_SEED_DEMO=false): the app offers first-admin setup. */
export const EMPTY_URL = `http://127.0.0.1:${EMPTY_PORT}`;
