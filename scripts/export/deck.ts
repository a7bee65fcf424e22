import { existsSync, readdirSync } from 'node:fs'
import { basename, dirname, join, relative, resolve } from 'node:path'
import { load, parseAspectRatio } from '@slidev/parser/fs'
import { InputError, UsageError, type InputProblem } from '../../lib/errors.ts'
import { defaultDeckSlug } from '../support/deck-entry.ts'


export interface DeckSlide {
  /** 1-based, as in Slidev's URLs. */
  no: number
  /** 1-based line of the slide's start in the deck file. */
  line: number
  layout?: string
  /** False when frontmatter says `handout: false` (facilitator-only). */
  handout: boolean
  /** Frontmatter `programme: <item id>`: the slide starts that programme item. */
  programme?: string
  /** Speaker notes: the markdown of the HTML comment closing the slide. */
  note?: string
}

export interface Deck {
  name: string
  /** Absolute path of `slides/<name>.md`. */
  entry: string
  /** The deck file as the user would name it (for messages). */
  file: string
  /** `data/<name>/`, where the deck's data modules live. */
  dataDir: string
  title: string
  width: number
  height: number
  slides: DeckSlide[]
}

export function deckNames(root = process.cwd()): string[] {
  const dir = join(root, 'slides')
  return existsSync(dir) ? readdirSync(dir).filter(file => file.endsWith('.md')).map(file => basename(file, '.md')).sort() : []
}

/** `my-seminar` or `slides/my-seminar.md` → the deck's entry; none: the only deck, else the default deck. */
export function resolveDeckName(argument: string | undefined, root = process.cwd()): string {
  const name = basename(argument ?? defaultDeckSlug(root), '.md')
  if (!existsSync(join(root, 'slides', `${name}.md`))) {
    const known = deckNames(root)
    throw new UsageError(`no deck "${argument}": expected one of ${known.length ? known.join(', ') : '(none in slides/)'}`)
  }
  return name
}

/** Reads a deck with Slidev's own parser, checking the frontmatter keys the exports use. */
export async function loadDeck(name: string, root = process.cwd()): Promise<Deck> {
  const entry = resolve(root, 'slides', `${name}.md`)
  const file = relative(root, entry)
  const data = await load({ roots: [root], userRoot: dirname(entry) }, entry)
  const problems: InputProblem[] = []
  const slides = data.slides.map((slide, index): DeckSlide => {
    const frontmatter = slide.frontmatter as Record<string, unknown>
    const line = slide.source.start + 1
    const { handout, programme, layout } = frontmatter
    if (handout !== undefined && typeof handout !== 'boolean')
      problems.push({ file, line, column: 'handout', found: String(handout), expected: 'true or false' })
    if (programme !== undefined && typeof programme !== 'string')
      problems.push({ file, line, column: 'programme', found: String(programme), expected: 'a programme item id' })
    return {
      no: index + 1,
      line,
      ...(typeof layout === 'string' ? { layout } : {}),
      handout: handout !== false,
      ...(typeof programme === 'string' ? { programme } : {}),
      ...(slide.note?.trim() ? { note: slide.note.trim() } : {}),
    }
  })
  if (problems.length > 0)
    throw new InputError(problems)
  const head = data.headmatter as Record<string, unknown>
  const width = typeof head.canvasWidth === 'number' ? head.canvasWidth : 980
  const aspect = parseAspectRatio(typeof head.aspectRatio === 'string' || typeof head.aspectRatio === 'number' ? head.aspectRatio : '16/9')
  return {
    name,
    entry,
    file,
    dataDir: join(root, 'data', name),
    title: typeof head.title === 'string' ? head.title : name,
    width,
    height: Math.round(width / aspect),
    slides,
  }
}
