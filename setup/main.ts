import { defineAppSetup } from '@slidev/types'
import { useNavSyncForRole } from '../composables/useNavSyncMute.ts'

// Every page of every deck: only a browser the server treats as the presenter sends the
// presentation's position.
export default defineAppSetup(() => {
  useNavSyncForRole()
})
