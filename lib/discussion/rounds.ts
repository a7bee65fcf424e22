import type { Deck } from '../schema/deck.ts'
import type { DiscussionRound } from '../schema/discussions.ts'

/** A round of the deck by id; a slide that names an unknown round is a mistake worth a clear message. */
export function deckRound(deck: Pick<Deck, 'slug' | 'rounds'>, id: string): DiscussionRound {
  const round = deck.rounds.find(candidate => candidate.id === id)
  if (!round)
    throw new Error(`No discussion round "${id}" in deck "${deck.slug}"; known: ${deck.rounds.map(r => r.id).join(', ')}`)
  return round
}
