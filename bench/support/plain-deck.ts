import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'

/**
 * What a presenter would make instead: a plain Slidev deck of `slides` slides, markdown
 * only (no components, no data modules, no addon), with the default deck's headmatter
 * so both render the same canvas without fetching anything.
 */
export function plainDeckMarkdown(slides: number): string {
  const head = [
    '---',
    'title: Plain deck',
    'theme: none',
    'fonts:',
    '  provider: none',
    'canvasWidth: 1920',
    'aspectRatio: 16/9',
    'colorSchema: light',
    'download: false',
    'drawings:',
    '  enabled: false',
    'layout: cover',
    '---',
    '',
    '# Plain deck',
    '',
    'The same number of slides, written by hand',
    '',
  ].join('\n')
  const body = Array.from({ length: slides - 1 }, (_, i) => {
    const no = i + 2
    const frontmatter = no % 10 === 2 ? 'layout: section\n---\n\n' : '\n'
    return `---\n${frontmatter}# Slide ${no}\n\n- A point about topic ${no}\n- **Another** point, with *emphasis*\n- A third point\n`
  })
  return [head, ...body].join('\n')
}

/** Writes `slides.md` into `dir` and returns its path. */
export async function writePlainDeck(dir: string, slides: number): Promise<string> {
  const entry = join(dir, 'slides.md')
  await writeFile(entry, plainDeckMarkdown(slides))
  return entry
}
