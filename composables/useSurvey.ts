import { computed, readonly, ref, shallowRef, watch, type Ref } from 'vue'
import { LIVE_PATHS } from '../lib/live/protocol.ts'
import { emptyDraft, restoreDraft, submissionOf, type SurveyDraft } from '../lib/survey/draft.ts'
import type { SurveyAnswer, SurveyMember } from '../lib/survey/survey.ts'
import { useLiveState } from './useLiveState.ts'
import { useSession } from './useSession.ts'

/** The participant's view of the survey, as `GET /__seminarkit/survey` gives it. */
interface ParticipantView {
  memberId: string
  members: SurveyMember[]
  partners: string[]
  answer: SurveyAnswer | null
  closed: boolean
}

export type SurveyPhase = 'loading' | 'no-access' | 'consent' | 'declined' | 'questions'
export type SendState = 'saved' | 'sending' | 'waiting' | 'refused'

export interface Survey {
  phase: Readonly<Ref<SurveyPhase>>
  view: Readonly<Ref<ParticipantView | undefined>>
  draft: Readonly<Ref<SurveyDraft | undefined>>
  closed: Readonly<Ref<boolean>>
  /** saved: the server has the latest answer; waiting: no network, it is sent when back; refused: the server said no (closed). */
  sending: Readonly<Ref<SendState>>
  accept: () => void
  decline: () => void
  toggleTie: (memberId: string) => void
  /** Sets a partner's value; the same value again makes it blank. */
  setExternal: (index: number, value: number) => void
}

const url = (path: string) => `${import.meta.env.BASE_URL.replace(/\/$/, '')}${path}`
/** How often a phone without network tries again. */
const RETRY_MS = 5000

/**
 * A participant's survey on their phone: signed in by the personal token of their QR code,
 * every change saved in localStorage first and then sent whole, so nothing is lost offline.
 */
export function useSurvey(): Survey {
  const session = useSession()
  const live = useLiveState()
  const view = shallowRef<ParticipantView>()
  const draft = ref<SurveyDraft>()
  const noAccess = ref(false)
  const sending = ref<SendState>('saved')
  // The presenter's close and reopen reach the phone through the live state.
  const closed = computed(() => live.state.value.survey.closed)
  const storageKey = computed(() => view.value ? `seminarkit:survey:${view.value.memberId}` : undefined)

  void session.ready.then(async () => {
    try {
      const response = await fetch(url(LIVE_PATHS.survey), { cache: 'no-store' })
      if (!response.ok) {
        noAccess.value = true
        return
      }
      const loaded = await response.json() as ParticipantView
      view.value = loaded
      draft.value = restoreDraft(localStorage.getItem(`seminarkit:survey:${loaded.memberId}`), loaded.partners.length)
        ?? fromServer(loaded)
      if (draft.value.unsent)
        void send()
    }
    catch {
      noAccess.value = true
    }
  })

  let timer: ReturnType<typeof setTimeout> | undefined
  async function send(): Promise<void> {
    clearTimeout(timer)
    const current = draft.value
    const submission = current && submissionOf(current)
    if (!submission || closed.value)
      return
    sending.value = 'sending'
    try {
      const response = await fetch(url(LIVE_PATHS.survey), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(submission),
      })
      // A refusal (closed, or a token revoked) is final: retrying would not change it.
      if (draft.value === current)
        draft.value = { ...current, unsent: false }
      sending.value = response.ok ? 'saved' : 'refused'
    }
    catch {
      sending.value = 'waiting'
      timer = setTimeout(() => void send(), RETRY_MS)
    }
  }
  if (typeof window !== 'undefined')
    window.addEventListener('online', () => void send())

  watch(draft, (value) => {
    if (value && storageKey.value)
      localStorage.setItem(storageKey.value, JSON.stringify(value))
  }, { deep: true })

  function change(update: (current: SurveyDraft) => Partial<SurveyDraft>): void {
    if (!draft.value || closed.value)
      return
    draft.value = { ...draft.value, ...update(draft.value), unsent: true }
    void send()
  }

  const phase = computed<SurveyPhase>(() => {
    if (noAccess.value)
      return 'no-access'
    if (!draft.value)
      return 'loading'
    return draft.value.consent === null ? 'consent' : draft.value.consent === 'declined' ? 'declined' : 'questions'
  })

  return {
    phase,
    view: readonly(view) as Readonly<Ref<ParticipantView | undefined>>,
    draft: readonly(draft) as Readonly<Ref<SurveyDraft | undefined>>,
    closed,
    sending: readonly(sending),
    accept: () => change(() => ({ consent: 'accepted' })),
    decline: () => change(() => ({ consent: 'declined' })),
    toggleTie: memberId => change(current => ({
      ties: current.ties.includes(memberId) ? current.ties.filter(id => id !== memberId) : [...current.ties, memberId],
    })),
    setExternal: (index, value) => change(current => ({
      external: current.external.map((old, i) => (i === index ? (old === value ? null : value) : old)),
    })),
  }
}

/** A draft from what the server already has (another phone, or a cleared browser). */
function fromServer(view: ParticipantView): SurveyDraft {
  const draft = emptyDraft(view.partners.length)
  if (view.answer?.status === 'declined')
    return { ...draft, consent: 'declined' }
  if (view.answer?.status === 'answered')
    return { ...draft, consent: 'accepted', ties: view.answer.ties, external: view.answer.external }
  return draft
}
