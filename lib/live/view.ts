import type { Access } from './access.ts'
import type { LiveSnapshot, LiveState, ModerationStatus } from './state.ts'

/**
 * Who sees what of the live state. The venue's network is shared with strangers, so what
 * reaches every browser (the websocket broadcast, the page's first snapshot) is what the
 * projector may show: a table's insight or photo only once the presenter approved it. The
 * presenter sees everything; a table also sees its own items, to know their status.
 */

/** The keys whose items the presenter moderates; every other key is the same for everyone. */
export const MODERATED_KEYS = ['insights', 'photos'] as const satisfies readonly (keyof LiveState)[]

/** The room's view: no credential at all. */
export const ROOM: Access = { role: 'viewer' }

/** Whether `access` sees more of the moderated keys than the room does. */
export function seesUnapproved(access: Access): boolean {
  return access.role === 'presenter' || access.role === 'table'
}

/** The live state as `access` may see it. */
export function viewFor(state: LiveState, access: Access): LiveState {
  if (access.role === 'presenter')
    return state
  const visible = (item: { table: number, status: ModerationStatus }) =>
    item.status === 'approved' || (access.role === 'table' && item.table === access.table)
  return {
    ...state,
    insights: { items: state.insights.items.filter(visible) },
    photos: { items: state.photos.items.filter(visible) },
  }
}

/**
 * What a client that sees more than the room shows: its own view (fetched with its
 * credential) where that is at least as new as the room's broadcast, else the broadcast's
 * shared keys with its own view's moderated ones until the newer view arrives.
 */
export function combineViews(room: LiveSnapshot, own: LiveSnapshot | undefined): LiveState {
  if (!own || own.boot !== room.boot)
    return room.state
  if (own.version >= room.version)
    return own.state
  return { ...room.state, insights: own.state.insights, photos: own.state.photos }
}

/** Whether a client holding `own` must fetch its view again after the room's `room`. */
export function ownViewIsStale(room: LiveSnapshot, own: LiveSnapshot | undefined): boolean {
  return !own || own.boot !== room.boot || own.version < room.moderatedVersion
}
