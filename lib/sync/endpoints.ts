/** Dev-server endpoints of seminarkit (scripts/support/server-clock.ts serves them). */

/** `{"now": <server Date.now()>}`: clients estimate their clock's offset from it. */
export const CLOCK_PATH = '/__seminarkit/clock'
/** `{"urls": [...]}`: the dev server's addresses on the local network, for QR codes. */
export const NETWORK_PATH = '/__seminarkit/network'
